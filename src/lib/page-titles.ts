/**
 * What every page is called: its title and its kind, year and key figure. src/data/page-titles.ts lists
 * every page of the site once; the layouts take a page's <title>, its Open Graph title and its search
 * metadata from that list (src/components/PageHead.astro writes the <head>), and the preview cards
 * (src/data/share-cards.ts) are drawn from it. Pure: the list's key, its checks and the <title>.
 */
import { cardName } from './paths.ts';
import type { CardSubject } from './share-card.ts';

/** The file that lists every page: a new page gets its line there. */
export const PAGE_LIST_FILE = 'src/data/page-titles.ts';

/**
 * A page as the list names it: its preview card's subject (title, kind, the year as titles name it, key figure),
 * with the page's year for the search index (src/components/SearchMeta.astro). A page of the site
 * (src/layouts/BaseLayout.astro) with a kind is in the search index under that kind; an embedded chart's kind
 * ("Grafiek") is on its card only.
 */
export interface PageTitle extends CardSubject {
  year?: number | undefined;
}

/**
 * The key of a page in the list: the name of its preview card ("2020/domeinen/gezondheid", "home"), the
 * same for "/404", "/404/" and "/404.html".
 */
export const pageKey = (path: string): string => cardName(path);

/** The list from (path, page) pairs, by key; fails when two paths name one page. */
export function pageTitleList(pages: Iterable<readonly [string, PageTitle]>): ReadonlyMap<string, PageTitle> {
  const list = new Map<string, PageTitle>();
  for (const [path, page] of pages) {
    const key = pageKey(path);
    if (list.has(key)) throw new Error(`Page ${path} is listed twice in ${PAGE_LIST_FILE}`);
    list.set(key, page);
  }
  return list;
}

/** The page at `path` in the list; fails (and so stops the build) for a page that is not listed. */
export function findPageTitle(list: ReadonlyMap<string, PageTitle>, path: string): PageTitle {
  const page = list.get(pageKey(path));
  if (!page) throw new Error(`No title for the page ${path}: add the page to ${PAGE_LIST_FILE}`);
  return page;
}

/**
 * The <title> of a page of the site (`siteName` from content/site.yaml): "Gezondheid 2020 | Twente begroting",
 * the site's name alone on the home page, whose title is that name.
 */
export const siteTitle = (title: string, siteName: string): string => (title === siteName ? title : `${title} | ${siteName}`);
