import { isAbsolute, relative, sep } from 'node:path';
import { CONTENT_DIR } from '../validation/layout.ts';
import type { ContentFile, ContentSet } from '../validation/load-content.ts';

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

/** The collections of src/content.config.ts, each with where its entries come from in the model. */
export const COLLECTIONS = {
  bronnen: (content: ContentSet) => listItems(content.sources),
  gemeenten: (content: ContentSet) => listItems(content.municipalities),
  organisaties: (content: ContentSet) => listItems(content.organisations),
  begrippen: (content: ContentSet) => listItems(content.glossary),
  tijdlijn: (content: ContentSet) => listItems(content.timeline),
  verbanden: (content: ContentSet) => listItems(content.connections),
  betalen: (content: ContentSet) => (content.payment ? [fileEntry(content.payment, 'betalen')] : []),
  jaren: (content: ContentSet) => content.years.map((entry) => fileEntry(entry, String(entry.folderYear))),
  bijdragen: (content: ContentSet) => content.contributions.map((entry) => fileEntry(entry, String(entry.folderYear))),
  inwoners: (content: ContentSet) => content.population.map((entry) => fileEntry(entry, String(entry.folderYear))),
  domeinen: (content: ContentSet) => content.domains.map((entry) => fileEntry(entry, `${entry.folderYear}/domeinen/${entry.slug}`)),
  coalities: (content: ContentSet) => content.coalitions.map((entry) => fileEntry(entry, `${entry.folderYear}/coalities/${entry.slug}`)),
  themas: (content: ContentSet) => content.themes.map((entry) => fileEntry(entry, `${entry.folderYear}/themas/${entry.slug}`)),
  agenda: (content: ContentSet) => content.agendaParts.map((entry) => fileEntry(entry, `${entry.folderYear}/agenda/${entry.slug}`)),
  pijlers: (content: ContentSet) => content.pillars.map((entry) => fileEntry(entry, `${entry.folderYear}/pijlers/${entry.slug}`)),
  kerntaken: (content: ContentSet) => content.coreTasks.map((entry) => fileEntry(entry, String(entry.folderYear))),
  documenten: (content: ContentSet) => content.documents.map((entry) => fileEntry(entry, entry.slug)),
  cijfers: (content: ContentSet) => content.figures.map((entry) => fileEntry(entry, entry.slug)),
} satisfies Record<string, (content: ContentSet) => CollectionEntry[]>;

export type CollectionName = keyof typeof COLLECTIONS;

/** A file that is a list of items with an `id` (bronnen.yaml and the like): one entry per item. */
function listItems(file: ContentFile<{ id: string }[]> | undefined): CollectionEntry[] {
  if (!file) return [];
  return file.data.map((item) => ({ id: item.id, data: item, filePath: filePath(file) }));
}

/** A file that is one entry. */
function fileEntry(file: ContentFile<object>, id: string): CollectionEntry {
  return {
    id,
    data: file.data as Record<string, unknown>,
    filePath: filePath(file),
    ...(file.body === undefined ? {} : { body: file.body }),
  };
}

/** Relative to the project, as Astro wants it, also for a content folder elsewhere (CONTENT_DIR). */
function filePath(file: ContentFile<unknown>): string {
  const dir = isAbsolute(CONTENT_DIR) ? relative(process.cwd(), CONTENT_DIR).split(sep).join('/') : CONTENT_DIR;
  return `${dir}/${file.name}`;
}
