/**
 * The site can live at a domain root (/) or under a path such as /twente-begroting/ (GitHub Pages):
 * one setting, BASE_PATH, when building. Pages and components write root-relative links
 * ("/2020/"); after the build, these helpers put the base path in front of them.
 */

/** "twente-begroting" or "/twente-begroting" → "/twente-begroting/"; empty → "/". */
export function normaliseBase(base: string | undefined): string {
  const trimmed = (base ?? '').replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** A root-relative path under the base path: "/2020/" under "/twente-begroting/" is "/twente-begroting/2020/". */
export function underBase(path: string, base: string): string {
  return `${base}${path.replace(/^\//, '')}`;
}

/** The path within the site, without the base path in front (a path outside the base stays as it is). */
export function withoutBase(path: string, base: string): string {
  return path.startsWith(base) ? `/${path.slice(base.length)}` : path;
}

/** The root-relative URLs in a built page (href, src, action, meta refresh), with the base path in front. */
export function withBasePath(html: string, base: string): string {
  if (base === '/') return html;
  const prefix = base.slice(0, -1);
  return html
    .replace(/\b(href|src|action)="(\/(?!\/)[^"]*)"/g, (match, attribute: string, url: string) =>
      url.startsWith(base) ? match : `${attribute}="${prefix}${url}"`,
    )
    .replace(/(<meta http-equiv="refresh" content="\d+;\s*url=)(\/(?!\/)[^"]*)"/g, (match, start: string, url: string) =>
      url.startsWith(base) ? match : `${start}${prefix}${url}"`,
    );
}
