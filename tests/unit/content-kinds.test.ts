import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  isPattern,
  isPerDocument,
  isPerYear,
  KIND_KEYS,
  kindOf,
  pathPattern,
  type AnyKind,
  type KindKey,
} from '../../src/content-kinds.ts';
import { collectRedirects, contentPages } from '../../src/lib/redirects.ts';
import { COLLECTIONS } from '../../src/loaders/collection-entries.ts';
import { entryPath } from '../../src/urls.ts';
import { filesOf, type AnyEntry, type ContentSet } from '../../src/validation/content-set.ts';
import { EDITOR_SCHEMAS } from '../../src/validation/editor-schemas.ts';
import { validateContent } from '../../src/validation/validate-content.ts';
import { contentCopy } from '../helpers/content-copy.ts';

// Every kind of content is one entry in src/content-kinds.ts; everything that handles content takes
// its kinds from there. These tests take each kind in turn and fail when a consumer misses one:
// the loader, the collections, the editor schemas and field reference, the checks across files,
// the redirects. They use a file of every kind: the real content, plus the contributions fixture
// (the real content has no bijdragen.yaml yet).

vi.mock('astro:content', () => ({ defineCollection: (config: object) => config }));

const kinds = KIND_KEYS.map((key) => ({ key, kind: kindOf(key) }));
const fixture = (file: string) => readFileSync(`tests/fixtures/bijdragen/${file}`, 'utf8');

type Change = ((text: string) => string) | null;

/** A copy of content/ with a file of every kind, changed by `changes` (null deletes a file); its model and its errors by file. */
function copyWith(changes: Record<string, Change> = {}) {
  const { dir, cleanup } = contentCopy({
    'bronnen.yaml': (text) => `${text}\n${fixture('bron.yaml')}`,
    '2020/bijdragen.yaml': () => fixture('content/2020/bijdragen.yaml'),
    '2020/inwoners.yaml': () => fixture('content/2020/inwoners.yaml'),
  });
  try {
    for (const [name, change] of Object.entries(changes)) {
      const path = join(dir, name);
      if (change === null) rmSync(path);
      else {
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, change(safeRead(path)));
      }
    }
    const { content, errors } = validateContent(dir);
    const errorsIn = (name: string) =>
      errors.filter((error) => relative(dir, resolve(error.file)) === name).map((error) => `${error.message} [${error.rule}]`);
    return { content, errors, errorsIn };
  } finally {
    cleanup();
  }
}

function safeRead(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

const { content: model, errors: modelErrors } = copyWith();

/** The first file of a kind in the model, and a second one (of the same year, for a per-year kind). */
function twoFiles(key: KindKey): [AnyEntry, AnyEntry] {
  const [first, ...rest] = filesOf(model, key);
  const second = rest.find((entry) => entry.folderYear === first?.folderYear);
  if (!first || !second) throw new Error(`${key}: the content has no two files of this kind in one folder`);
  return [first, second];
}

/** Changes to write `value` in place of the YAML value at `path` in each file; several per file apply from the end. */
function setValues(edits: { entry: AnyEntry; path: PropertyKey[]; value: string }[]): Record<string, Change> {
  const byFile = Map.groupBy(edits, ({ entry }) => entry.name);
  return Object.fromEntries(
    [...byFile].map(([name, fileEdits]) => [
      name,
      (text: string) => {
        const lines = text.split('\n');
        const places = fileEdits
          .map(({ entry, path, value }) => ({ ...entry.parsed.positionOf(path), value }))
          .sort((a, b) => b.line - a.line || b.column - a.column);
        for (const { line, column, value } of places) {
          const before = lines[line - 1] ?? '';
          const token = /^(?:"[^"]*"|'[^']*'|[^\s,}\]#]+)/.exec(before.slice(column - 1));
          if (!token) throw new Error(`${name}:${line}:${column}: no value to replace`);
          lines[line - 1] = before.slice(0, column - 1) + value + before.slice(column - 1 + token[0].length);
        }
        return lines.join('\n');
      },
    ]),
  );
}

/** The path of the first `bron: { document }` inside `data`. */
function firstSourceRef(data: unknown, path: PropertyKey[] = []): PropertyKey[] | undefined {
  if (data === null || typeof data !== 'object') return undefined;
  for (const [key, value] of Object.entries(data)) {
    const childPath = [...path, Array.isArray(data) ? Number(key) : key];
    if (key === 'bron' && value && typeof value === 'object' && 'document' in value) return childPath;
    const found = firstSourceRef(value, childPath);
    if (found) return found;
  }
  return undefined;
}

const shapeOf = (kind: AnyKind): string[] => Object.keys((kind.schema as unknown as { shape?: object }).shape ?? {});

describe('the registry of content kinds', () => {
  it('names each collection and each place once', () => {
    expect(kinds.length).toBeGreaterThan(15);
    expect(new Set(kinds.map(({ kind }) => kind.collection)).size).toBe(kinds.length);
    expect(new Set(kinds.map(({ kind }) => kind.path)).size).toBe(kinds.length);
  });

  it("agrees with each kind's schema: volgorde, oudeAdressen, jaar and document are where the registry says", () => {
    for (const { key, kind } of kinds) {
      const fields = kind.format === 'list' ? [] : shapeOf(kind);
      expect(fields.includes('volgorde'), `${key}: order`).toBe(Boolean(kind.order));
      expect(fields.includes('oudeAdressen'), `${key}: oldUrls`).toBe(Boolean(kind.oldUrls));
      expect(fields.includes('jaar'), `${key}: per year`).toBe(isPerYear(kind));
      expect(fields.includes('document'), `${key}: per document`).toBe(isPerDocument(kind));
      if (kind.format === 'list')
        expect(shapeOf(kind), key).toEqual(expect.arrayContaining(['id', ...(kind.unique ?? []).map((u) => u.field)]));
    }
  });

  it('keeps its flags consistent', () => {
    for (const { key, kind } of kinds) {
      if (kind.format === 'list' || kind.required) expect(isPattern(kind), key).toBe(false);
      if (kind.order || kind.yearFolder) expect(isPerYear(kind), key).toBe(true);
      if (kind.oldUrls) expect(kind.page, key).toBeDefined();
      if (kind.bodyOptional) expect(kind.format, key).toBe('markdown');
    }
    expect(kinds.filter(({ kind }) => kind.yearFolder).map(({ key }) => key)).toEqual(['years']);
  });
});

describe('every kind of content', () => {
  it('has files in the content the tests use, and they load without errors', () => {
    expect(modelErrors).toEqual([]);
    for (const { key, kind } of kinds) {
      const files = filesOf(model, key);
      expect(files.length, key).toBeGreaterThan(0);
      for (const file of files) {
        expect(pathPattern(kind).test(file.name) || file.name === kind.path, `${key}: ${file.name}`).toBe(true);
        if (isPerYear(kind)) expect(file.folderYear, file.name).toBeTypeOf('number');
      }
    }
  });

  it('is a place the error for a misplaced file names', () => {
    const { errorsIn } = copyWith({ 'losse-map/gezondheid.md': () => '---\njaar: 2020\n---\nTekst.\n' });
    const [message = ''] = errorsIn('losse-map/gezondheid.md');
    expect(message).toMatch(/\[onbekend-bestand\]$/);
    for (const { key, kind } of kinds.filter(({ kind }) => isPattern(kind))) {
      const named = [`${kind.noun} in ${kind.path}`, `${kind.noun} staat in ${kind.path}`].some((place) => message.includes(place));
      expect(named, key).toBe(true);
    }
  });

  it('that the site needs is asked for when its file is missing', () => {
    const required = kinds.filter(({ kind }) => kind.required);
    expect(required.map(({ key }) => key)).toEqual(['sources', 'municipalities', 'organisations', 'site']);
    const { errorsIn } = copyWith(Object.fromEntries(required.map(({ kind }) => [kind.path, null])));
    for (const { kind } of required) expect(errorsIn(kind.path)).toEqual([expect.stringMatching(/\[bestand-ontbreekt\]$/)]);
  });

  it('is a collection with entries', async () => {
    const { collections } = (await import('../../src/content.config.ts')) as unknown as {
      collections: Record<string, { loader: { schema: unknown } }>;
    };
    for (const { key, kind } of kinds) {
      expect(collections[kind.collection]?.loader.schema, key).toBe(kind.schema);
      const entries = COLLECTIONS[kind.collection as keyof typeof COLLECTIONS](model);
      expect(entries.length, key).toBeGreaterThan(0);
      expect(new Set(entries.map((entry) => entry.id)).size, key).toBe(entries.length);
      if (kind.format === 'markdown')
        expect(
          entries.every((entry) => entry.body !== undefined),
          key,
        ).toBe(true);
    }
  });

  it('in YAML has one editor schema for each of its files', () => {
    const globToPattern = (glob: string) => new RegExp(`^${glob.replace(/[.]/g, '\\.').replace(/\*/g, '[^/]+')}$`);
    for (const { key } of kinds.filter(({ kind }) => kind.format !== 'markdown')) {
      for (const file of filesOf(model, key)) {
        const schemas = EDITOR_SCHEMAS.filter(({ files }) => files.some((glob) => globToPattern(glob).test(`content/${file.name}`)));
        expect(
          schemas.map(({ name }) => name),
          file.name,
        ).toHaveLength(1);
      }
    }
  });

  it('is in the field reference of docs/content.md', () => {
    const guide = readFileSync('docs/content.md', 'utf8');
    for (const { kind } of kinds) expect(guide).toContain(`### ${kind.label}\n\n${kind.description}\n\nBestand: \`content/${kind.path}`);
  });
});

describe('the checks across files cover every kind', () => {
  it('every source reference', () => {
    const targets = kinds.flatMap(({ key }) => {
      const entry = filesOf(model, key).find((file) => firstSourceRef(file.data));
      const path = entry && firstSourceRef(entry.data);
      return entry && path ? [{ key, entry, path: [...path, 'document'], value: 'onbekend-document' }] : [];
    });
    // Only bronnen.yaml and the document pages cite no source (they are about one, by its id), and
    // site.yaml, which says what the site is, and zoeken.yaml, how the search reads a question: not
    // what a document says.
    expect(kinds.filter(({ key }) => !targets.some((target) => target.key === key)).map(({ key }) => key)).toEqual([
      'documents',
      'sources',
      'site',
      'searchWords',
    ]);
    const { errorsIn } = copyWith(setValues(targets));
    for (const { key, entry } of targets) {
      expect(errorsIn(entry.name), key).toContainEqual(expect.stringMatching(/^onbekende bron "onbekend-document".*\[verwijzing\]$/));
    }
  });

  it('the year of every per-year file', () => {
    const targets = kinds
      .filter(({ kind }) => isPerYear(kind))
      .map(({ key }) => {
        const entry = filesOf(model, key)[0]!;
        return { key, entry, path: ['jaar'], value: String(Number(entry.folderYear) + 1) };
      });
    const { errorsIn } = copyWith(setValues(targets));
    for (const { key, entry } of targets) expect(errorsIn(entry.name), key).toContainEqual(expect.stringMatching(/\[jaar-map\]$/));
  });

  it('every order number, every unique id and every file named after its document', () => {
    const order = kinds
      .filter(({ kind }) => kind.order)
      .map(({ key }) => {
        const [first, second] = twoFiles(key);
        return { key, entry: second, path: ['volgorde'], value: String((first.data as { volgorde: number }).volgorde) };
      });
    const lists = kinds
      .filter(({ kind }) => kind.format === 'list')
      .flatMap(({ key, kind }) => {
        const entry = filesOf(model, key)[0]!;
        const items = entry.data as Record<string, unknown>[];
        return ['id', ...(kind.unique ?? []).map((u) => u.field)].map((field) => ({
          key,
          entry,
          path: [1, field],
          value: String(items[0]?.[field]),
        }));
      });
    const named = kinds
      .filter(({ kind }) => isPerDocument(kind))
      .map(({ key }) => ({ key, entry: filesOf(model, key)[0]!, path: ['document'], value: 'ander-document' }));
    expect(order.length).toBeGreaterThan(3);
    const { errorsIn } = copyWith(setValues([...order, ...lists, ...named]));
    for (const { key, entry } of order) expect(errorsIn(entry.name), key).toContainEqual(expect.stringMatching(/\[volgorde\]$/));
    for (const { key, entry, path } of lists) {
      expect(errorsIn(entry.name), `${key} ${String(path[1])}`).toContainEqual(expect.stringMatching(/komt twee keer voor.*\[uniek\]$/));
    }
    for (const { key, entry } of named) expect(errorsIn(entry.name), key).toContainEqual(expect.stringMatching(/\[bestandsnaam\]$/));
  });

  it('every old address: it redirects, and it may not be the address of a page', () => {
    const targets = kinds
      .filter(({ kind }) => kind.oldUrls)
      .map(({ key, kind }) => {
        const [first, second] = twoFiles(key);
        const taken = pageOf(kind, second);
        const line = `oudeAdressen: [/oud/${kind.collection}/, ${taken}]`;
        const change = (text: string) => (kind.format === 'markdown' ? text.replace(/^---\n/, `---\n${line}\n`) : `${line}\n${text}`);
        return { key, kind, entry: first, taken, change };
      });
    const { content, errorsIn } = copyWith(Object.fromEntries(targets.map(({ entry, change }) => [entry.name, change])));
    const redirects = collectRedirects(content);
    for (const { key, kind, entry, taken } of targets) {
      expect(errorsIn(entry.name), key).toEqual([
        `${taken} is het adres van een bestaande pagina; een oud adres mag geen pagina meer zijn (haal het weg, of geef die pagina een ander adres) [oud-adres]`,
      ]);
      expect(redirects, key).toContainEqual(expect.objectContaining({ from: `/oud/${kind.collection}/`, to: pageOf(kind, entry) }));
    }
  });
});

/** The page of a file of a kind with pages. */
function pageOf(kind: AnyKind, entry: AnyEntry): string {
  if (!kind.page) throw new Error(`${kind.collection} has no pages`);
  return kind.page({ year: entry.folderYear, name: entry.slug });
}

describe('the pages of the content', () => {
  it('are every page of every kind with pages', () => {
    const urls = contentPages(model).map((page) => page.url);
    for (const { key, kind } of kinds.filter(({ kind }) => kind.page)) {
      const expected =
        kind.format === 'list'
          ? (model.knownIds[key as keyof ContentSet['knownIds']] ?? []).map((id) => kind.page?.({ name: id }))
          : filesOf(model, key).map((entry) => pageOf(kind, entry));
      expect(expected.length, key).toBeGreaterThan(0);
      expect(urls, key).toEqual(expect.arrayContaining(expected));
    }
    expect(urls).toContain('/2020/domeinen/gezondheid/');
    expect(urls).toContain('/gemeenten/enschede/');
    expect(urls).toContain('/2020/');
  });

  it("are where src/urls.ts's entryPath links a per-year entry", () => {
    for (const { key, kind } of kinds.filter(({ kind }) => kind.page && /<jaar>.*<naam>/.test(kind.path))) {
      const entry = filesOf(model, key)[0]!;
      const id = entry.name.replace(/\.[a-z]+$/, '');
      const collection = kind.collection as Parameters<typeof entryPath>[0]['collection'];
      expect(entryPath({ collection, id, data: { jaar: Number(entry.folderYear) } }), key).toBe(pageOf(kind, entry));
    }
  });
});
