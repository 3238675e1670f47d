import type { ContentSet } from '../validation/load-content.ts';
import { coalitionPath, documentPath, domainPath, pillarPath, themePath } from './paths.ts';

/** An old address that now leads to a page's current address. */
export interface Redirect {
  from: string;
  to: string;
  /** The content file that declares it, for error messages. */
  file: string;
}

/** Every page of the site that a content file makes, with its current address and its old ones. */
export function contentPages(content: ContentSet): { url: string; oldUrls: string[]; file: string }[] {
  const perYear =
    (path: (jaar: number, slug: string) => string) =>
    (entry: { folderYear: number; slug: string; file: string; data: { oudeAdressen?: string[] | undefined } }) => ({
      url: path(entry.folderYear, entry.slug),
      oldUrls: entry.data.oudeAdressen ?? [],
      file: entry.file,
    });
  return [
    ...content.domains.map(perYear(domainPath)),
    ...content.coalitions.map(perYear(coalitionPath)),
    ...content.themes.map(perYear(themePath)),
    ...content.pillars.map(perYear(pillarPath)),
    ...content.documents.map((entry) => ({ url: documentPath(entry.slug), oldUrls: entry.data.oudeAdressen ?? [], file: entry.file })),
  ];
}

/** The redirects that the content's `oudeAdressen` fields ask for, sorted by old address. */
export function collectRedirects(content: ContentSet): Redirect[] {
  return contentPages(content)
    .flatMap((page) => page.oldUrls.map((from) => ({ from, to: page.url, file: page.file })))
    .sort((a, b) => a.from.localeCompare(b.from));
}

/** A `_redirects` file (Netlify, Cloudflare Pages and others): permanent redirects, one per line. */
export function redirectsFile(redirects: readonly Redirect[]): string {
  return redirects.map(({ from, to }) => `${from} ${to} 301\n`).join('');
}
