import { isAbsolute, relative, sep } from 'node:path';
import { isPattern, KIND_KEYS, kindOf, type AnyKind, type CollectionName, type KindKey } from '../content-kinds.ts';
import { CONTENT_DIR } from '../validation/layout.ts';
import { filesOf, type AnyEntry, type ContentSet } from '../validation/content-set.ts';

export type { CollectionName } from '../content-kinds.ts';

/** One entry of a collection, as the content model gives it: before Markdown is rendered. */
export interface CollectionEntry {
  /** Unique within the collection; per-year pages use their path: "2020/domeinen/gezondheid". */
  id: string;
  data: Record<string, unknown>;
  /** The file it comes from, relative to the project root ("content/2020/domeinen/gezondheid.md"). */
  filePath: string;
  /** The Markdown text under the frontmatter, for Markdown files. */
  body?: string;
}

/** The collections of src/content.config.ts, one per kind of content, each with its entries in the model. */
export const COLLECTIONS = Object.fromEntries(
  KIND_KEYS.map((key) => [kindOf(key).collection, (content: ContentSet) => collectionEntries(content, key)]),
) as Record<CollectionName, (content: ContentSet) => CollectionEntry[]>;

/**
 * The entries of one kind. A list file (bronnen.yaml) gives one entry per item, by its id; any other
 * file is one entry. Its id is its path without extension ("2020/domeinen/gezondheid"), or, for a
 * kind with one file per year or per document, that year or document ("2020", "bedrijfsplan-2015");
 * a kind of one file is known by its collection's name ("betalen").
 */
function collectionEntries(content: ContentSet, key: KindKey): CollectionEntry[] {
  const kind = kindOf(key);
  return filesOf(content, key).flatMap((file) =>
    kind.format === 'list' ? listItems(file) : [fileEntry(file, isPattern(kind) ? entryId(kind, file) : kind.collection)],
  );
}

function entryId(kind: AnyKind, file: AnyEntry): string {
  const placeholders = kind.path.match(/<[a-z]+>/g) ?? [];
  return placeholders.length > 1 ? file.name.replace(/\.[^./]+$/, '') : String(file.slug);
}

/** A file that is a list of items with an `id` (bronnen.yaml and the like): one entry per item. */
function listItems(file: AnyEntry): CollectionEntry[] {
  return (file.data as { id: string }[]).map((item) => ({ id: item.id, data: item, filePath: filePath(file) }));
}

/** A file that is one entry. */
function fileEntry(file: AnyEntry, id: string): CollectionEntry {
  return {
    id,
    data: file.data as Record<string, unknown>,
    filePath: filePath(file),
    ...(file.body === undefined ? {} : { body: file.body }),
  };
}

/** Relative to the project, as Astro wants it, also for a content folder elsewhere (CONTENT_DIR). */
function filePath(file: AnyEntry): string {
  const dir = isAbsolute(CONTENT_DIR) ? relative(process.cwd(), CONTENT_DIR).split(sep).join('/') : CONTENT_DIR;
  return `${dir}/${file.name}`;
}
