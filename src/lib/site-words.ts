// The site's own words, for spelling suggestions on the search page (src/lib/search-query.ts): every
// word of the indexed text, from the most to the least used. Written by the build next to the index.

/** Words shorter than this are never suggested: too many short words are one letter apart. */
const MIN_LENGTH = 4;

/** The words of the texts, lower case, from the most used to the least (ties alphabetically); no numbers, no short words. */
export function siteWords(texts: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const word of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
      if (word.length < MIN_LENGTH || /\d/.test(word)) continue;
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  return [...counts].sort(([a, countA], [b, countB]) => countB - countA || a.localeCompare(b, 'nl')).map(([word]) => word);
}
