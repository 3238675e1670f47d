import type { z } from 'astro/zod';
import type { ContentError } from './content-error.ts';
import { checkMarkdownBody } from './markdown-rules.ts';
import { isSyntaxError, parseYaml, type ParsedYaml } from './parse-yaml.ts';
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
  /** `raw` is the parsed data when the YAML itself was readable, so other checks can still use it. */
  | { ok: false; errors: ContentError[]; raw?: unknown };

/** Parses a YAML file and checks it against `schema`. */
export function loadYaml<S extends z.ZodType>(file: string, source: string, schema: S): LoadResult<z.output<S>> {
  return check(file, parseYaml(source), schema);
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
          message: 'de gegevens bovenaan (frontmatter) ontbreken; begin het bestand met een regel "---", dan de velden, dan weer "---"',
        },
      ],
    };
  }
  const result = check(file, parseYaml(match[1] ?? '', 1), schema);
  if (!result.ok) return result;
  const body = source.slice(match[0].length);
  const bodyLine = match[0].split('\n').length;
  if (bodyRequired && body.trim() === '') {
    return {
      ok: false,
      errors: [
        { file, line: bodyLine, message: 'de tekst onder de frontmatter is leeg; zet de tekst uit de bron onder de tweede regel "---"' },
      ],
    };
  }
  const unsafe = checkMarkdownBody(file, body, bodyLine);
  if (unsafe.length > 0) return { ok: false, errors: unsafe };
  return { ok: true, value: { ...result.value, body, bodyLine } };
}

function check<S extends z.ZodType>(file: string, parsed: ReturnType<typeof parseYaml>, schema: S): LoadResult<z.output<S>> {
  if (isSyntaxError(parsed)) {
    return { ok: false, errors: [{ file, ...parsed.position, message: parsed.message }] };
  }
  const result = schema.safeParse(parsed.data);
  if (!result.success) {
    return {
      ok: false,
      errors: zodIssuesToErrors(result.error.issues, parsed.data, parsed, schema, file),
      raw: parsed.data,
    };
  }
  return { ok: true, value: { file, data: result.data, parsed } };
}
