import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

import { DIST } from '../../scripts/lib/page-assets.ts';
import { visibleText } from './visible-text.ts';

export { DIST };

/** Fails early with a clear message when the site has not been built. */
export function requireDist(): void {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/ is missing: run `npm run build` first.');
}

/** Every HTML file in dist/, as paths relative to dist/. */
export function htmlFiles(dir = DIST): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [relative(DIST, path)] : [];
  });
}

/** The URL path a file in dist/ is served at: "2020/index.html" is "/2020/". */
export function urlOf(file: string): string {
  return `/${file.replace(/index\.html$/, '')}`;
}

/** The embed pages' folder (src/lib/paths.ts embedsPath): a chart on its own, for other sites' frames. */
const EMBEDS = '/insluiten/';
/** The browser CMS for staff (src/lib/paths.ts adminPath): a tool, not a page of the site. */
const ADMIN = '/beheer/';

/**
 * Every page of the site (all HTML files except the 404 page, the embed pages and the browser CMS),
 * sorted. The embed pages are not pages of the site: no header, menu or footer, not in the sitemap;
 * see embedUrls(). Nor is /beheer/, the staff's CMS (tests/browser/beheer.test.ts).
 */
export function pageUrls(): string[] {
  return htmlFiles()
    .filter((file) => file !== '404.html')
    .map(urlOf)
    .filter((url) => !url.startsWith(EMBEDS) && url !== ADMIN)
    .sort();
}

/** Every embed page (/insluiten/<slug>/), sorted. */
export function embedUrls(): string[] {
  return htmlFiles()
    .map(urlOf)
    .filter((url) => url.startsWith(EMBEDS))
    .sort();
}

export function readPage(url: string): string {
  const file = url.endsWith('/') ? `${url}index.html` : url;
  return readFileSync(join(DIST, file), 'utf8');
}

/**
 * The page's visible text (tests/helpers/visible-text.ts) as one string, all whitespace (also no-break
 * spaces) as one space: what a visitor reads, without scripts, drawings or text hidden from everyone.
 */
export function textOf(html: string): string {
  return visibleText(html).text;
}
