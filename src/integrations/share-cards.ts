import type { AstroIntegration } from 'astro';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderCard } from '../lib/og-card.ts';
import { cardPath, takeCardText } from '../lib/share-card.ts';

/**
 * After the build, draws each page's preview image (PNG, 1200×630) for links shared on social
 * media and in chat apps: the page's kind and year, its title and its headline amount.
 */
export default function shareCards(): AstroIntegration {
  let host = '';
  return {
    name: 'twente-begroting:deelkaarten',
    hooks: {
      'astro:config:done': ({ config }) => {
        host = config.site ? new URL(config.site).host : '';
      },
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const started = performance.now();
        let count = 0;
        for (const file of (readdirSync(root, { recursive: true }) as string[]).filter((name) => name.endsWith('.html'))) {
          const path = join(root, file);
          const taken = takeCardText(readFileSync(path, 'utf8'));
          if (!taken) continue;
          writeFileSync(path, taken.html);
          const pathname = `/${file.split(sep).join('/')}`.replace(/index\.html$/, '');
          const out = join(root, cardPath(pathname));
          mkdirSync(dirname(out), { recursive: true });
          const { kicker, title, headline } = taken.card;
          writeFileSync(out, renderCard({ kicker, title, ...(headline ? { headline } : {}), footer: `${host} · Twente begroting` }));
          count += 1;
        }
        logger.info(`${count} deelkaarten in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
