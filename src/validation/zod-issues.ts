import type { z } from 'astro/zod';
import { fieldName, type ContentError } from './content-error.ts';
import { EXPECTED_RULE } from './messages.ts';
import { EXPECTED, isExpectedCode } from '../schemas/messages.ts';
import type { RuleName } from './rules.ts';
import type { ParsedYaml } from './parse-yaml.ts';
import { didYouMean } from './suggest.ts';
import { ID_PATTERN, PERIOD_PATTERN } from '../schemas/common.ts';

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
      const deepest = issue.errors.reduce((best, branch) => (depth(branch) > depth(best) ? branch : best));
      if (depth(deepest) > 0) return zodIssuesToErrors(deepest, data, parsed, schema, file, path);
    }
    if (issue.code === 'unrecognized_keys') {
      const allowed = allowedKeys(schema, path);
      return issue.keys.map((key) => ({
        file,
        ...parsed.keyPositionOf(path, key),
        field: fieldName([...path, key]),
        rule: 'onbekend-veld' as const,
        message: `onbekend veld${didYouMean(key, allowed)}; toegestaan zijn: ${allowed.join(', ')}`,
      }));
    }
    const value = valueAt(data, path);
    return [
      {
        file,
        ...parsed.positionOf(path),
        field: fieldName(path),
        rule: ruleOf(issue, value),
        message: describe(issue, value, schemaAt(schema, path)),
      },
    ];
  });
}

function depth(branch: readonly Issue[]): number {
  return Math.max(0, ...branch.map((issue) => issue.path.length));
}

function describe(issue: Issue, value: unknown, field: z.ZodType | undefined): string {
  if (value === undefined && issue.path.at(-1) === 'bron') {
    return 'verplicht veld ontbreekt; elk cijfer noemt zijn bron: schrijf bron: met daaronder document: en sectie:';
  }
  if (value === undefined) return `verplicht veld ontbreekt; ${expectedText(issue)}`;
  if (issue.code === 'invalid_value') {
    return `verwacht een van: ${issue.values.map(String).join(', ')}; gevonden ${show(value)}${didYouMean(String(value), issue.values.map(String))}`;
  }
  if (issue.code === 'too_small' && issue.origin === 'string' && Number(issue.minimum) === 1)
    return `${expectedText(issue)}; vul de tekst in`;
  const hint = hintFor(issue, value, field);
  return `${expectedText(issue)}, gevonden ${show(value)}${hint ? ` (${hint})` : ''}`;
}

/** What the field expects: the schema's own Dutch message, or one made from the issue's code. */
function expectedText(issue: Issue): string {
  // A schema's message covers all its checks (z.string({ error }) also names a too-long text): the
  // limits come from the issue itself.
  if (issue.code === 'too_big' && issue.origin === 'string') return `de tekst is te lang: hoogstens ${String(issue.maximum)} tekens`;
  if (issue.code === 'too_small' && issue.origin === 'array') return `verwacht minstens ${String(issue.minimum)} item(s) in de lijst`;
  if (issue.code === 'invalid_value') return `verwacht een van: ${issue.values.map(String).join(', ')}`;
  if (isExpectedCode(issue.message)) return EXPECTED[issue.message];
  if (issue.code === 'invalid_type' && issue.expected in TYPE_NAMES)
    return `verwacht ${TYPE_NAMES[issue.expected as keyof typeof TYPE_NAMES]}`;
  return `ongeldige waarde (${issue.message})`;
}

const TYPE_NAMES = {
  boolean: 'true of false',
  number: 'een getal',
  int: 'een heel getal',
  string: 'een tekst',
  array: 'een lijst',
  object: 'een groep velden',
} as const;

/** The rule an issue breaks: chosen like its message, by what is missing or wrong. */
function ruleOf(issue: Issue, value: unknown): RuleName {
  if (value === undefined) return 'verplicht';
  if (issue.code === 'invalid_value') return 'keuze';
  if (issue.code === 'too_big' && issue.origin === 'string') return 'tekst';
  if (issue.code === 'too_small' && issue.origin === 'string') return 'tekst';
  if (issue.code === 'too_small' && issue.origin === 'array') return 'lijst';
  return isExpectedCode(issue.message) ? EXPECTED_RULE[issue.message] : 'soort-waarde';
}

/**
 * A concrete way to fix the value, where we can tell: chosen by the kind of issue (zod's code),
 * its parameters (expected type, minimum, pattern) and what the file says, never by message text.
 */
function hintFor(issue: Issue, value: unknown, field: z.ZodType | undefined): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.expected === 'number' || issue.expected === 'int') return numberHint(value);
      // YAML reads 2016 as a number and true as a yes/no; quotes keep it text. Only said when the
      // quoted text is valid (a CBS code 153 needs more than quotes).
      if (
        issue.expected === 'string' &&
        (typeof value === 'number' || typeof value === 'boolean') &&
        field?.safeParse(String(value)).success
      ) {
        return `zet het tussen aanhalingstekens: "${String(value)}"`;
      }
      if (issue.expected === 'boolean') return booleanHint(value);
      return undefined;
    case 'too_small':
      if (issue.origin === 'number' && Number(issue.minimum) === 0)
        return 'een bedrag of aantal is nooit negatief; controleer het getal in de bron';
      return undefined;
    case 'invalid_format':
      if (issue.format !== 'regex' || typeof value !== 'string') return undefined;
      if (issue.pattern === String(ID_PATTERN)) return idHint(value);
      if (issue.pattern === String(PERIOD_PATTERN)) return periodHint(value);
      return undefined;
    case 'custom':
      return issue.params?.['hint'] === 'checkDate' ? 'controleer maand en dag' : undefined;
    default:
      return undefined;
  }
}

/** For a number written as text: "18.165.000", "€ 18165000", "2016" in quotes, 18165000.5 or "18,2 miljoen". */
function numberHint(value: unknown): string {
  if (typeof value === 'number') return "schrijf een heel getal, zonder decimalen; bedragen staan in hele euro's, zonder centen";
  const text = typeof value === 'string' ? value.trim() : '';
  if (/^\d+$/.test(text)) return `schrijf ${text} zonder aanhalingstekens`;
  const digits = text.replace(/[€\s.]/g, '');
  if (/^\d+$/.test(digits)) return `schrijf ${Number(digits)}`;
  return 'schrijf het hele getal zonder punten, komma\'s of woorden als "miljoen", bijvoorbeeld 18165000';
}

/** YAML 1.2 reads only true and false as yes or no; yes, ja, on and the like stay text. */
function booleanHint(value: unknown): string {
  const word = typeof value === 'string' ? value.trim().toLowerCase() : '';
  if (['yes', 'ja', 'y', 'j', 'on', 'aan', 'waar', '1'].includes(word)) return 'schrijf true';
  if (['no', 'nee', 'n', 'off', 'uit', 'onwaar', '0'].includes(word)) return 'schrijf false';
  return 'schrijf true of false';
}

function idHint(value: string): string | undefined {
  const suggestion = value
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return suggestion ? `schrijf ${suggestion}` : undefined;
}

function periodHint(value: string): string | undefined {
  const range = /^(\d{4})\s*(?:t\/m|tot|–|—|-)\s*(\d{4})$/.exec(value.trim());
  return range ? `schrijf "${range[1]}-${range[2]}"` : undefined;
}

function show(value: unknown): string {
  if (typeof value === 'string') return `"${value}"`;
  if (Array.isArray(value)) return value.length === 0 ? 'een lege lijst' : 'een lijst';
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
  const shape = (objectOf(unwrap(schemaAt(schema, path))) as { def?: { shape?: Record<string, unknown> } } | undefined)?.def?.shape;
  return shape ? Object.keys(shape) : [];
}

/** The part of `schema` that checks the value at `path` (through lists and groups of fields). */
function schemaAt(schema: z.ZodType, path: Path): z.ZodType | undefined {
  let current: unknown = schema;
  for (const segment of path) {
    current = typeof segment === 'number' ? unwrap(current) : objectOf(unwrap(current));
    const def = (current as { def?: { type?: string; element?: unknown; shape?: Record<string, unknown> } }).def;
    if (typeof segment === 'number' && def?.type === 'array') current = def.element;
    else if (def?.type === 'object' && def.shape) current = def.shape[String(segment)];
    else return undefined;
  }
  return current as z.ZodType | undefined;
}

/** For a field that is a word or a group of fields ("geen" or a list with its source): the group. */
function objectOf(schema: unknown): unknown {
  const def = (schema as { def?: { type?: string; options?: unknown[] } } | undefined)?.def;
  if (def?.type !== 'union') return schema;
  return def.options?.map(unwrap).find((option) => (option as { def?: { type?: string } }).def?.type === 'object') ?? schema;
}

function unwrap(schema: unknown): unknown {
  let current = schema as { def?: { type?: string; innerType?: unknown } };
  while (current?.def && ['optional', 'default', 'nullable'].includes(current.def.type ?? '')) {
    current = current.def.innerType as typeof current;
  }
  return current;
}
