import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { withBasePath } from '../lib/base-path.ts';

/** When the site lives under a base path, puts it before every root-relative link of every page. */
export default function basePath(): AstroIntegration {
  let base = '/';
  return {
    name: 'twente-begroting:base-path',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir, logger }) => {
        if (base === '/') return;
        const root = fileURLToPath(dir);
        const pages = (readdirSync(root, { recursive: true }) as string[]).filter((file) => file.endsWith('.html'));
        for (const file of pages) {
          const path = join(root, file);
          writeFileSync(path, withBasePath(readFileSync(path, 'utf8'), base));
        }
        logger.info(`Adressen onder ${base}: ${pages.length} pagina's`);
      },
    },
  };
}
