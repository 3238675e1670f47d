import { defineHastPlugin } from 'satteri';
import { glossaryPath } from '../lib/paths.ts';

/** A term of content/begrippen.yaml, as far as linking needs it. */
export interface Term {
  id: string;
  term: string;
  afkorting?: string | undefined;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Parents inside which a term is not linked: links, headings, code, abbreviations, terms being defined and titles (<cite>). */
const SKIP = new Set(['a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'code', 'pre', 'abbr', 'dfn', 'dt', 'cite']);

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
    [entry.term, entry.afkorting]
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

/**
 * Links the first use of each glossary term in a text to its explanation on /begrippen/, so an
 * abbreviation (GGD, DVO, WSW) is explained where the text first uses it: the link leads to the
 * explanation and the abbreviation carries its full form (<abbr title>). The content validator keeps
 * begrippen.yaml valid; this plugin only reads the term names. src/markdown/abbreviations.ts does
 * the same for abbreviations in the rest of a page.
 */
export function glossaryLinks(glossary: readonly Term[] | (() => readonly Term[])) {
  // The site passes a function: the glossary comes from the content model, which `astro dev` reads
  // again after an edit. One matcher per version of the glossary.
  const terms = typeof glossary === 'function' ? glossary : () => glossary;
  let matched: { terms: readonly Term[]; matcher: TermMatcher } | undefined;
  const current = () => {
    const now = terms();
    if (matched?.terms !== now) matched = { terms: now, matcher: termMatcher([...now]) };
    return matched.matcher;
  };
  return defineHastPlugin({
    name: 'glossary-links',
    text(node, ctx) {
      const matcher = current();
      if (!matcher.mayMatch(node.value)) return;
      const linked = ((ctx.data as Record<string, unknown>).glossaryLinked ??= new Set<string>()) as Set<string>;
      // Not inside a link, heading, code or abbreviation, however deep; in MDX also not inside such
      // an element written as JSX (<dt><dfn>…</dfn></dt>), which has a name instead of a tagName.
      for (let ancestor: ReturnType<typeof ctx.parent> = ctx.parent(node); ancestor !== undefined;) {
        const { type, tagName, name } = ancestor as { type: string; tagName?: string; name?: string | null };
        if (type !== 'element' && !type.startsWith('mdxJsx')) break;
        if (SKIP.has(tagName ?? name ?? '')) return;
        ancestor = ctx.parent(ancestor);
      }
      const pieces = matcher.split(node.value, linked);
      if (pieces.length === 1 && typeof pieces[0] === 'string') return;
      ctx.replaceNode(
        node,
        pieces.map((piece) =>
          typeof piece === 'string'
            ? { type: 'text' as const, value: piece }
            : {
                type: 'element' as const,
                tagName: 'a',
                properties: { href: glossaryPath(piece.id), className: ['term'] },
                children: [
                  piece.expansion
                    ? {
                        type: 'element' as const,
                        tagName: 'abbr',
                        properties: { title: piece.expansion },
                        children: [{ type: 'text' as const, value: piece.word }],
                      }
                    : { type: 'text' as const, value: piece.word },
                ],
              },
        ),
      );
    },
  });
}
