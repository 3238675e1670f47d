import { z } from 'astro/zod';
import { KIND_KEYS, kindOf, type Format } from '../content-kinds.ts';

/** What part of a file the schema describes. */
const PART: Record<Format, string> = { markdown: ' (frontmatter)', list: ' (één item van de lijst)', yaml: '' };

export interface JsonSchema {
  type?: string | string[];
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  additionalProperties?: JsonSchema | boolean;
}

function typeName(schema: JsonSchema): string {
  if (schema.enum) return `een van: ${schema.enum.join(', ')}`;
  if (schema.const !== undefined) return `"${String(schema.const)}"`;
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) return alternatives.map(typeName).join(' of ');
  if (schema.type === 'array') return `lijst van ${schema.items ? typeName(schema.items) : 'waarden'}`;
  if (schema.type === 'object' && schema.properties) return 'groep velden';
  if (schema.type === 'object') return 'groep per id';
  const names: Record<string, string> = { string: 'tekst', integer: 'heel getal', number: 'getal', boolean: 'ja/nee (true/false)' };
  return [schema.type ?? 'waarde']
    .flat()
    .map((type) => names[type] ?? type)
    .join(' of ');
}

/** Rows for one object schema, with nested groups as "groep.veld". */
export function rows(schema: JsonSchema, prefix = ''): string[] {
  return Object.entries(schema.properties ?? {}).flatMap(([name, field]) => {
    const required = schema.required?.includes(name) ? 'ja' : 'nee';
    const own = `| \`${prefix}${name}\` | ${typeName(field)} | ${required} | ${(field.description ?? '').replace(/\|/g, '\\|')} |`;
    const nested = field.type === 'object' && field.properties ? rows(field, `${prefix}${name}.`) : [];
    const items = field.type === 'array' && field.items?.properties ? rows(field.items, `${prefix}${name}[].`) : [];
    // A field that is either a word or a group of fields ("geen" or a list with its source): the group's fields.
    const groups = (field.anyOf ?? field.oneOf ?? []).filter((alternative) => alternative.type === 'object' && alternative.properties);
    return [own, ...nested, ...items, ...groups.flatMap((group) => rows(group, `${prefix}${name}.`))];
  });
}

/** The field reference for the content guide, in Markdown: each kind of content (src/content-kinds.ts) with its schema's descriptions. */
export function fieldReference(): string {
  return KIND_KEYS.map(kindOf)
    .map(({ label, description, path, format, schema }) => {
      const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
      return [
        `### ${label}`,
        '',
        description,
        '',
        `Bestand: \`content/${path}${PART[format]}\``,
        '',
        '| Veld | Soort | Verplicht | Betekenis |',
        '|---|---|---|---|',
        ...rows(json),
        '',
      ].join('\n');
    })
    .join('\n');
}

export const REFERENCE_START = '<!-- veldenlijst: begin (gemaakt door npm run schemas; niet met de hand wijzigen) -->';
export const REFERENCE_END = '<!-- veldenlijst: einde -->';

/** The guide with its field reference replaced by the current one. */
export function withFieldReference(guide: string): string {
  const start = guide.indexOf(REFERENCE_START);
  const end = guide.indexOf(REFERENCE_END);
  if (start === -1 || end === -1) throw new Error('The field list markers are missing from docs/content.md');
  return `${guide.slice(0, start + REFERENCE_START.length)}\n\n${fieldReference()}\n${guide.slice(end)}`;
}
