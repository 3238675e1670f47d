import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { defineHastPlugin } from 'satteri';

interface Term {
  id: string;
  term: string;
  afkorting?: string;
}

/** The terms of content/begrippen.yaml (none when the file is absent or not a list). */
export function readGlossary(path = 'content/begrippen.yaml'): Term[] {
  if (!existsSync(path)) return [];
  const data: unknown = parse(readFileSync(path, 'utf8'));
  return Array.isArray(data) ? data.filter((item): item is Term => typeof item?.id === 'string' && typeof item?.term === 'string') : [];
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Parents inside which a term is not linked: links, headings, code and abbreviations. */
const SKIP = new Set(['a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'code', 'pre', 'abbr', 'dfn']);

/**
 * Links the first use of each glossary term in a text to its explanation on /begrippen/. The
 * content validator keeps begrippen.yaml valid; this plugin only reads the term names.
 */
export function glossaryLinks(terms: Term[] = readGlossary()) {
  const words = terms.flatMap((entry) =>
    [entry.term, entry.afkorting].filter((word): word is string => typeof word === 'string' && word.length >= 3).map((word) => ({ id: entry.id, word })),
  );
  const wholeWord = (source: string, flags: string) => new RegExp(`(^|[^\\p{L}\\p{N}])(${source})(?=$|[^\\p{L}\\p{N}])`, flags);
  const patterns = words.map(({ id, word }) => ({ id, pattern: wholeWord(escape(word), word === word.toUpperCase() ? 'u' : 'iu') }));
  // Most texts hold no term at all: one test with every word at once spares them the term-by-term search.
  const anyTerm = words.length > 0 ? wholeWord(words.map(({ word }) => escape(word)).join('|'), 'iu') : undefined;
  return defineHastPlugin({
    name: 'twente-glossary-links',
    text(node, ctx) {
      if (!anyTerm?.test(node.value)) return;
      const linked = ((ctx.data as Record<string, unknown>).glossaryLinked ??= new Set<string>()) as Set<string>;
      for (const { id, pattern } of patterns) {
        if (linked.has(id)) continue;
        const match = pattern.exec(node.value);
        if (!match) continue;
        // Not inside a link, heading, code or abbreviation, however deep. Checked only once a term
        // matches: walking up the tree costs more than the patterns.
        for (let ancestor = ctx.parent(node); ancestor && ancestor.type === 'element'; ancestor = ctx.parent(ancestor)) {
          if (SKIP.has(ancestor.tagName)) return;
        }
        linked.add(id);
        const start = match.index + (match[1]?.length ?? 0);
        const word = match[2] ?? '';
        ctx.replaceNode(node, [
          { type: 'text', value: node.value.slice(0, start) },
          { type: 'element', tagName: 'a', properties: { href: `/begrippen/#${id}`, className: ['term'] }, children: [{ type: 'text', value: word }] },
          { type: 'text', value: node.value.slice(start + word.length) },
        ]);
        return;
      }
    },
  });
}
