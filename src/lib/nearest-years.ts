/**
 * The `count` items whose year lies nearest to `year` (on a tie, the earlier year first), returned
 * in year order. Used where a page shows a few years around its own instead of all of them.
 */
export function nearestYears<T>(items: readonly T[], year: number, count: number, yearOf: (item: T) => number): T[] {
  return [...items]
    .sort((a, b) => Math.abs(yearOf(a) - year) - Math.abs(yearOf(b) - year) || yearOf(a) - yearOf(b))
    .slice(0, count)
    .sort((a, b) => yearOf(a) - yearOf(b));
}
