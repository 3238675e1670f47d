import { z } from 'astro/zod';
import { coalition } from '../schemas/coalitions.ts';
import { connection } from '../schemas/connections.ts';
import { contributions } from '../schemas/contributions.ts';
import { documentPage } from '../schemas/documents.ts';
import { documentFigures } from '../schemas/figures.ts';
import { domain } from '../schemas/domains.ts';
import { theme } from '../schemas/themes.ts';
import { agendaPart } from '../schemas/agenda.ts';
import { pillar } from '../schemas/pillars.ts';
import { coreTasks } from '../schemas/core-tasks.ts';
import { glossaryTerm } from '../schemas/glossary.ts';
import { municipality } from '../schemas/municipalities.ts';
import { organisation } from '../schemas/organisations.ts';
import { payment } from '../schemas/payment.ts';
import { population } from '../schemas/population.ts';
import { sourceDocument } from '../schemas/sources.ts';
import { timelineEntry } from '../schemas/timeline.ts';
import { budgetYear } from '../schemas/years.ts';

/** Each kind of content file, where it lives, and its schema. */
const KINDS: { title: string; file: string; schema: z.ZodType }[] = [
  { title: 'Domein', file: 'content/<jaar>/domeinen/<naam>.md (frontmatter)', schema: domain },
  { title: 'Coalitie', file: 'content/<jaar>/coalities/<naam>.md (frontmatter)', schema: coalition },
  { title: 'Thema', file: 'content/<jaar>/themas/<naam>.md (frontmatter)', schema: theme },
  { title: 'Deel van een samenwerkingsagenda', file: 'content/<jaar>/agenda/<naam>.md (frontmatter)', schema: agendaPart },
  { title: 'Pijler', file: 'content/<jaar>/pijlers/<naam>.yaml', schema: pillar },
  { title: "Kerntaken: soorten taken, scenario's en stellingen", file: 'content/<jaar>/kerntaken.yaml', schema: coreTasks },
  { title: 'Jaar', file: 'content/<jaar>/jaar.yaml', schema: budgetYear },
  { title: 'Bijdragen per gemeente', file: 'content/<jaar>/bijdragen.yaml', schema: contributions },
  { title: 'Inwoners', file: 'content/<jaar>/inwoners.yaml', schema: population },
  { title: 'Documentpagina', file: 'content/documenten/<document>.md (frontmatter)', schema: documentPage },
  { title: 'Kerncijfers', file: 'content/cijfers/<document>.yaml', schema: documentFigures },
  { title: 'Brondocument', file: 'content/bronnen.yaml (één item van de lijst)', schema: sourceDocument },
  { title: 'Gemeente', file: 'content/gemeenten.yaml (één item van de lijst)', schema: municipality },
  { title: 'Organisatie', file: 'content/organisaties.yaml (één item van de lijst)', schema: organisation },
  { title: 'Begrip', file: 'content/begrippen.yaml (één item van de lijst)', schema: glossaryTerm },
  { title: 'Stap in de tijdlijn', file: 'content/tijdlijn.yaml (één item van de lijst)', schema: timelineEntry },
  { title: 'Verband door de jaren', file: 'content/verbanden.yaml (één item van de lijst)', schema: connection },
  { title: 'Hoe de gemeenten betalen', file: 'content/betalen.yaml', schema: payment },
];

interface JsonSchema {
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
function rows(schema: JsonSchema, prefix = ''): string[] {
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

/** The field reference for the content guide, in Markdown, made from the schemas' descriptions. */
export function fieldReference(): string {
  return KINDS.map(({ title, file, schema }) => {
    const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
    return [
      `### ${title}`,
      '',
      `Bestand: \`${file}\``,
      '',
      '| Veld | Soort | Verplicht | Betekenis |',
      '|---|---|---|---|',
      ...rows(json),
      '',
    ].join('\n');
  }).join('\n');
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
