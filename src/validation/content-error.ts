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

/**
 * The error as a GitHub Actions annotation (a workflow command on standard output): GitHub shows it on
 * the file and line in a pull request, with its field, message and rule.
 * `::error file=content/2020/domeinen/gezondheid.md,line=9,col=11,title=Inhoud: bedrag::bijdrage: verwacht ... [bedrag]`
 */
export function formatGithubAnnotation(error: StoredContentError): string {
  const properties = [
    `file=${escapeProperty(error.file.split('\\').join('/'))}`,
    ...(error.line === undefined ? [] : [`line=${error.line}`]),
    ...(error.column === undefined ? [] : [`col=${error.column}`]),
    `title=${escapeProperty(`Inhoud: ${error.rule}`)}`,
  ];
  const field = error.field ? `${error.field}: ` : '';
  return `::error ${properties.join(',')}::${escapeData(`${field}${error.message} [${error.rule}]`)}`;
}

/** GitHub's escaping of a workflow command's message. */
const escapeData = (text: string): string => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
/** And of its properties, where a colon or comma would end the value. */
const escapeProperty = (text: string): string => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** `deelnemers.gemeenten[2]` from `['deelnemers', 'gemeenten', 2]`. */
export function fieldName(path: readonly PropertyKey[]): string {
  return path.map((segment, index) => (typeof segment === 'number' ? `[${segment}]` : `${index ? '.' : ''}${String(segment)}`)).join('');
}
