import { KIND_KEYS, kindOf } from '../content-kinds.ts';
import { filesOf, type ContentSet, type ListKey } from '../validation/content-set.ts';
import {
  aboutPath,
  accessibilityPath,
  coalitionsPath,
  documentsPath,
  domainsPath,
  embedsPath,
  glossaryPath,
  homePath,
  municipalitiesPath,
  notFoundPath,
  openDataPath,
  organisationPath,
  scenariosPath,
  searchPath,
  yearPath,
  yearsPath,
  adminPath,
  subjectPath,
  subjectsPath,
} from './paths.ts';

/** An old address that now leads to a page's current address. */
export interface Redirect {
  from: string;
  to: string;
  /** The content file that declares it, for error messages. */
  file: string;
}

/** A page of the site that a content file makes. */
export interface ContentPage {
  url: string;
  /** Its old addresses (`oudeAdressen`), which redirect to it. */
  oldUrls: string[];
  /** The file that makes it, for error messages. */
  file: string;
}

/**
 * Every page of the site that a content file makes (each kind of content with a page in
 * src/content-kinds.ts), with its current address and its old ones. A list such as gemeenten.yaml
 * makes a page per item id, read even when another item is invalid.
 */
export function contentPages(content: ContentSet): ContentPage[] {
  return KIND_KEYS.flatMap((key) => {
    const kind = kindOf(key);
    const { page } = kind;
    if (!page) return [];
    if (kind.format === 'list') {
      const ids = content.knownIds[key as ListKey] ?? [];
      return ids.map((id) => ({ url: page({ name: id }), oldUrls: [], file: kind.path }));
    }
    return filesOf(content, key).map((entry) => ({
      url: page({ year: entry.folderYear, name: entry.slug }),
      oldUrls: kind.oldUrls ? ((entry.data as { oudeAdressen?: string[] }).oudeAdressen ?? []) : [],
      file: entry.file,
    }));
  });
}

/**
 * Every address at which the site has a page, or may have one without new content files: an old address
 * (`oudeAdressen`) may be none of these, or its redirect would replace a live page. The content's own
 * pages, the pages the site has once (/over/, /zoeken/, ...; /organisatie/ and /begrippen/ also while
 * their content is missing), and per year folder its year page, its lists of domains and coalitions and
 * its scenarios, also while that year has none (they appear as soon as it has).
 * Every address under /insluiten/ is an embed page's (see `isLivePage`).
 * tests/build/redirects-live.test.ts checks that every page of a build is among them.
 */
export function livePages(content: ContentSet): Set<string> {
  const once = [
    homePath(),
    yearsPath(),
    municipalitiesPath(),
    documentsPath(),
    organisationPath(),
    glossaryPath(),
    openDataPath(),
    searchPath(),
    aboutPath(),
    accessibilityPath(),
    notFoundPath(),
    adminPath(),
    subjectsPath(),
    ...(content.connections?.data ?? []).map((subject) => subjectPath(subject.id)),
  ];
  const perYear = [...content.yearFolders].flatMap((year) => [
    yearPath(year),
    domainsPath(year),
    coalitionsPath(year),
    scenariosPath(year),
  ]);
  return new Set([...once, ...perYear, ...contentPages(content).map((page) => page.url)]);
}

/**
 * True for an address with a page (`livePages`), and for every address under /insluiten/: the embed
 * pages come from the content and the code together (src/data/embeds.ts), and other sites frame them.
 */
export function isLivePage(url: string, live: ReadonlySet<string>): boolean {
  return live.has(url) || url.startsWith(embedsPath());
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
