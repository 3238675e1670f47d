import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The paths in a sitemap or sitemap index, sorted: "/2020/domeinen/gezondheid/". */
export function sitemapPaths(xml: string): string[] {
  return [...xml.matchAll(/<loc>https?:\/\/[^/<]+(\/[^<]*)<\/loc>/g)].map(([, path]) => path ?? '').sort();
}

/**
 * The paths of every page in a built site's sitemap: sitemap-index.xml (written by @astrojs/sitemap)
 * and the parts it lists (sitemap-0.xml, ...), which lie next to it in `dist`.
 */
export function builtSitemapPaths(dist: string): string[] {
  const parts = sitemapPaths(readFileSync(join(dist, 'sitemap-index.xml'), 'utf8')).map((path) => path.slice(path.lastIndexOf('/') + 1));
  return parts.flatMap((part) => sitemapPaths(readFileSync(join(dist, part), 'utf8'))).sort();
}

/**
 * The paths of the embed pages (/insluiten/<grafiek>/): not in the sitemap, but other sites frame
 * them, so they must keep working like any shared link.
 */
export function builtEmbedPaths(dist: string): string[] {
  const folder = join(dist, 'insluiten');
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => existsSync(join(folder, name, 'index.html')))
    .map((name) => `/insluiten/${name}/`)
    .sort();
}

/** Every public URL a shared link may point at: the pages in the sitemap and the embed pages. */
export function builtPublicPaths(dist: string): string[] {
  return [...builtSitemapPaths(dist), ...builtEmbedPaths(dist)].sort();
}

/** The addresses in a manifest (docs/urls.txt): one per line; empty lines and # comments are not addresses. */
export function manifestUrls(manifest: string): string[] {
  return manifest
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

/**
 * The manifest after a build: every address it had, and every address built since, sorted, one per line.
 * It only grows: an address that is no longer built stays, so the test that every address in it still
 * leads somewhere keeps asking for a redirect (`oudeAdressen`) instead of forgetting the address.
 */
export function grownManifest(manifest: string, built: readonly string[]): string {
  const urls = [...new Set([...manifestUrls(manifest), ...built])].sort();
  return `${urls.join('\n')}\n`;
}

/** URLs in the manifest that the build no longer produces. */
export function missingUrls(manifest: string, built: readonly string[]): string[] {
  const present = new Set(built);
  return manifestUrls(manifest).filter((path) => !present.has(path));
}

/** The old addresses in a `_redirects` file ("/oud/ /nieuw/ 301"): they still lead somewhere. */
export function redirectedPaths(redirects: string): string[] {
  return redirects
    .split('\n')
    .map((line) => line.trim().split(/\s+/)[0] ?? '')
    .filter((path) => path.startsWith('/'));
}
