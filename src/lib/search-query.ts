// From a question as a resident types it ("wat kost de ggd") to the searches the search page runs in
// the index: question and stop words dropped, words that mean the same tried in turn, and a misspelt
// word replaced by the closest word of the site. The word lists are content (content/zoeken.yaml);
// the site's own words are written by the build (src/integrations/search-words.ts). Pure: the search
// page (src/browser/site-search.ts), the unit tests and the bench use it.
import { editDistance } from './edit-distance.ts';

/** The words of content/zoeken.yaml, as the search page receives them. */
export interface QueryWords {
  /** Words left out of a question: wat, hoe, de, het, ... */
  weglaten: readonly string[];
  /** Groups of words that mean the same for the search. */
  synoniemen: readonly (readonly string[])[];
  /** Kinds of page that go first when pages fit the question equally well. */
  voorrang?: readonly string[] | undefined;
}

/** The words as content/zoeken.yaml writes them (each group of synonyms an object with its `woorden`), for the search page. */
export function queryWordsOf(file: {
  weglaten: readonly string[];
  synoniemen: readonly { woorden: readonly string[] }[];
  voorrang?: readonly string[] | undefined;
}): QueryWords {
  return { weglaten: file.weglaten, synoniemen: file.synoniemen.map((group) => group.woorden), voorrang: file.voorrang };
}

/** How much more a result of a kind in `voorrang` counts. */
export const PREFERRED_FACTOR = 1.25;

/** One search to run in the index, and how much its results count. */
export interface PlannedSearch {
  terms: string;
  /** 1 for a search with every word of the question (or a synonym); less for one without a word. */
  weight: number;
}

/** How much a result of a search that leaves one word of the question out counts, against one with all words. */
export const RELAXED_WEIGHT = 0.5;
/** At most this many searches for one question: a long question with many synonyms stays quick. */
export const MAX_SEARCHES = 24;

/** The words of a query, in lower case, without the punctuation around them ("ggd?" is "ggd"; "18.165.000" stays). */
export function queryTokens(query: string): string[] {
  return query
    .toLowerCase()
    .split(/\s+/)
    .map((token) => token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((token) => token !== '');
}

/**
 * A word without a Dutch plural or inflection ending ("gemeenten" to "gemeent", "scenario's" to
 * "scenario", "huiselijke" to "huiselijk"), for searching: the index finds every word that starts with
 * it, so the singular and the plural both match. Short words stay as they are.
 */
export function lightStem(word: string): string {
  if (/\d/.test(word)) return word;
  // A stem keeps five letters or more, so a word of five letters or fewer stays as it is.
  const stem = word.replace(/('s|en|s|e)$/, '');
  return stem.length >= 5 ? stem : word;
}

/** True for a word that no word of the site starts with: the index cannot find it as typed. */
export function isUnknown(word: string, siteWords: readonly string[]): boolean {
  return !siteWords.some((known) => known.startsWith(word));
}

/** Letters a misspelling may differ by: one in a short word, two from eight letters on. */
const allowedDistance = (word: string) => (word.length >= 8 ? 2 : 1);

/**
 * The word of the site closest to a word no word of the site starts with ("huislijk" to
 * "huiselijk"), or undefined when the word is known, too short, a number, or nothing is close.
 * `siteWords` runs from the most to the least used, so of two equally close words the more common wins.
 */
export function correction(word: string, siteWords: readonly string[]): string | undefined {
  if (word.length < 4 || /\d/.test(word) || !isUnknown(word, siteWords)) return undefined;
  const limit = allowedDistance(word);
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const known of siteWords) {
    if (Math.abs(known.length - word.length) > limit) continue;
    const distance = editDistance(word, known);
    if (distance < bestDistance) [best, bestDistance] = [known, distance];
  }
  return best;
}

/** The query with each misspelt word replaced by its correction, or undefined when no word needs one. */
export function suggestion(query: string, words: QueryWords, siteWords: readonly string[]): string | undefined {
  const tokens = queryTokens(query);
  const dropped = new Set(words.weglaten);
  let changed = false;
  const corrected = tokens.map((token) => {
    const better = dropped.has(token) ? undefined : correction(token, siteWords);
    if (better) changed = true;
    return better ?? token;
  });
  return changed ? corrected.join(' ') : undefined;
}

/** Every combination of one alternative per slot, in order, at most `limit`. */
function combinations(slots: readonly (readonly string[])[], limit: number): string[] {
  let result: string[][] = [[]];
  for (const slot of slots) {
    result = result.flatMap((done) => slot.map((alternative) => [...done, alternative])).slice(0, limit);
  }
  return result.map((words) => words.join(' '));
}

/**
 * The searches for a question: every combination of the question's words and their synonyms (weight
 * 1), then, for a question of more words, the same without one of its words (RELAXED_WEIGHT), so a
 * page that has all but one word is still found. Stop words are left out unless the question has
 * nothing else. `corrections` replaces misspelt words (see `correction`).
 */
export function planSearches(query: string, words: QueryWords, corrections: ReadonlyMap<string, string> = new Map()): PlannedSearch[] {
  const tokens = queryTokens(query);
  const dropped = new Set(words.weglaten);
  const meaningful = tokens.filter((token) => !dropped.has(token));
  const kept = meaningful.length > 0 ? meaningful : tokens;
  const slots = kept.map((token) => {
    const word = corrections.get(token) ?? token;
    const group = words.synoniemen.find((synonyms) => synonyms.includes(word)) ?? [];
    return [...new Set([word, ...group].map(lightStem))];
  });
  const planned = new Map<string, number>();
  const add = (terms: string, weight: number) => {
    if (terms && planned.size < MAX_SEARCHES && !planned.has(terms)) planned.set(terms, weight);
  };
  for (const terms of combinations(slots, MAX_SEARCHES)) add(terms, 1);
  // For a question of one word, the search without it has no words, which `add` skips.
  slots.forEach((_, left) => {
    for (const terms of combinations(
      slots.filter((__, index) => index !== left),
      MAX_SEARCHES,
    ))
      add(terms, RELAXED_WEIGHT);
  });
  return [...planned].map(([terms, weight]) => ({ terms, weight }));
}

/** A result of one search: its page id and pagefind's score. */
export interface ScoredResult {
  id: string;
  score: number;
}

/**
 * The results of several searches as one list: each page once, with the best of its scores times
 * the weight of the search that found it (and PREFERRED_FACTOR for a page `preferred` says yes to),
 * the best first.
 */
export function mergeResults<R extends ScoredResult>(
  searches: readonly { weight: number; results: readonly R[] }[],
  preferred: (result: R) => boolean = () => false,
): R[] {
  const best = new Map<string, { result: R; score: number }>();
  for (const { weight, results } of searches) {
    for (const result of results) {
      const score = result.score * weight * (preferred(result) ? PREFERRED_FACTOR : 1);
      const known = best.get(result.id);
      if (!known || score > known.score) best.set(result.id, { result, score });
    }
  }
  return [...best.values()].sort((a, b) => b.score - a.score).map(({ result }) => result);
}
