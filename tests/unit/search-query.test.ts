import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { editDistance } from '../../src/lib/edit-distance.ts';
import {
  correction,
  isUnknown,
  lightStem,
  MAX_SEARCHES,
  mergeResults,
  planSearches,
  queryTokens,
  queryWordsOf,
  RELAXED_WEIGHT,
  suggestion,
  type QueryWords,
} from '../../src/lib/search-query.ts';
import { bucketOf, siteWords, wordBuckets } from '../../src/lib/site-words.ts';
import { searchWords } from '../../src/schemas/search.ts';

const WORDS: QueryWords = {
  weglaten: ['wat', 'is', 'hoe', 'de', 'het', 'aan', 'doet'],
  synoniemen: [['kost', 'betaalt', 'bijdrage']],
};
/** The site's words, the most used first. */
const SITE = ['gemeenten', 'huiselijk', 'geweld', 'gezondheid', 'welzijn', 'huisarts', 'bijdrage', 'losser'];

describe('edit distance', () => {
  it('counts the letters to add, remove or change', () => {
    expect(editDistance('huislijk', 'huiselijk')).toBe(1);
    expect(editDistance('gezondheit', 'gezondheid')).toBe(1);
    expect(editDistance('geweld', 'welzijn')).toBe(6);
    expect(editDistance('', 'ggd')).toBe(3);
    expect(editDistance('losser', 'losser')).toBe(0);
  });
});

describe('the words of a question', () => {
  it('are lower case, without the punctuation around them, numbers whole', () => {
    expect(queryTokens('  Wat kost de GGD?  ')).toEqual(['wat', 'kost', 'de', 'ggd']);
    expect(queryTokens("scenario's, 18.165.000!")).toEqual(["scenario's", '18.165.000']);
    expect(queryTokens('?')).toEqual([]);
  });

  it('lose every punctuation mark around a word, not only the first or last', () => {
    expect(queryTokens('"(ggd)"  ...jeugd?!')).toEqual(['ggd', 'jeugd']);
  });

  it('lose a plural or inflection ending, so singular and plural both match; short words and numbers stay', () => {
    expect(lightStem('gemeenten')).toBe('gemeent');
    expect(lightStem("scenario's")).toBe('scenario');
    expect(lightStem('huiselijke')).toBe('huiselijk');
    expect(lightStem('inwoners')).toBe('inwoner');
    expect(lightStem('geweld')).toBe('geweld');
    expect(lightStem('kosten')).toBe('kosten');
    expect(lightStem('ggd')).toBe('ggd');
    expect(lightStem('2020en')).toBe('2020en');
  });

  it('keep a stem of five letters or more ("lokale" to "lokal"), and leave a word with a digit whole however long', () => {
    expect(lightStem('lokale')).toBe('lokal');
    expect(lightStem('50plussers')).toBe('50plussers');
  });
});

describe('the searches for a question', () => {
  it('leave out question and stop words, and try each synonym with the other words (without a plural or inflection ending)', () => {
    const searches = planSearches('wat kost de ggd', WORDS);
    expect(searches.filter((search) => search.weight === 1).map((search) => search.terms)).toEqual([
      'kost ggd',
      'betaalt ggd',
      'bijdrag ggd',
    ]);
    expect(searches.every((search) => !/\b(wat|de)\b/.test(search.terms))).toBe(true);
  });

  it('also search without one word of the question, counting less', () => {
    const searches = planSearches('wat kost de ggd', WORDS);
    expect(searches).toContainEqual({ terms: 'ggd', weight: RELAXED_WEIGHT });
    expect(searches).toContainEqual({ terms: 'bijdrag', weight: RELAXED_WEIGHT });
    expect(planSearches('ggd', WORDS)).toEqual([{ terms: 'ggd', weight: 1 }]);
  });

  it('search the question as typed when it has only stop words', () => {
    expect(planSearches('wat is het', WORDS)[0]).toEqual({ terms: 'wat is het', weight: 1 });
  });

  it('replace a misspelt word by its correction', () => {
    const searches = planSearches('huislijk geweld', WORDS, new Map([['huislijk', 'huiselijk']]));
    expect(searches[0]).toEqual({ terms: 'huiselijk geweld', weight: 1 });
    expect(searches.some((search) => search.terms.includes('huislijk'))).toBe(false);
  });

  it('stay few for a long question full of synonyms', () => {
    const many: QueryWords = { weglaten: [], synoniemen: [['a1', 'a2', 'a3', 'a4', 'a5', 'a6']] };
    expect(planSearches('a1 a2 a3 a4', many).length).toBe(MAX_SEARCHES);
  });

  it('for a question of three words, search all three, then each pair without one of them', () => {
    expect(planSearches('huiselijk geweld losser', { weglaten: [], synoniemen: [] })).toEqual([
      { terms: 'huiselijk geweld losser', weight: 1 },
      { terms: 'geweld losser', weight: RELAXED_WEIGHT },
      { terms: 'huiselijk losser', weight: RELAXED_WEIGHT },
      { terms: 'huiselijk geweld', weight: RELAXED_WEIGHT },
    ]);
  });
});

describe('spelling suggestions from the site’s own words', () => {
  it('correct a word no word of the site starts with to the closest one', () => {
    expect(correction('huislijk', SITE)).toBe('huiselijk');
    expect(correction('gezondheit', SITE)).toBe('gezondheid');
  });

  it('leave alone a known word, the start of a known word, a number, a short word, or a word nothing is close to', () => {
    expect(correction('geweld', SITE)).toBeUndefined();
    expect(correction('gezond', SITE)).toBeUndefined();
    expect(correction('1234', SITE)).toBeUndefined();
    expect(correction('ggx', SITE)).toBeUndefined();
    expect(correction('amsterdam', SITE)).toBeUndefined();
  });

  it('count a word as known when a word of the site starts with it, not when one ends with it', () => {
    expect(isUnknown('gemeent', ['gemeenten'])).toBe(false);
    expect(isUnknown('meenten', ['gemeenten'])).toBe(true);
  });

  it('correct words from four letters on, never a number', () => {
    expect(correction('ggx', ['ggd'])).toBeUndefined();
    expect(correction('zorq', ['zorg'])).toBe('zorg');
    expect(correction('2021', ['2020'])).toBeUndefined();
  });

  it('allow one letter of difference below eight letters and two from eight on, also in length', () => {
    expect(correction('welzjn', ['welzijn'])).toBe('welzijn');
    expect(correction('bijdrga', ['bijdrage'])).toBeUndefined();
    expect(correction('gezonhei', ['gezondheid'])).toBe('gezondheid');
  });

  it('prefer the more used of two equally close words', () => {
    expect(correction('huisark', ['huisarm', 'huisart'])).toBe('huisarm');
    expect(correction('huisark', ['huisart', 'huisarm'])).toBe('huisart');
  });

  it('give the whole question with its misspelt words corrected, and nothing when all words are known', () => {
    expect(suggestion('Huislijk geweld', WORDS, SITE)).toBe('huiselijk geweld');
    expect(suggestion('wat doet losser', WORDS, SITE)).toBeUndefined();
  });
});

describe('merged results', () => {
  it('hold each page once, with its best weighted score, the best first', () => {
    const merged = mergeResults([
      { weight: 1, results: [{ id: 'a', score: 4 }] },
      {
        weight: 0.5,
        results: [
          { id: 'b', score: 10 },
          { id: 'a', score: 6 },
          { id: 'c', score: 2 },
        ],
      },
    ]);
    expect(merged.map((result) => result.id)).toEqual(['b', 'a', 'c']);
  });

  it('count a result of a search with fewer words less, by its weight', () => {
    expect(
      mergeResults([
        { weight: 1, results: [{ id: 'x', score: 4 }] },
        { weight: 0.5, results: [{ id: 'y', score: 6 }] },
      ]),
    ).toEqual([
      { id: 'x', score: 4 },
      { id: 'y', score: 6 },
    ]);
  });

  it('keep the find of a page with the best weighted score, whether it came first or later', () => {
    const better = { id: 'a', score: 4 };
    const worse = { id: 'a', score: 6 };
    const other = { id: 'b', score: 7 };
    expect(
      mergeResults([
        { weight: 1, results: [better] },
        { weight: 0.5, results: [other, worse] },
      ]),
    ).toEqual([better, other]);
    expect(
      mergeResults([
        { weight: 0.5, results: [worse, other] },
        { weight: 1, results: [better] },
      ]),
    ).toEqual([better, other]);
  });

  it('of two equally good finds of a page, keep the one of the earlier search', () => {
    expect(
      mergeResults([
        { weight: 1, results: [{ id: 'a', score: 3, excerpt: 'alle woorden' }] },
        { weight: 0.5, results: [{ id: 'a', score: 6, excerpt: 'zonder een woord' }] },
      ]),
    ).toEqual([{ id: 'a', score: 3, excerpt: 'alle woorden' }]);
  });

  it('put a page of a preferred kind first when it fits about as well', () => {
    const searches = [
      {
        weight: 1,
        results: [
          { id: 'document', score: 10 },
          { id: 'domain', score: 9 },
          { id: 'other', score: 6 },
        ],
      },
    ];
    expect(mergeResults(searches, (result) => result.id !== 'document').map((result) => result.id)).toEqual([
      'domain',
      'document',
      'other',
    ]);
    expect(mergeResults(searches, (result) => result.id === 'other').map((result) => result.id)).toEqual(['document', 'domain', 'other']);
  });
});

describe('the site’s words', () => {
  it('are lower case, from the most to the least used, without numbers and short words', () => {
    expect(siteWords(['Geweld en geweld. Huiselijk geweld', 'Welzijn 2020 de GGD huiselijk'])).toEqual(['geweld', 'huiselijk', 'welzijn']);
  });

  it('are ordered by how often they occur, not by where they first occur, and alphabetically on a tie', () => {
    expect(siteWords(['Welzijn zorg', 'jeugd zorg', 'Jeugd zorg', 'Almelo'])).toEqual(['zorg', 'jeugd', 'almelo', 'welzijn']);
  });

  it('keep words of four letters, not of three', () => {
    expect(siteWords(['zorg voor wie het nodig heeft'])).toEqual(['heeft', 'nodig', 'voor', 'zorg']);
  });

  it('are filed by their first two letters, in their order; other starts together', () => {
    expect(wordBuckets(['gemeenten', 'huiselijk', 'geweld', 'ëik', 'één'])).toEqual({
      ge: ['gemeenten', 'geweld'],
      hu: ['huiselijk'],
      _: ['ëik', 'één'],
    });
    expect(bucketOf('Huislijk')).toBe('hu');
    expect(bucketOf('x')).toBe('_');
  });
});

describe('content/zoeken.yaml', () => {
  const words = queryWordsOf(searchWords.parse(parse(readFileSync('content/zoeken.yaml', 'utf8'))));

  it('is valid, and turns "wat kost de ggd" into searches for the GGD with a word about money', () => {
    const searches = planSearches('wat kost de ggd', words);
    expect(searches[0]?.terms).toBe('kost ggd');
    expect(searches.filter((search) => search.weight === 1).some((search) => search.terms === 'bijdrag ggd')).toBe(true);
  });

  it('accepts only single lower-case words', () => {
    expect(searchWords.safeParse({ weglaten: ['Wat'], synoniemen: [] }).success).toBe(false);
    expect(searchWords.safeParse({ weglaten: ['veilig thuis'], synoniemen: [] }).success).toBe(false);
    expect(searchWords.safeParse({ weglaten: [], synoniemen: [{ woorden: ['kost'] }] }).success).toBe(false);
    expect(searchWords.safeParse({ weglaten: [], synoniemen: [{ woorden: ['kost', 'bijdrage'] }] }).success).toBe(true);
    expect(searchWords.safeParse({ weglaten: ['coördinatie', "scenario's"], synoniemen: [] }).success).toBe(true);
  });

  it('does not leave out a word that is also a synonym (it would never be searched)', () => {
    const synonyms = new Set(words.synoniemen.flat());
    expect(words.weglaten.filter((word) => synonyms.has(word))).toEqual([]);
  });
});
