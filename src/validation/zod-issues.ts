import type { z } from 'astro/zod';
import { fieldName, type ContentError } from './content-error.ts';
import { EXPECTED } from './messages.ts';
import type { ParsedYaml } from './parse-yaml.ts';
import { didYouMean } from './suggest.ts';

type Issue = z.core.$ZodIssue;
type Path = PropertyKey[];

/** Turns zod's issues for one file into located Dutch errors with hints. */
export function zodIssuesToErrors(
  issues: readonly Issue[],
  data: unknown,
  parsed: ParsedYaml,
  schema: z.ZodType,
  file: string,
  basePath: Path = [],
): ContentError[] {
  return issues.flatMap((issue) => {
    const path = [...basePath, ...(issue.path as Path)];
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      // Report the alternative that got furthest: its issues are the most specific.
      const deepest = issue.errors.reduce((best, branch) =>
        depth(branch) > depth(best) ? branch : best,
      );
      if (depth(deepest) > 0) return zodIssuesToErrors(deepest, data, parsed, schema, file, path);
    }
    if (issue.code === 'unrecognized_keys') {
      const allowed = allowedKeys(schema, path);
      return issue.keys.map((key) => ({
        file,
        ...parsed.keyPositionOf(path, key),
        field: fieldName([...path, key]),
        message: `onbekend veld${didYouMean(key, allowed)}; toegestaan zijn: ${allowed.join(', ')}`,
      }));
    }
    const value = valueAt(data, path);
    return [{ file, ...parsed.positionOf(path), field: fieldName(path), message: describe(issue, value) }];
  });
}

function depth(branch: readonly Issue[]): number {
  return Math.max(0, ...branch.map((issue) => issue.path.length));
}

function describe(issue: Issue, value: unknown): string {
  if (value === undefined && issue.path.at(-1) === 'bron') {
    return 'verplicht veld ontbreekt; elk cijfer noemt zijn bron: schrijf bron: met daaronder document: en sectie:';
  }
  if (value === undefined) return `verplicht veld ontbreekt; ${expectedText(issue)}`;
  if (issue.code === 'invalid_value' && 'values' in issue) {
    return `verwacht een van: ${issue.values.map(String).join(', ')}; gevonden ${show(value)}${didYouMean(String(value), issue.values.map(String))}`;
  }
  if (issue.message === EXPECTED.emptyText) return `${EXPECTED.emptyText}; vul de tekst in`;
  const hint = hintFor(issue.message, value);
  return `${expectedText(issue)}, gevonden ${show(value)}${hint ? ` (${hint})` : ''}`;
}

function expectedText(issue: Issue): string {
  if (issue.code === 'too_big' && issue.origin === 'string') {
    return `de tekst is te lang: hoogstens ${String(issue.maximum)} tekens`;
  }
  if (issue.code === 'too_small' && issue.origin === 'array') {
    return `verwacht minstens ${String(issue.minimum)} item(s) in de lijst`;
  }
  if (issue.code === 'invalid_value' && 'values' in issue) {
    return `verwacht een van: ${issue.values.map(String).join(', ')}`;
  }
  return isOwnMessage(issue.message) ? issue.message : `ongeldige waarde (${issue.message})`;
}

function isOwnMessage(message: string): boolean {
  return (Object.values(EXPECTED) as string[]).includes(message);
}

/** A concrete way to fix the value, where we can tell. */
function hintFor(message: string, value: unknown): string | undefined {
  if (message === EXPECTED.money) {
    if (typeof value === 'number') return "bedragen staan in hele euro's, zonder centen; neem het bedrag over zoals de bron het geeft";
    const digits = typeof value === 'string' ? value.replace(/[€\s.]/g, '') : '';
    if (/^\d+$/.test(digits)) return `schrijf ${Number(digits)}`;
    return 'schrijf het hele bedrag als getal zonder punten, komma\'s of "miljoen", bijvoorbeeld 18165000';
  }
  if (message === EXPECTED.moneyNegative) return 'een bijdrage of kosten zijn nooit negatief; controleer het bedrag in de bron';
  if (message === EXPECTED.id && typeof value === 'string') {
    const suggestion = value
      .toLowerCase()
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
    return suggestion ? `schrijf ${suggestion}` : undefined;
  }
  if (message === EXPECTED.year && typeof value === 'string' && /^\d{4}$/.test(value.trim())) {
    return `schrijf ${value.trim()} zonder aanhalingstekens`;
  }
  if (message === EXPECTED.period && typeof value === 'number') return `schrijf "${value}" tussen aanhalingstekens`;
  if (message === EXPECTED.period && typeof value === 'string' && /^\d{4}\s*(?:t\/m|tot|–|—|-)\s*\d{4}$/.test(value.trim())) {
    return `schrijf "${value.trim().replace(/\s*(?:t\/m|tot|–|—|-)\s*/, '-')}"`;
  }
  if (message === EXPECTED.nonexistentDate) return 'controleer maand en dag';
  // YAML reads 2016 or ja as a number or yes/no; quotes keep it text.
  if (message === EXPECTED.text && (typeof value === 'number' || typeof value === 'boolean')) {
    return `zet het tussen aanhalingstekens: "${String(value)}"`;
  }
  return undefined;
}

function show(value: unknown): string {
  if (typeof value === 'string') return `"${value}"`;
  if (Array.isArray(value)) return 'een lijst';
  if (value === null) return 'een leeg veld';
  if (typeof value === 'object') return 'een groep velden';
  return String(value);
}

function valueAt(data: unknown, path: Path): unknown {
  let current: unknown = data;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[segment];
  }
  return current;
}

/** The field names an object schema allows at `path`, for "did you mean". */
function allowedKeys(schema: z.ZodType, path: Path): string[] {
  let current: unknown = schema;
  for (const segment of [...path, null]) {
    current = unwrap(current);
    if (segment === null) break;
    const def = (current as { def?: { type?: string; element?: unknown; shape?: Record<string, unknown> } }).def;
    if (typeof segment === 'number' && def?.type === 'array') current = def.element;
    else if (def?.type === 'object' && def.shape) current = def.shape[String(segment)];
    else return [];
  }
  const shape = (current as { def?: { shape?: Record<string, unknown> } }).def?.shape;
  return shape ? Object.keys(shape) : [];
}

function unwrap(schema: unknown): unknown {
  let current = schema as { def?: { type?: string; innerType?: unknown } };
  while (current?.def && ['optional', 'default', 'nullable'].includes(current.def.type ?? '')) {
    current = current.def.innerType as typeof current;
  }
  return current;
}
