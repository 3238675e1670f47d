/**
 * The years the site header links to, and where the reader is among them. Every year when there are
 * few; otherwise the newest ones and the year of the page being read, with a link to the list of all
 * years (`more`).
 */
export interface YearLink {
  year: number;
  path: string;
  /** "page" on the year's own page, "location" on a page within that year, undefined elsewhere. */
  current: 'page' | 'location' | undefined;
}

export function yearNavigation(
  years: readonly number[],
  currentPath: string,
  pathOf: (year: number) => string,
  max: number,
): { links: YearLink[]; more: boolean } {
  const all = [...new Set(years)].sort((a, b) => a - b);
  const currentOf = (year: number): YearLink['current'] => {
    const path = pathOf(year);
    if (currentPath === path) return 'page';
    return currentPath.startsWith(path) ? 'location' : undefined;
  };
  const here = all.find((year) => currentOf(year) !== undefined);
  let shown = all;
  if (all.length > max) {
    const newest = all.slice(-(max - 1));
    shown = here === undefined || newest.includes(here) ? newest : [here, ...newest.slice(1)];
  }
  return { links: shown.map((year) => ({ year, path: pathOf(year), current: currentOf(year) })), more: shown.length < all.length };
}
