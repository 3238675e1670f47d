import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { searchWordsPath } from '../lib/paths.ts';
import { siteWords, wordBuckets } from '../lib/site-words.ts';

/**
 * What the index leaves out besides the elements marked data-pagefind-ignore: the rows of tables.
 * Their cells read as one run of words in a result's excerpt ("Almelo doet mee. niet genoemd."); a
 * table's caption, and the text around it, say what it holds.
 */
export const EXCLUDED_FROM_INDEX = ['tr'];

/**
 * The language the index is built for. Not "nl": pagefind's Dutch stemmer cuts "geweld" to "wel", so
 * "geweld" found and marked "welzijn" and "welk". Without a stemmer the index finds each word that
 * starts with the word searched; the search page drops plural endings itself (src/lib/search-query.ts).
 */
export const INDEX_LANGUAGE = 'unknown';

/** Each indexed page's text, title and metadata, from pagefind's fragment files ("pagefind_dcd" and JSON, gzipped). */
function indexedTexts(output: string): string[] {
  const folder = join(output, 'fragment');
  return readdirSync(folder).map((name) => {
    const fragment = JSON.parse(
      gunzipSync(readFileSync(join(folder, name)))
        .toString('utf8')
        .replace(/^pagefind_dcd/, ''),
    ) as {
      content: string;
      meta: Record<string, string>;
    };
    return [fragment.content, ...Object.values(fragment.meta)].join(' ');
  });
}

/**
 * Builds the pagefind search index into dist/pagefind/ right after `astro build`, so a build always
 * leaves a complete site, with the site's own words beside it for spelling suggestions. Only
 * elements with data-pagefind-body are indexed (the content, not the navigation). Any indexing
 * error fails the build.
 */
export default function searchIndex(): AstroIntegration {
  return {
    name: 'begroting:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const fail = (step: string, errors: string[]) => {
          throw new AstroError(`The search index could not be built (${step}): ${errors.join('; ')}`, "See pagefind's message above.");
        };
        const { index, errors } = await pagefind.createIndex({ excludeSelectors: EXCLUDED_FROM_INDEX, forceLanguage: INDEX_LANGUAGE });
        if (!index || errors.length > 0) fail('starting', errors);
        const added = await index!.addDirectory({ path: site });
        if (added.errors.length > 0) fail('reading pages', added.errors);
        if (added.page_count === 0) fail('reading pages', ['no page with data-pagefind-body found']);
        const written = await index!.writeFiles({ outputPath: `${site}pagefind` });
        if (written.errors.length > 0) fail('writing', written.errors);
        await pagefind.close();
        // The site has its own search page; pagefind's ready-made UI files are never loaded.
        for (const name of readdirSync(written.outputPath)) {
          if (/^pagefind-(.*ui|highlight)\.(js|css)$/.test(name)) rmSync(join(written.outputPath, name));
        }
        const words = siteWords(indexedTexts(written.outputPath));
        for (const [bucket, bucketWords] of Object.entries(wordBuckets(words))) {
          const path = join(site, searchWordsPath(bucket));
          mkdirSync(dirname(path), { recursive: true });
          writeFileSync(path, JSON.stringify(bucketWords));
        }
        logger.info(`Search index: ${added.page_count} pages in ${written.outputPath}, ${words.length} words for suggestions`);
      },
    },
  };
}
