import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { adminPath, isEmbedPath, notFoundPath, searchPath, withoutBase } from '../lib/paths.ts';

/**
 * Pages that are not for search engines: the page for a missing address, the search page (its results are
 * not content) and the browser CMS for staff (/beheer/).
 */
const NOT_LISTED = new Set([notFoundPath(), searchPath(), adminPath()]);

/**
 * True when a page (its full address, as @astrojs/sitemap gives it) belongs in the sitemap of a site
 * built under `base`. Embed pages (/insluiten/) are not: they repeat a chart of another page, which is
 * their canonical address.
 */
export const listedInSitemap =
  (base: string) =>
  (page: string): boolean => {
    const path = withoutBase(new URL(page).pathname, base);
    return !NOT_LISTED.has(path) && !isEmbedPath(path);
  };

/**
 * The sitemap: @astrojs/sitemap lists every page Astro built (not the redirects for old addresses, not
 * the data files) in sitemap-index.xml and sitemap-0.xml, with the base path and `site` in front.
 * src/pages/sitemap.xml.ts keeps the address the sitemap had before; src/pages/robots.txt.ts points to it.
 */
export default function siteMap(base: string): AstroIntegration {
  return sitemap({ filter: listedInSitemap(base) });
}
