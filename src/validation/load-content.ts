import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'astro/zod';
import { fileSchema, isPattern, KIND_KEYS, kindOf, pathPattern, type AnyKind, type KindKey, type Kinds } from '../content-kinds.ts';
import type { ContentError } from './content-error.ts';
import { IGNORED_FILES } from './layout.ts';
import { loadMarkdown, loadYaml, type LoadedFile, type LoadResult } from './load-file.ts';
import { checkPlaceholders } from './placeholder-rules.ts';

/** A content file in the model: also where it is inside content/ (`2020/domeinen/gezondheid.md`). */
export interface ContentFile<T> extends LoadedFile<T> {
  name: string;
}

/** A per-year entry: its folder's year and its id (the file name). */
export interface YearEntry<T> extends ContentFile<T> {
  folderYear: number;
  slug: string;
}

/** A file named after what it is about: content/documenten/<id>.md, content/cijfers/<id>.yaml. */
export interface NamedEntry<T> extends ContentFile<T> {
  slug: string;
}

/** A file of any kind, as code that handles every kind sees it. */
export type AnyEntry = ContentFile<unknown> & { folderYear?: number; slug?: string };

type Data<K extends KindKey> = z.output<Kinds[K]['schema']>;
type PathOf<K extends KindKey> = Kinds[K]['path'];

/**
 * What the model holds of one kind (src/content-kinds.ts): for a pattern, every file that matched
 * its schema, with its year folder when it has one; for one file (bronnen.yaml), that file when it did.
 */
export type KindContent<K extends KindKey> =
  PathOf<K> extends `${string}<${string}`
    ? PathOf<K> extends `${string}<jaar>${string}`
      ? YearEntry<Data<K>>[]
      : NamedEntry<Data<K>>[]
    : ContentFile<Kinds[K]['format'] extends 'list' ? Data<K>[] : Data<K>> | undefined;

/** The kinds whose file is a list of items with an id. */
type ListKey = { [K in KindKey]: Kinds[K]['format'] extends 'list' ? K : never }[KindKey];

/** Every content file that parsed and matched its schema, by kind (`content.domains`). */
export type ContentSet = { [K in KindKey]: KindContent<K> } & {
  /** Files that are readable YAML but break their schema: their references are still checked, so every error shows in one run. */
  invalid: ContentFile<unknown>[];
  /** Ids in each list file, read even when another entry of that file is invalid. */
  knownIds: { [K in ListKey]?: string[] | undefined };
  /** Years that have a jaar.yaml, valid or not. */
  yearFolders: Set<number>;
  /** Every file in the content folder, valid or not, relative to it. */
  files: string[];
};

/** The files of one kind in the model, valid ones only: a list for a pattern, none or one for a single file. */
export function filesOf(content: ContentSet, key: KindKey): AnyEntry[] {
  const value: AnyEntry | AnyEntry[] | undefined = content[key];
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/** Reads every file in `contentDir`, checking each against the schema of its kind. */
export function loadContent(contentDir: string): { content: ContentSet; errors: ContentError[] } {
  const errors: ContentError[] = [];
  const invalid: ContentFile<unknown>[] = [];
  const knownIds: Record<string, string[]> = {};
  const yearFolders = new Set<number>();
  const byKind: Partial<Record<KindKey, AnyEntry | AnyEntry[] | undefined>> = {};
  const display = (name: string) => relative(process.cwd(), join(contentDir, name)) || name;
  // A byte-order mark (some Windows editors write one) is not part of the text.
  const read = (name: string) => readFileSync(join(contentDir, name), 'utf8').replace(/^\uFEFF/, '');
  const load = (key: KindKey, name: string): AnyEntry | undefined => {
    const kind = kindOf(key);
    const result: LoadResult<unknown> =
      kind.format === 'markdown'
        ? loadMarkdown(display(name), read(name), kind.schema, { bodyRequired: !kind.bodyOptional })
        : loadYaml(display(name), read(name), fileSchema(kind));
    if (kind.format === 'list') {
      const raw = result.ok ? result.value.data : result.raw;
      if (Array.isArray(raw)) knownIds[key] = raw.map((item) => item?.id).filter((id) => typeof id === 'string');
    }
    if (result.ok) return { ...result.value, name };
    errors.push(...result.errors);
    if (result.parsed) invalid.push({ file: display(name), name, data: result.raw, parsed: result.parsed });
    return undefined;
  };

  const files = listFiles(contentDir);
  // Figures and texts a new year still needs (`npm run nieuw:jaar` marks them), wherever they are.
  for (const name of files) if (!IGNORED_FILES.test(name)) errors.push(...checkPlaceholders(display(name), read(name)));

  // Kinds of one file (bronnen.yaml), first: other files refer to them.
  const singles = KIND_KEYS.filter((key) => !isPattern(kindOf(key)));
  for (const key of singles) {
    const kind = kindOf(key);
    if (files.includes(kind.path)) byKind[key] = load(key, kind.path);
    else if (kind.required) {
      errors.push({
        file: display(kind.path),
        rule: 'bestand-ontbreekt',
        message: `dit bestand ontbreekt; maak ${kind.path} aan in de map content`,
      });
    }
  }

  // Every other file belongs to the first kind whose pattern it matches.
  const patterns = KIND_KEYS.filter((key) => isPattern(kindOf(key))).map((key) => ({
    key,
    kind: kindOf(key),
    pattern: pathPattern(kindOf(key)),
  }));
  const lists = new Map(patterns.map(({ key }) => [key, [] as AnyEntry[]]));
  for (const [key, list] of lists) byKind[key] = list;
  const singleNames = singles.map((key) => kindOf(key).path);
  for (const name of files) {
    if (singleNames.includes(name) || IGNORED_FILES.test(name)) continue;
    const found = patterns.map((candidate) => ({ ...candidate, match: candidate.pattern.exec(name) })).find(({ match }) => match);
    const groups = found?.match?.groups;
    if (!found || !groups) {
      errors.push({ file: display(name), rule: 'onbekend-bestand', message: unknownFileMessage(patterns.map(({ kind }) => kind)) });
      continue;
    }
    const year = groups['jaar'] === undefined ? undefined : Number(groups['jaar']);
    if (found.kind.yearFolder && year !== undefined) yearFolders.add(year);
    const loaded = load(found.key, name);
    // A per-year entry has the year of its folder; its id is its file name, or the year for one file per year (2020/jaar.yaml).
    if (loaded)
      lists.get(found.key)?.push({ ...loaded, ...(year === undefined ? {} : { folderYear: year }), slug: groups['naam'] ?? String(year) });
  }
  const content = { ...byKind, invalid, knownIds, yearFolders, files } as ContentSet;
  return { content, errors };
}

/** The error for a file that is no kind of content: where each kind's files belong. */
function unknownFileMessage(kinds: AnyKind[]): string {
  const places = kinds.map((kind, index) => `${kind.noun}${index === 0 ? ' staat' : ''} in ${kind.path}`);
  return `dit bestand hoort bij geen enkele soort inhoud en komt dus niet op de site; ${places.join(', ')}`;
}

/** All files under `dir`, as paths relative to it with forward slashes, sorted. */
function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix))
    .sort()
    .flatMap((name) => {
      const path = prefix ? `${prefix}/${name}` : name;
      return statSync(join(dir, path)).isDirectory() ? listFiles(dir, path) : [path];
    });
}
