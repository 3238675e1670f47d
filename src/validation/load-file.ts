import type { z } from 'astro/zod';
import type { ContentError } from './content-error.ts';
import { checkMarkdownBody } from './markdown-rules.ts';
import { isSyntaxError, parseYaml, type ParsedYaml, type YamlSyntaxError } from './parse-yaml.ts';
import { zodIssuesToErrors } from './zod-issues.ts';

/** A content file that parsed and matched its schema. */
export interface LoadedFile<T> {
  /** Path as shown in error messages (relative to the working directory). */
  file: string;
  data: T;
  parsed: ParsedYaml;
  /** Markdown body, for Markdown files. */
  body?: string;
  /** Line on which the body starts, for Markdown files. */
  bodyLine?: number;
}

export type LoadResult<T> =
  | { ok: true; value: LoadedFile<T> }
  /** `raw` and `parsed` when the YAML itself was readable, so other checks (references) can still use it. */
  | { ok: false; errors: ContentError[]; raw?: unknown; parsed?: ParsedYaml };

/** Parses a YAML file and checks it against `schema`. */
export function loadYaml<S extends z.ZodType>(file: string, source: string, schema: S): LoadResult<z.output<S>> {
  return check(file, parseYaml(source), schema);
}

/**
 * Parses a list file (content/bronnen.yaml): the list stands under one key, `key` (`bronnen:`), so the
 * browser CMS can edit it. The list is checked against `schema`; errors name the fields and lines as
 * in the list itself (`[0].datum`, on the item's own line).
 */
export function loadYamlList<S extends z.ZodType>(file: string, source: string, key: string, schema: S): LoadResult<z.output<S>> {
  const parsed = parseYaml(source);
  if (isSyntaxError(parsed)) return check(file, parsed, schema);
  const data = parsed.data;
  const keys = data !== null && typeof data === 'object' && !Array.isArray(data) ? Object.keys(data) : [];
  if (keys.length !== 1 || keys[0] !== key) {
    const message = `verwacht bovenaan de regel "${key}:" en daaronder de lijst, elk item met "- id:"; ${
      Array.isArray(data)
        ? 'de lijst staat nu zonder die regel'
        : `gevonden ${keys.length === 0 ? 'iets anders' : keys.map((name) => `"${name}:"`).join(', ')}`
    }`;
    return { ok: false, errors: [{ file, ...parsed.positionOf([]), rule: 'lijst', message }] };
  }
  const inner: ParsedYaml = {
    data: (data as Record<string, unknown>)[key],
    positionOf: (path) => parsed.positionOf([key, ...path]),
    keyPositionOf: (path, name) => parsed.keyPositionOf([key, ...path], name),
  };
  return check(file, inner, schema);
}

/** Parses a Markdown file's frontmatter, checks it against `schema`, and keeps the body. */
export function loadMarkdown<S extends z.ZodType>(
  file: string,
  source: string,
  schema: S,
  { bodyRequired = true }: { bodyRequired?: boolean } = {},
): LoadResult<z.output<S>> {
  const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(source);
  if (!match) {
    return {
      ok: false,
      errors: [
        {
          file,
          line: 1,
          column: 1,
          rule: 'frontmatter',
          message: 'de gegevens bovenaan (frontmatter) ontbreken; begin het bestand met een regel "---", dan de velden, dan weer "---"',
        },
      ],
    };
  }
  // Every problem of the file at once: its fields, an empty text and unsafe Markdown.
  const result = check(file, parseYaml(match[1] ?? '', 1), schema);
  const body = source.slice(match[0].length);
  const bodyLine = match[0].split('\n').length;
  const bodyErrors: ContentError[] = [
    ...(bodyRequired && body.trim() === ''
      ? [
          {
            file,
            line: bodyLine,
            rule: 'tekst' as const,
            message: 'de tekst onder de frontmatter is leeg; zet de tekst uit de bron onder de tweede regel "---"',
          },
        ]
      : []),
    ...checkMarkdownBody(file, body, bodyLine),
  ];
  if (result.ok && bodyErrors.length === 0) return { ok: true, value: { ...result.value, body, bodyLine } };
  if (result.ok) return { ok: false, errors: bodyErrors, raw: result.value.data, parsed: result.value.parsed };
  return { ...result, errors: [...result.errors, ...bodyErrors] };
}

function check<S extends z.ZodType>(file: string, parsed: ParsedYaml | YamlSyntaxError, schema: S): LoadResult<z.output<S>> {
  if (isSyntaxError(parsed)) {
    return { ok: false, errors: [{ file, ...parsed.position, message: parsed.message, rule: 'yaml' }] };
  }
  const result = schema.safeParse(parsed.data);
  if (!result.success) {
    return {
      ok: false,
      errors: zodIssuesToErrors(result.error.issues, parsed.data, parsed, schema, file),
      raw: parsed.data,
      parsed,
    };
  }
  return { ok: true, value: { file, data: result.data, parsed } };
}
