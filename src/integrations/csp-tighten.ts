import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tightenPolicy } from '../lib/csp.ts';

/** After the build, each page's Content-Security-Policy names only the inline code that page has. */
export default function cspTighten(): AstroIntegration {
  return {
    name: 'twente-begroting:csp',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = (readdirSync(root, { recursive: true }) as string[]).filter((file) => file.endsWith('.html'));
        for (const file of pages) {
          const path = join(root, file);
          const html = readFileSync(path, 'utf8');
          const tightened = tightenPolicy(html);
          if (tightened !== html) writeFileSync(path, tightened);
        }
        logger.info(`Content-Security-Policy per pagina: ${pages.length} pagina's`);
      },
    },
  };
}
