import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { formatContentError } from '../../src/validation/content-error.ts';
import { validateContent } from '../../src/validation/validate-content.ts';

/** Edits to apply to a copy of content/: file path (relative to content/) to a text transform. */
export type Edits = Record<string, (text: string) => string>;

/** A temporary copy of the real content/ with `edits` applied. Remove it with `cleanup`. */
export function contentCopy(edits: Edits = {}): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'twente-content-'));
  cpSync('content', dir, { recursive: true });
  for (const [file, edit] of Object.entries(edits)) {
    const path = join(dir, file);
    let before = '';
    try {
      before = readFileSync(path, 'utf8');
    } catch {
      // A new file: the edit writes it from scratch.
    }
    const after = edit(before);
    if (after === before && before !== '') throw new Error(`Edit of ${file} changed nothing`);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, after);
  }
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The formatted errors for a copy of content/ with `edits`, paths shown as content/... */
export function errorsAfter(edits: Edits): string[] {
  const { dir, cleanup } = contentCopy(edits);
  try {
    return validateContent(dir).errors.map((error) =>
      formatContentError({ ...error, file: `content/${relative(dir, resolve(error.file))}` }),
    );
  } finally {
    cleanup();
  }
}

/** Replaces `from` by `to` and fails loudly when `from` is not in the text. */
export const replace = (from: string | RegExp, to: string) => (text: string) => {
  if (typeof from === 'string' ? !text.includes(from) : !from.test(text)) throw new Error(`Not found: ${String(from)}`);
  return text.replace(from, to);
};
