import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/validation/load-content.ts';

const made: string[] = [];
/** A content folder holding exactly `files` (path → text). */
const folder = (files: Record<string, string>) => {
  const dir = mkdtempSync(join(tmpdir(), 'load-content-'));
  made.push(dir);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
};
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const missing = (dir: string, name: string) => ({
  file: relative(process.cwd(), join(dir, name)),
  rule: 'bestand-ontbreekt',
  message: `dit bestand ontbreekt; maak ${name} aan in de map content`,
});

describe('loadContent', () => {
  it('names exactly the required files that are missing, and skips the staff README', () => {
    const dir = folder({ 'README.md': 'titel: INVULLEN\n', 'paginas/.gitkeep': 'INVULLEN\n' });
    const { errors } = loadContent(dir);
    expect(errors).toEqual([
      missing(dir, 'bronnen.yaml'),
      missing(dir, 'gemeenten.yaml'),
      missing(dir, 'organisaties.yaml'),
      missing(dir, 'site.yaml'),
    ]);
  });

  it('removes only a byte-order mark at the very start of a file', () => {
    const dir = folder({ 'los.yaml': '\uFEFFa: INVULLEN\nb: \uFEFFINVULLEN\n' });
    const found = loadContent(dir).errors.filter((error) => error.rule === 'nog-invullen');
    expect(found.map(({ line, column, field }) => ({ line, column, field }))).toEqual([
      { line: 1, column: 4, field: 'a' },
      { line: 2, column: 5, field: 'b' },
    ]);
  });

  it('treats a file named after a pattern itself as unknown', () => {
    const dir = folder({ '<jaar>/jaar.yaml': 'a: 1\n' });
    const unknown = loadContent(dir).errors.filter((error) => error.rule === 'onbekend-bestand');
    expect(unknown.map(({ file }) => file)).toEqual([relative(process.cwd(), join(dir, '<jaar>/jaar.yaml'))]);
  });

  it('lists files in UTF-16 order, as JavaScript sorts, not in byte order', () => {
    // U+1D49C is a surrogate pair (D835 DC9C) in UTF-16 but F0… in UTF-8, so it sorts before U+FF5A (FF5A; EF…) only in UTF-16.
    const dir = folder({ '\uFF5A.txt': '', '\u{1D49C}.txt': '' });
    expect(loadContent(dir).content.files).toEqual(['\u{1D49C}.txt', '\uFF5A.txt']);
  });
});
