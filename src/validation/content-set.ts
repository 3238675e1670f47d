// The content model's shape: every valid file of every kind of content (src/content-kinds.ts), as
// src/validation/load-content.ts reads it and the rules, loaders and redirects use it.
import type { z } from 'astro/zod';
import type { KindKey, Kinds } from '../content-kinds.ts';
import type { LoadedFile } from './load-file.ts';

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
export type ListKey = { [K in KindKey]: Kinds[K]['format'] extends 'list' ? K : never }[KindKey];

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
