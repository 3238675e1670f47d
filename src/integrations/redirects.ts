import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { normaliseBase, underBase } from '../lib/paths.ts';
import { collectRedirects, redirectsFile, type Redirect } from '../lib/redirects.ts';
import { contentModel } from '../validation/content-model.ts';
import { contentFolder } from '../validation/layout.ts';

/**
 * The old addresses in the content (`oudeAdressen`) become redirects: Astro writes a small page at
 * each old address, and this step adds a `_redirects` file for hosts that read one. The content
 * comes from the same model as the collections (src/validation/content-model.ts), read once; its
 * errors are reported by the collections' loader, so a broken file only drops its own redirects here.
 */
export default function redirects(): AstroIntegration {
  let found: Redirect[] = [];
  let base = '/';
  return {
    name: 'begroting:redirects',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        // The same folder, written the same way, as the collections' loader: the model is read once.
        const { content } = contentModel(contentFolder(config.root));
        found = collectRedirects(content);
        if (found.length > 0) {
          // Astro writes the destination as given: it needs the base path.
          const base = normaliseBase(config.base);
          updateConfig({
            redirects: Object.fromEntries(found.map(({ from, to }) => [from, { status: 301, destination: underBase(to, base) }])),
          });
        }
      },
      'astro:config:done': ({ config }) => {
        base = normaliseBase(config.base);
      },
      'astro:build:done': ({ dir }) => {
        const moved = found.map((redirect) => ({ ...redirect, from: underBase(redirect.from, base), to: underBase(redirect.to, base) }));
        writeFileSync(fileURLToPath(new URL('_redirects', dir)), redirectsFile(moved));
      },
    },
  };
}
