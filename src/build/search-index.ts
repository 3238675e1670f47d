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
    name: 'twente-begroting:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const fail = (step: string, errors: string[]) => {
          throw new AstroError(`De zoekindex kon niet worden gemaakt (${step}): ${errors.join('; ')}`, 'Zie de melding van pagefind hierboven.');
        };
        const { index, errors } = await pagefind.createIndex({});
        if (!index || errors.length > 0) fail('starten', errors);
        const added = await index!.addDirectory({ path: site });
        if (added.errors.length > 0) fail('pagina’s lezen', added.errors);
        if (added.page_count === 0) fail('pagina’s lezen', ['geen enkele pagina met data-pagefind-body gevonden']);
        const written = await index!.writeFiles({ outputPath: `${site}pagefind` });
        if (written.errors.length > 0) fail('schrijven', written.errors);
        await pagefind.close();
        // The site has its own search page; pagefind's ready-made UI files are never loaded.
        for (const name of readdirSync(written.outputPath)) {
          if (/^pagefind-(.*ui|highlight)\.(js|css)$/.test(name)) rmSync(join(written.outputPath, name));
        }
        logger.info(`Zoekindex: ${added.page_count} pagina's in ${written.outputPath}`);
      },
    },
  };
}
