/**
 * Finding the glossary's terms (content/begrippen.yaml) in a text: pure, for src/lib/explain-terms.ts.
 */

/** A term of content/begrippen.yaml, as far as linking needs it. */
export interface Term {
  id: string;
  term: string;
  afkorting?: string | undefined;
  /** Other forms of the word the site uses (coalitie, coalities), linked like the term. */
  vormen?: readonly string[] | undefined;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A piece of text: plain, or the first use of a glossary term. */
export type Piece = string | { id: string; word: string; expansion?: string | undefined };

/** Finds the first use of glossary terms in texts; one matcher per page or Markdown file. */
export interface TermMatcher {
  /** True when the text may hold a term at all (a quick test before the real search). */
  mayMatch(text: string): boolean;
  /**
   * The text in pieces, each term that is not in `linked` yet as its own piece, earliest first (a
   * longer word wins at the same place). The ids of the terms found are added to `linked`.
   */
  split(text: string, linked: Set<string>): Piece[];
}

/**
 * Matching for glossary words: the term and its abbreviation, three letters or more; an
 * abbreviation in capitals may have two (OM), as capitals match exactly. `only` keeps some words,
 * such as only the abbreviations.
 */
export function termMatcher(terms: Term[], only: (word: string, entry: Term) => boolean = () => true): TermMatcher {
  const long = (word: string) => word.length >= 3 || (word.length === 2 && word === word.toUpperCase());
  const words = terms.flatMap((entry) =>
    [entry.term, entry.afkorting, ...(entry.vormen ?? [])]
      .filter((word): word is string => typeof word === 'string' && long(word) && only(word, entry))
      // An abbreviation (it has a capital or a full stop: GGD, Wmo, i.t.) carries its full form; a short
      // form such as "meldcode" does not.
      .map((word) => ({ id: entry.id, word, expansion: word === entry.afkorting && /[\p{Lu}.]/u.test(word) ? entry.term : undefined })),
  );
  const wholeWord = (source: string, flags: string) => new RegExp(`(^|[^\\p{L}\\p{N}])(${source})(?=$|[^\\p{L}\\p{N}])`, flags);
  const patterns = words.map((entry) => ({
    ...entry,
    pattern: wholeWord(escape(entry.word), entry.word === entry.word.toUpperCase() ? 'gu' : 'giu'),
  }));
  // Most texts hold no term at all: one quick test with every word at once (without the word
  // boundaries, which split checks) spares them the term-by-term search.
  const anyTerm =
    words.length > 0
      ? new RegExp(words.map(({ word }) => escape(word)).join('|'), words.every(({ word }) => word === word.toUpperCase()) ? '' : 'i')
      : undefined;
  return {
    mayMatch: (text) => anyTerm?.test(text) ?? false,
    split(text, linked) {
      const pieces: Piece[] = [];
      let from = 0;
      for (;;) {
        let best: { id: string; expansion?: string | undefined; start: number; word: string } | undefined;
        for (const { id, expansion, pattern } of patterns) {
          if (linked.has(id)) continue;
          pattern.lastIndex = from;
          const match = pattern.exec(text);
          if (!match) continue;
          const start = match.index + (match[1]?.length ?? 0);
          const word = match[2] ?? '';
          if (!best || start < best.start || (start === best.start && word.length > best.word.length))
            best = { id, expansion, start, word };
        }
        if (!best) break;
        linked.add(best.id);
        if (best.start > from) pieces.push(text.slice(from, best.start));
        pieces.push({ id: best.id, word: best.word, expansion: best.expansion });
        from = best.start + best.word.length;
      }
      if (from < text.length) pieces.push(text.slice(from));
      return pieces;
    },
  };
}
