// The site's own words, for spelling suggestions on the search page (src/lib/search-query.ts): every
// word of the indexed text, from the most to the least used. Written by the build next to the index,
// in small files by the first two letters, so the search page loads only those of the words typed:
// a misspelling is looked for among the words that start as it does.

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

/** The file a word's look-alikes are in: its first two letters, or "_" for a word that starts otherwise (a digit, an accent). */
export function bucketOf(word: string): string {
  const start = word.toLowerCase().slice(0, 2);
  return /^[a-z]{2}$/.test(start) ? start : '_';
}

/** The words by file (see bucketOf), each in the order of `words`. */
export function wordBuckets(words: readonly string[]): Record<string, string[]> {
  const buckets: Record<string, string[]> = {};
  for (const word of words) (buckets[bucketOf(word)] ??= []).push(word);
  return buckets;
}
