import { glossaryPath } from './paths.ts';
import { termMatcher, type Term, type TermMatcher } from './term-matcher.ts';

/** Elements whose text is left alone: code, abbreviations and terms already marked, form controls, navigation. */
const IGNORE = new Set(['abbr', 'code', 'dfn', 'kbd', 'nav', 'option', 'pre', 'samp', 'select', 'textarea', 'title']);
/**
 * Elements that cannot hold a link (a link, a heading, a button) or whose text is a label or a name
 * (a table header, a caption, the title of a document in <cite>): an abbreviation used there first gets its full form (<abbr title>), and the
 * link to its explanation goes to its next use in running text.
 */
const TITLE_ONLY = new Set([
  'a',
  'button',
  'caption',
  'cite',
  'dt',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'label',
  'legend',
  'summary',
  'th',
]);
/** Elements without content or end tag. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/** A comment, an element whose content is not HTML (passed through whole), or a tag. */
const TOKEN = /<!--[\s\S]*?-->|<(script|style|template|svg|textarea|noscript)\b[^>]*>[\s\S]*?<\/\1\s*>|<(\/?)([a-zA-Z][\w-]*)[^>]*>/gi;

/**
 * Abbreviations of content/begrippen.yaml: an abbreviation with a capital or a full stop (GGD, Wmo,
 * i.t.), or a term in capitals (EUREGIO). They are matched in HTML, where "P&O" is written "P&amp;O".
 */
export function abbreviationMatcher(terms: readonly Term[]): TermMatcher {
  return termMatcher(inHtml(terms), (word, entry) =>
    word === entry.afkorting ? /[\p{Lu}.]/u.test(word) : /^[\p{Lu}\d-]{2,}$/u.test(word),
  );
}

/**
 * Every term of content/begrippen.yaml and its abbreviation, matched in HTML: what a page explains
 * where it first uses it, also in text that components put together (Twents Model, GGI-Netwerk, GGD).
 */
export function glossaryMatcher(terms: readonly Term[]): TermMatcher {
  return termMatcher(inHtml(terms));
}

/**
 * The abbreviations as they are written in HTML, where "P&O" is "P&amp;O". The term stays as it is:
 * it is the full form in <abbr title>, which is escaped when written.
 */
function inHtml(terms: readonly Term[]): Term[] {
  return terms.map((entry) => (entry.afkorting ? { ...entry, afkorting: entry.afkorting.replace(/&/g, '&amp;') } : entry));
}

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

type Mode = 'free' | 'title' | 'ignore';

const abbr = (word: string, expansion: string | undefined) =>
  expansion ? `<abbr title="${escapeAttribute(expansion)}">${word}</abbr>` : word;

/**
 * Explains every glossary term and abbreviation where a page first uses it: the first use in running text
 * becomes a link to its explanation on /begrippen/, with its full form (<abbr title>). A first use
 * in a heading, link, button or table header gets the full form only (a link cannot go there); the
 * link then goes to the next use. A term that the page already links to the glossary earlier is left
 * as it is. `glossary` is the link to the glossary page as the page writes it (with the base path, if
 * any); `links: false` gives abbreviations their full form only, for a page that must not lead elsewhere.
 *
 * This is the site's one way of linking terms, for Markdown and component text alike: the layouts
 * run it over the page's rendered content. "First use on the page" needs the whole page, which no
 * Markdown file or component sees on its own, and Astro renders a page's components concurrently, so
 * the order in which they run is not the order on the page. It reads the HTML with a small tokenizer
 * of tags and text rather than a full parser: parse5 took about 5 ms per page (25 s more for a
 * 5,000-page build), this about 0.5 ms. The HTML is Astro's own output, so tags are well formed.
 */
export function explainTerms(
  html: string,
  { glossary = glossaryPath(), matcher, links = true }: { glossary?: string; matcher: TermMatcher; links?: boolean },
): string {
  const termLink = `href="${glossary}#`;
  /** Terms linked to the glossary on this page so far (by this pass or by the page itself). */
  const linked = new Set<string>();
  /** Terms given their full form only so far (in a heading, a link, ...); each gets it once. */
  const titled = new Set<string>();
  /** Open elements, with what may happen to the text inside them; and how many of each mode are open. */
  const open: { name: string; mode: Mode }[] = [];
  const depth: Record<Mode, number> = { free: 0, title: 0, ignore: 0 };
  let out = '';
  let at = 0;
  const text = (value: string) => {
    if (depth.ignore > 0 || !matcher.mayMatch(value)) {
      out += value;
      return;
    }
    // Without links (a chart shown in a frame on another site), every first use gets its full form only.
    if (depth.title > 0 || !links) {
      const seen = new Set([...linked, ...titled]);
      for (const piece of matcher.split(value, seen)) {
        if (typeof piece !== 'string') titled.add(piece.id);
        out += typeof piece === 'string' ? piece : abbr(piece.word, piece.expansion);
      }
      return;
    }
    for (const piece of matcher.split(value, linked)) {
      out += typeof piece === 'string' ? piece : `<a ${termLink}${piece.id}" class="term">${abbr(piece.word, piece.expansion)}</a>`;
    }
  };
  TOKEN.lastIndex = 0;
  for (let token = TOKEN.exec(html); token; token = TOKEN.exec(html)) {
    if (token.index > at) text(html.slice(at, token.index));
    const tag = token[0];
    out += tag;
    at = token.index + tag.length;
    const name = token[3]?.toLowerCase();
    if (!name) continue; // a comment or raw content
    if (token[2] === '/') {
      let index = open.length - 1;
      while (index >= 0 && open[index]!.name !== name) index -= 1;
      while (index >= 0 && open.length > index) depth[open.pop()!.mode] -= 1;
      continue;
    }
    // A link to the glossary that comes first: that term is already explained on this page.
    if (name === 'a' && tag.includes(termLink)) {
      const start = tag.indexOf(termLink) + termLink.length;
      const id = tag.slice(start, tag.indexOf('"', start));
      if (id) linked.add(id);
    }
    if (VOID.has(name) || tag.endsWith('/>')) continue;
    const hidden =
      tag.includes('hidden') &&
      (/\bclass="[^"]*\bvisually-hidden\b/.test(tag) || /\baria-hidden="true"/.test(tag) || /\shidden[\s>=]/.test(tag));
    const mode: Mode = IGNORE.has(name) || hidden ? 'ignore' : TITLE_ONLY.has(name) ? 'title' : 'free';
    open.push({ name, mode });
    depth[mode] += 1;
  }
  if (at < html.length) text(html.slice(at));
  return out;
}
