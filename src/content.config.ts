import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { KIND_KEYS, KINDS, type KindKey, type Kinds } from './content-kinds.ts';
import { contentLoader } from './loaders/content-loader.ts';

// Every collection is filled from one reading of content/ (src/loaders/content-loader.ts), checked
// once with the schemas and the rules across files. There is one collection per kind of content
// (src/content-kinds.ts), named and typed by its entry there: getCollection('domeinen') gives the
// data of the domain schema. Entry ids follow the file paths, so a URL leads straight to its file:
// /2020/domeinen/gezondheid/ is content/2020/domeinen/gezondheid.md (id "2020/domeinen/gezondheid");
// a list file such as bronnen.yaml gives one entry per item id.
type KindCollections = { [K in KindKey as Kinds[K]['collection']]: { loader: Loader & { schema: Kinds[K]['schema'] } } };

function kindCollections(): KindCollections {
  return Object.fromEntries(
    KIND_KEYS.map((key) => {
      const { collection, schema } = KINDS[key];
      return [collection, defineCollection({ loader: contentLoader(collection, schema) })];
    }),
  ) as KindCollections;
}

export const collections = kindCollections();
