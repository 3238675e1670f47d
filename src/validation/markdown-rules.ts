import { markdownToMdast, type MdastNode } from 'satteri';
import type { ContentError } from './content-error.ts';

/** HTML that staff content may use; everything else is written in Markdown. */
export const ALLOWED_TAGS = ['abbr', 'br', 'sub', 'sup'];

/**
 * A start or end tag, also one split over lines (`<abbr\nonclick=...>`): a name right after "<" and a
 * space, "/" or ">" after it. An autolink (`<https://...>`) is not a tag: the links are checked below.
 */
const TAG = /<\/?([a-zA-Z][a-zA-Z0-9-]*)(?=[\s/>])([^>]*)>/g;

/** Schemes that make a link or an image run code or carry a page of their own. */
const UNSAFE_SCHEME = /^(javascript|vbscript|data):/i;

/**
 * Checks the Markdown body of a content file: only a few harmless HTML tags, no attributes that run
 * code or style the page, and no links to javascript:, vbscript: or data:. Errors name the line in the file.
 *
 * Links are found as the site's renderer (satteri, astro.config.mjs) reads them: inline links, reference
 * links and their definitions, autolinks and images, with character references decoded.
 */
export function checkMarkdownBody(file: string, body: string, firstLine: number): ContentError[] {
  const errors: ContentError[] = [];
  const place = (offset: number) => {
    const before = body.slice(0, offset);
    return { line: firstLine + before.split('\n').length - 1, column: offset - before.lastIndexOf('\n') };
  };
  for (const match of body.matchAll(TAG)) {
    const [tag, name = '', attributes = ''] = match;
    if (!ALLOWED_TAGS.includes(name.toLowerCase())) {
      errors.push({
        file,
        ...place(match.index),
        rule: 'veilige-markdown',
        message: `HTML ${tag} mag niet in de inhoud; schrijf het in Markdown (toegestaan zijn alleen: ${ALLOWED_TAGS.map((allowed) => `<${allowed}>`).join(', ')})`,
      });
    } else if (/\bon[a-z]+\s*=|\bstyle\s*=/i.test(attributes)) {
      errors.push({
        file,
        ...place(match.index),
        rule: 'veilige-markdown',
        message: `de HTML-attributen style= en on...= mogen niet in de inhoud; verwijder ze uit ${tag}`,
      });
    }
  }
  for (const { url, line, column } of linkAddresses(body)) {
    const scheme = UNSAFE_SCHEME.exec(asBrowsersRead(url))?.[1];
    if (scheme) {
      errors.push({
        file,
        line: firstLine + line - 1,
        column,
        rule: 'veilige-markdown',
        message: `een link naar "${scheme.toLowerCase()}:" mag niet; gebruik een gewoon webadres (https://...) of een pagina van deze site`,
      });
    }
  }
  return errors.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

/** An address as browsers read it: without tabs and line breaks anywhere, and without spaces and control characters in front. */
function asBrowsersRead(url: string): string {
  const joined = url.replace(/[\t\n\r]/g, '');
  let start = 0;
  // Past the end, charCodeAt is NaN: the loop stops there.
  while (joined.charCodeAt(start) <= 0x20) start += 1;
  return joined.slice(start);
}

/** The address of every link, image and link definition in a Markdown text, where it starts (1-based, within the text). */
function linkAddresses(body: string): { url: string; line: number; column: number }[] {
  const found: { url: string; line: number; column: number }[] = [];
  const visit = (node: MdastNode) => {
    const { url } = node as { url?: unknown };
    if (typeof url === 'string') found.push({ url, line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 });
    if ('children' in node && Array.isArray(node.children)) for (const child of node.children as MdastNode[]) visit(child);
  };
  visit(markdownToMdast(body, { position: true }));
  return found;
}
