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
}

/** `content/2020/domeinen/gezondheid.md:7:11  bijdrage: verwacht ...` */
export function formatContentError(error: ContentError): string {
  const where = [error.file, error.line, error.column].filter((part) => part !== undefined).join(':');
  const field = error.field ? `${error.field}: ` : '';
  return `${where}  ${field}${error.message}`;
}

/** All errors, sorted by file and position, one per line. */
export function formatContentErrors(errors: ContentError[]): string {
  return [...errors]
    .sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))
    .map(formatContentError)
    .join('\n');
}

/** `deelnemers.gemeenten[2]` from `['deelnemers', 'gemeenten', 2]`. */
export function fieldName(path: readonly PropertyKey[]): string {
  return path.map((segment, index) => (typeof segment === 'number' ? `[${segment}]` : `${index ? '.' : ''}${String(segment)}`)).join('');
}
