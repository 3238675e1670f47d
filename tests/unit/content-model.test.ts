import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { contentErrorsError, contentModel, currentContentErrors, forgetContentModel } from '../../src/validation/content-model.ts';

const made: string[] = [];
const emptyFolder = () => {
  const dir = mkdtempSync(join(tmpdir(), 'content-model-'));
  made.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('contentModel', () => {
  it('reads a folder once, keeps the model on globalThis under registered symbols, and reads again after forgetting', () => {
    const dir = emptyFolder();
    const first = contentModel(dir);
    expect(first.errors).toContainEqual(expect.objectContaining({ rule: 'bestand-ontbreekt' }));
    expect(contentModel(dir)).toBe(first);
    const holder = globalThis as unknown as Record<symbol, Map<string, unknown> | undefined>;
    expect(holder[Symbol.for('begroting.content-models')]?.get(resolve(dir))).toBe(first);
    expect(holder[Symbol.for('begroting.content-folders')]?.get(resolve(dir))).toBe(dir);
    forgetContentModel(dir);
    expect(holder[Symbol.for('begroting.content-models')]?.has(resolve(dir))).toBe(false);
    const second = contentModel(dir);
    expect(second).not.toBe(first);
    expect(second.errors).toEqual(first.errors);
  });

  it('gives the errors of every folder read so far, reading a forgotten one again', () => {
    const dir = emptyFolder();
    const { errors } = contentModel(dir);
    forgetContentModel(dir);
    const current = currentContentErrors();
    for (const error of errors) expect(current).toContainEqual(error);
    expect(current.length).toBeGreaterThanOrEqual(errors.length);
    expect(errors.length).toBeGreaterThan(0);
  });
});

describe('contentModel across module copies', () => {
  it('shares one reading between two copies of the module (astro.config and Vite each load their own)', async () => {
    const dir = emptyFolder();
    vi.resetModules();
    const first = await import('../../src/validation/content-model.ts');
    const model = first.contentModel(dir);
    const onlyFirst = emptyFolder();
    const [firstError] = first.contentModel(onlyFirst).errors;
    vi.resetModules();
    const second = await import('../../src/validation/content-model.ts');
    expect(second).not.toBe(first);
    expect(second.contentModel(dir)).toBe(model);
    expect(second.currentContentErrors()).toContainEqual(firstError);
    const holder = globalThis as unknown as Record<symbol, Map<string, unknown> | undefined>;
    expect(holder[Symbol.for('begroting.content-models')]?.get(resolve(dir))).toBe(model);
    expect(holder[Symbol.for('begroting.content-folders')]?.get(resolve(dir))).toBe(dir);
  });
});

describe('contentErrorsError', () => {
  it('counts one error as "fout" and lists it, with the hint', () => {
    const error = contentErrorsError([{ file: 'content/a.yaml', line: 2, column: 3, message: 'kapot', rule: 'yaml' }]);
    expect(error.message).toBe('De inhoud bevat 1 fout:\ncontent/a.yaml:2:3  kapot [yaml]');
    expect(error.hint).toBe(
      'Verbeter de genoemde velden in de genoemde bestanden; `npm run check:content` toont dezelfde lijst zonder te bouwen.',
    );
  });

  it('counts several errors as "fouten", sorted by file', () => {
    const error = contentErrorsError([
      { file: 'content/b.yaml', message: 'twee', rule: 'yaml' },
      { file: 'content/a.yaml', line: 1, message: 'een', rule: 'lijst' },
    ]);
    expect(error.message).toBe('De inhoud bevat 2 fouten:\ncontent/a.yaml:1  een [lijst]\ncontent/b.yaml  twee [yaml]');
  });

  it('says 0 fouten for an empty list', () => {
    expect(contentErrorsError([]).message).toBe('De inhoud bevat 0 fouten:\n');
  });
});
