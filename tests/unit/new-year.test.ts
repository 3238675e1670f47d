import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { scaffoldYear } from '../../scripts/lib/scaffold-year.ts';
import { validateContent } from '../../src/validation/validate-content.ts';
import { contentCopy } from '../helpers/content-copy.ts';

const fs = { readdir: (path: string) => readdirSync(path), read: (path: string) => readFileSync(path, 'utf8'), exists: existsSync };
let cleanup = () => {};
afterEach(() => cleanup());

/** A copy of content/ with the files `npm run nieuw:jaar -- 2027` writes; returns the copy and those files. */
function scaffolded(): { dir: string; files: string[] } {
  const copy = contentCopy();
  cleanup = copy.cleanup;
  const files = scaffoldYear(copy.dir, 2027, fs);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  }
  return { dir: copy.dir, files: Object.keys(files) };
}

describe('npm run nieuw:jaar', () => {
  it('makes every domain and coalition of the newest budget year for the new year, and its document', () => {
    const { dir, files } = scaffolded();
    const domains = readdirSync('content/2020/domeinen').map((name) => `2027/domeinen/${name}`);
    const coalitions = readdirSync('content/2020/coalities').map((name) => `2027/coalities/${name}`);
    expect(files.map((path) => path.slice(dir.length + 1)).sort()).toEqual(
      ['2027/jaar.yaml', ...coalitions, ...domains, 'bronnen.yaml'].sort(),
    );
    expect(readFileSync(join(dir, 'bronnen.yaml'), 'utf8')).toContain('- id: programmabegroting-2027');
  });

  it('leaves content that the check rejects only where something must be filled in, amounts included', () => {
    const { dir } = scaffolded();
    const { errors } = validateContent(dir);
    expect(errors.length).toBeGreaterThan(20);
    for (const error of errors) expect(error.message, `${error.file}:${error.line}`).toMatch(/^nog in te vullen/);
    const amounts = errors.filter((error) => error.field === 'bijdrage' || error.field === 'kosten');
    expect(amounts.length).toBe(readdirSync('content/2020/domeinen').length + readdirSync('content/2020/coalities').length);
  });

  it('passes the check once every INVULLEN is replaced by what the source says', () => {
    const { dir, files } = scaffolded();
    for (const path of files) {
      const filled = readFileSync(path, 'utf8')
        .replace(/: 0 # INVULLEN.*$/gm, ': 1000')
        .replace(/ # INVULLEN.*$/gm, '')
        .replace(/"INVULLEN: ([^"]*)"/g, '"Uit de bron: $1"')
        .replace(/^INVULLEN: (.*)$/gm, 'Uit de bron: $1');
      writeFileSync(path, filled);
    }
    expect(validateContent(dir).errors).toEqual([]);
  });

  it('needs an earlier budget year to start from', () => {
    const copy = contentCopy();
    cleanup = copy.cleanup;
    expect(() => scaffoldYear(copy.dir, 2010, fs)).toThrow(/Geen eerder jaar met domeinen/);
  });
});
