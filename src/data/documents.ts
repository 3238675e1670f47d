import { getCollection } from 'astro:content';

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

/** The key figures of a document, or undefined when it has none (not every document has figures). */
export async function getDocumentFigures(id: string) {
  return (await getCollection('cijfers', (entry) => entry.id === id))[0];
}
