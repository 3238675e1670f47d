/** The paths in a sitemap.xml, sorted: "/2020/domeinen/gezondheid/". */
export function sitemapPaths(xml: string): string[] {
  return [...xml.matchAll(/<loc>https?:\/\/[^/<]+(\/[^<]*)<\/loc>/g)].map(([, path]) => path ?? '').sort();
}

/** URLs in the manifest that the build no longer produces. */
export function missingUrls(manifest: string, built: readonly string[]): string[] {
  const present = new Set(built);
  return manifest
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .filter((path) => !present.has(path));
}

/** The old addresses in a `_redirects` file ("/oud/ /nieuw/ 301"): they still lead somewhere. */
export function redirectedPaths(redirects: string): string[] {
  return redirects
    .split('\n')
    .map((line) => line.trim().split(/\s+/)[0] ?? '')
    .filter((path) => path.startsWith('/'));
}
