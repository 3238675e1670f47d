/**
 * The site's addresses while rendering. src/lib/paths.ts builds every path within the site from the
 * thing it shows; this module adds the base path the site is built for (Astro's `base`, through
 * `import.meta.env.BASE_URL`), so a page written with `href(domainPath(2020, 'gezondheid'))` links
 * to /2020/domeinen/gezondheid/ at a domain root and to /twente-begroting/2020/domeinen/gezondheid/
 * under a base path. Pages, components, layouts and client scripts use this module; nothing adds the
 * base path after the build.
 *
 * Keep data in paths (without the base path: they compare with `pagePath`) and call `href` where a
 * link is written: in an `href`, `action` or `src` attribute, or in a client script.
 */
import { coalitionPath, domainPath, normaliseBase, pillarPath, themePath, underBase, withoutBase } from './lib/paths.ts';

export * from './lib/paths.ts';

/** The base path of this build: "/" or "/twente-begroting/". */
export const basePath = (): string => normaliseBase(import.meta.env.BASE_URL);

/** A path within the site as a link: with the base path in front. */
export const href = (path: string): string => underBase(path, basePath());

/** The full address of a path within the site (Astro's `site` in front), for canonical links and link previews. */
export function absoluteUrl(path: string, site: string | URL | undefined = import.meta.env.SITE): string {
  if (!site) throw new Error('absoluteUrl: set `site` in astro.config.mjs');
  return new URL(href(path), site).href;
}

/** The path within the site of the page being rendered (Astro.url.pathname without the base path). */
export const pagePath = (url: URL): string => withoutBase(url.pathname, basePath());

/** A domain, coalition, theme or pillar of a year, as the content collections give it (id "2020/domeinen/gezondheid"). */
interface PerYearEntry {
  collection: 'domeinen' | 'coalities' | 'themas' | 'pijlers';
  id: string;
  data: { jaar: number };
}

/** The page of a domain, coalition, theme or pillar entry. */
export function entryPath(entry: PerYearEntry): string {
  const slug = entry.id.slice(entry.id.lastIndexOf('/') + 1);
  const path = { domeinen: domainPath, coalities: coalitionPath, themas: themePath, pijlers: pillarPath }[entry.collection];
  return path(entry.data.jaar, slug);
}
