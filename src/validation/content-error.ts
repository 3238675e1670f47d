import type { ParsedYaml } from './parse-yaml.ts';
import type { RuleName } from './rules.ts';

/** One problem in a content file, located as precisely as the parser allows. */
export interface ContentError {
  /** Path of the file, relative to the working directory. */
  file: string;
  /** 1-based line of the offending value, when known. */
  line?: number | undefined;
  /** 1-based column of the offending value, when known. */
  column?: number | undefined;
  /** Dotted path of the field, such as `deelnemers.gemeenten[2]`. */
  field?: string | undefined;
  /** What was wrong and how to fix it, in Dutch. */
  message: string;
  /** The rule it breaks (src/validation/rules.ts): the message ends with its name in brackets. */
  rule: RuleName;
}

/** An error at a field of a file that parsed: located by the field's path. */
export function errorAt(
  entry: { file: string; parsed: ParsedYaml },
  path: readonly PropertyKey[],
  rule: RuleName,
  message: string,
): ContentError {
  return { file: entry.file, ...entry.parsed.positionOf(path), field: fieldName(path), message, rule };
}

/** An error as it is stored between a check and its display (the errors collection): the rule as a plain name. */
export type StoredContentError = Omit<ContentError, 'rule'> & { rule: string };

/** `content/2020/domeinen/gezondheid.md:7:11  bijdrage: verwacht ... [bedrag]` */
export function formatContentError(error: StoredContentError): string {
  const where = [error.file, error.line, error.column].filter((part) => part !== undefined).join(':');
  const field = error.field ? `${error.field}: ` : '';
  return `${where}  ${field}${error.message} [${error.rule}]`;
}

/** All errors, sorted by file and position, one per line. */
export function formatContentErrors(errors: StoredContentError[]): string {
  return [...errors]
    .sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))
    .map(formatContentError)
    .join('\n');
}

/** `deelnemers.gemeenten[2]` from `['deelnemers', 'gemeenten', 2]`. */
export function fieldName(path: readonly PropertyKey[]): string {
  return path.map((segment, index) => (typeof segment === 'number' ? `[${segment}]` : `${index ? '.' : ''}${String(segment)}`)).join('');
}
