import type { AstroIntegration } from 'astro';
import { normaliseBase, underBase } from '../lib/paths.ts';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Pages that are not for search engines. */
const EXCLUDED = new Set(['404/', '404.html', 'zoeken/']);

/**
 * Writes sitemap.xml (every public page) and robots.txt (pointing to it) into dist/ after the
 * build, from the pages Astro actually built, so the list can never drift from the site.
 */
export default function sitemap(): AstroIntegration {
  let site: URL | undefined;
  let base = '/';
  return {
    name: 'twente-begroting:sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ? new URL(config.site) : undefined;
        base = normaliseBase(config.base);
      },
      'astro:build:done': ({ dir, pages, logger }) => {
        if (!site) throw new Error('sitemap: set `site` in astro.config.mjs');
        const urls = pages
          .map((page) => page.pathname)
          .filter((path) => !EXCLUDED.has(path))
          .map((path) => new URL(underBase(path, base), site).href)
          .sort();
        const xml = [
          '<?xml version="1.0" encoding="UTF-8"?>',
          '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
          ...urls.map((url) => `  <url><loc>${url}</loc></url>`),
          '</urlset>',
          '',
        ].join('\n');
        const out = fileURLToPath(dir);
        writeFileSync(`${out}sitemap.xml`, xml);
        writeFileSync(`${out}robots.txt`, `User-agent: *\nAllow: /\n\nSitemap: ${new URL(underBase('/sitemap.xml', base), site).href}\n`);
        logger.info(`sitemap.xml: ${urls.length} pagina's`);
      },
    },
  };
}
