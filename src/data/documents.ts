import { getCollection, getEntry } from 'astro:content';

export const documentUrl = (id: string) => `/documenten/${id}/`;

/** Every source document, oldest first, with its page and key figures where the content has them. */
export async function getDocuments() {
  const [sources, pages, figures] = await Promise.all([getCollection('bronnen'), getCollection('documenten'), getCollection('cijfers')]);
  return sources
    .sort((a, b) => a.data.datum.localeCompare(b.data.datum))
    .map((source) => ({
      source,
      page: pages.find((page) => page.id === source.id),
      figures: figures.find((entry) => entry.id === source.id),
    }));
}

export async function getDocumentFigures(id: string) {
  return getEntry('cijfers', id);
}
