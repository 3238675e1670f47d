import type { Loader, LoaderContext } from 'astro/loaders';
import type { z } from 'astro/zod';
import { contentErrorsError, contentModel, type ContentModel } from '../validation/content-model.ts';
import { contentFolder } from '../validation/layout.ts';
import { COLLECTIONS, type CollectionEntry, type CollectionName } from './collection-entries.ts';
import { whenContentChanges } from './watch-content.ts';

/**
 * Fills one collection from the content model (src/validation/content-model.ts): every file in
 * content/ is read with one YAML parser and checked with the schemas and the rules across files,
 * once for all collections. The schema here only gives the collection its types; the data in the
 * store has already passed it.
 *
 * In a build, any content error stops the build with every error at once. In `astro dev` the
 * collections take every valid file and keep the last valid version of a broken one; the terminal
 * lists the errors, and each page shows them in Astro's error overlay until the file is fixed
 * (src/integrations/content-errors-dev.ts).
 */
export function contentLoader<S extends z.ZodType>(name: CollectionName, schema: S): Loader & { schema: S } {
  return {
    name: `begroting:${name}`,
    schema,
    load: async (context) => {
      const dir = contentDir(context);
      await fill(name, contentModel(dir), context);
      whenContentChanges(context, dir, name, () => fill(name, contentModel(dir), context));
    },
  };
}

function contentDir(context: LoaderContext): string {
  return contentFolder(context.config.root);
}

async function fill(name: CollectionName, model: ContentModel, context: LoaderContext): Promise<void> {
  // Without a watcher this is a build (or `astro sync`): any error stops it.
  if (model.errors.length > 0 && !context.watcher) throw contentErrorsError(model.errors);
  const entries = COLLECTIONS[name](model.content);
  for (const entry of entries) await store(entry, context);
  // In dev, while a file has errors, its entry keeps its last valid version; once the content is in
  // order, the collection holds exactly what content/ holds.
  if (model.errors.length === 0) {
    const current = new Set(entries.map((entry) => entry.id));
    for (const id of context.store.keys()) if (!current.has(id)) context.store.delete(id);
  }
  // A collection without entries (most years have no bijdragen.yaml) must still exist: Astro warns
  // about every query of a collection it does not know. Adding and removing an entry creates it.
  if (context.store.keys().length === 0) {
    context.store.set({ id: EMPTY, data: {} });
    context.store.delete(EMPTY);
  }
}

const EMPTY = '(leeg)';

async function store(entry: CollectionEntry, context: LoaderContext): Promise<void> {
  const digest = context.generateDigest(JSON.stringify([entry.data, entry.body ?? null]));
  // Astro keeps the store between builds (node_modules/.astro): an unchanged text is not rendered again.
  if (context.store.get(entry.id)?.digest === digest) return;
  const rendered =
    entry.body === undefined
      ? undefined
      : await context.renderMarkdown(entry.body, { fileURL: new URL(entry.filePath, context.config.root) });
  context.store.set({ ...entry, digest, ...(rendered ? { rendered } : {}) });
}
