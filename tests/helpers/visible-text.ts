/**
 * The text a visitor reads on a built page, as one string with what each piece of it sits in: an
 * abbreviation with its full form (<abbr title>), a link to an explanation on /begrippen/, or code.
 * Scripts, styles, drawings, comments and text hidden from everyone (aria-hidden) are left out.
 * Inline elements join the words around them; every other element separates them with a space.
 */

/** Elements whose text joins the words around it. */
const INLINE = new Set('a abbr b bdi bdo cite code data dfn em i kbd label mark q s samp small span strong sub sup time u var'.split(' '));
/** Elements whose text is a name or label rather than running text (see src/lib/explain-terms.ts). */
const LABELS = new Set('a button caption cite dt h1 h2 h3 h4 h5 h6 label legend summary th'.split(' '));
/** Elements without content or end tag. */
const VOID = new Set('area base br col embed hr img input link meta source track wbr'.split(' '));
/** A comment, an element whose content is no visible text, or a tag. */
const TOKEN = /<!--[\s\S]*?-->|<(script|style|template|svg|noscript)\b[^>]*>[\s\S]*?<\/\1\s*>|<(\/?)([a-zA-Z][\w-]*)([^>]*)>/gi;

export const decode = (text: string): string =>
  text
    .replace(/&nbsp;|&#160;|&#xa0;/gi, ' ')
    .replace(/&quot;|&#34;/g, '"')
    .replace(/&#39;|&#x27;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCodePoint(Number.parseInt(code, 16)))
    .replace(/&amp;/g, '&');

/** A stretch of the text and what it sits in. */
export interface Piece {
  start: number;
  end: number;
  /** Inside <abbr title="...">: the full form. */
  abbrTitle?: string | undefined;
  /** Inside a link to /begrippen/#<id>: the id. */
  glossaryId?: string | undefined;
  /** Inside <code> or <pre>: machine text, not words for a reader. */
  code: boolean;
  /** Inside navigation (menu, breadcrumbs): names of pages, not running text. */
  nav: boolean;
  /** Inside an element that cannot hold a link or is a label: a link, heading, button, caption, table header. */
  label: boolean;
  /** Inside <dfn>: the term being defined right there. */
  definition: boolean;
}

export interface VisibleText {
  text: string;
  pieces: Piece[];
  /** Where each link to /begrippen/#<id> ends in the text, in order. */
  glossaryLinkEnds: number[];
}

interface Open {
  name: string;
  abbrTitle?: string | undefined;
  glossaryId?: string | undefined;
  code: boolean;
  hidden: boolean;
  screenReaderOnly: boolean;
}

const attribute = (attributes: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(attributes)?.[1];

/** The visible text of the body of a page (or of any HTML fragment). */
export function visibleText(html: string): VisibleText {
  const bodyAt = html.indexOf('<body');
  const body = bodyAt === -1 ? html : html.slice(bodyAt);
  const open: Open[] = [];
  const pieces: Piece[] = [];
  const glossaryLinkEnds: number[] = [];
  let text = '';
  const add = (raw: string) => {
    if (open.some((element) => element.hidden)) return;
    const value = decode(raw).replace(/\s+/g, ' ');
    if (value === '' || (value === ' ' && (text === '' || text.endsWith(' ')))) return;
    const start = text.length;
    text += text.endsWith(' ') && value.startsWith(' ') ? value.slice(1) : value;
    const within = (key: 'abbrTitle' | 'glossaryId') => [...open].reverse().find((element) => element[key] !== undefined)?.[key];
    pieces.push({
      start,
      end: text.length,
      abbrTitle: within('abbrTitle'),
      glossaryId: within('glossaryId'),
      code: open.some((element) => element.code),
      nav: open.some((element) => element.name === 'nav'),
      label: open.some((element) => LABELS.has(element.name)),
      definition: open.some((element) => element.name === 'dfn'),
    });
  };
  const separate = () => {
    if (text !== '' && !text.endsWith(' ')) text += ' ';
  };
  let at = 0;
  TOKEN.lastIndex = 0;
  for (let token = TOKEN.exec(body); token; token = TOKEN.exec(body)) {
    if (token.index > at) add(body.slice(at, token.index));
    at = token.index + token[0].length;
    const name = token[3]?.toLowerCase();
    if (!name) continue;
    // Text for screen readers only ("Link naar dit kopje") is read as words of its own.
    const screenReaderOnly = (element: Open | undefined) => element?.screenReaderOnly === true;
    if (!INLINE.has(name) || (token[2] === '/' && screenReaderOnly(open.findLast((element) => element.name === name)))) separate();
    if (token[2] !== '/' && /\sclass="[^"]*\bvisually-hidden\b/.test(token[4] ?? '')) separate();
    if (token[2] === '/') {
      const index = open.map((element) => element.name).lastIndexOf(name);
      if (index === -1) continue;
      const closed = open.splice(index);
      if (closed[0]?.glossaryId !== undefined) glossaryLinkEnds.push(text.length);
      continue;
    }
    if (VOID.has(name) || token[0].endsWith('/>')) continue;
    const attributes = token[4] ?? '';
    const link = name === 'a' ? /\/begrippen\/#([^"]+)"/.exec(attributes)?.[1] : undefined;
    open.push({
      name,
      abbrTitle: name === 'abbr' ? attribute(attributes, 'title') : undefined,
      glossaryId: link,
      code: name === 'code' || name === 'pre',
      hidden: /\saria-hidden="true"/.test(attributes) || /\shidden(?:[\s=]|$)/.test(attributes),
      screenReaderOnly: /\sclass="[^"]*\bvisually-hidden\b/.test(attributes),
    });
  }
  if (at < body.length) add(body.slice(at));
  return { text, pieces, glossaryLinkEnds };
}

/** The piece of the text at a position. */
export function pieceAt(visible: VisibleText, index: number): Piece | undefined {
  return visible.pieces.find((piece) => piece.start <= index && index < piece.end);
}

/** The page's title and the descriptions in its head, as a visitor sees them in search results and previews. */
export function headTexts(html: string): string[] {
  const head = html.slice(0, html.indexOf('<body') >>> 0);
  const title = /<title>([\s\S]*?)<\/title>/.exec(head)?.[1] ?? '';
  const metas = [...head.matchAll(/<meta (?:name|property)="(?:description|og:description|og:title|og:image:alt)" content="([^"]*)"/g)].map(
    ([, content]) => content ?? '',
  );
  return [title, ...metas].map((text) => decode(text).replace(/\s+/g, ' ').trim()).filter(Boolean);
}
