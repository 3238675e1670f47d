import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/**
 * Builds the pagefind search index into dist/pagefind/ right after `astro build`, so a build always
 * leaves a complete site. Only elements with data-pagefind-body are indexed (the content, not the
 * navigation); Dutch stemming follows <html lang="nl">. Any indexing error fails the build.
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
        const { index, errors } = await pagefind.createIndex({});
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
        logger.info(`Search index: ${added.page_count} pages in ${written.outputPath}`);
      },
    },
  };
}
