/**
 * The text of a page from content/paginas/ (src/schemas/pages.ts), rendered to HTML, made whole: what the
 * page makes itself goes in at the text's placeholders, and a definition list becomes a list of terms.
 * Pure: strings in, a string out.
 */

/** A placeholder in a page text: `{{bronnen}}`. */
const PLACEHOLDER = /\{\{([a-z][a-z0-9-]*)\}\}/g;
/** A placeholder that is a paragraph on its own: replaced with the paragraph. */
const BLOCK_PLACEHOLDER = /<p>\{\{([a-z][a-z0-9-]*)\}\}<\/p>/g;

/** The names of the placeholders in a text, each once, in order. */
export function placeholdersIn(html: string): string[] {
  return [...new Set([...html.matchAll(PLACEHOLDER)].map(([, name]) => name ?? ''))];
}

/**
 * The text with each placeholder replaced by its part (HTML). A placeholder alone in a paragraph
 * takes the paragraph's place (a list, a paragraph of its own, or nothing); one within a sentence
 * stays in the sentence. Fails, naming `file`, when the text lacks a part or has a placeholder the
 * page does not fill: the page would lose something, or show the braces.
 */
export function fillParts(html: string, parts: Readonly<Record<string, string>>, file: string): string {
  const found = placeholdersIn(html);
  const missing = Object.keys(parts).filter((name) => !found.includes(name));
  const unknown = found.filter((name) => !Object.hasOwn(parts, name));
  const problems = [
    ...missing.map((name) => `the text has no {{${name}}}`),
    ...unknown.map((name) => `{{${name}}} is not a part of this page`),
  ];
  if (problems.length > 0) {
    throw new Error(
      `${file}: ${problems.join('; ')} (the parts of this page: ${Object.keys(parts)
        .map((name) => `{{${name}}}`)
        .join(', ')})`,
    );
  }
  const part = (name: string) => parts[name] ?? '';
  return html.replace(BLOCK_PLACEHOLDER, (_, name: string) => part(name)).replace(PLACEHOLDER, (_, name: string) => part(name));
}

/** A definition list in a page text is a list of words the reader meets: each term is marked as the word it defines. */
export function definitionTerms(html: string): string {
  return html.replace(/<dl>/g, '<dl class="terms">').replace(/<dt>([\s\S]*?)<\/dt>/g, '<dt><dfn>$1</dfn></dt>');
}

/**
 * Old anchors of a page, each kept as an empty anchor just before the heading whose section now holds
 * its text (`{ verdeelsleutels: 'bijdragen-per-gemeente' }`), so links someone shared still land there.
 * Fails, naming `file`, when the heading is gone.
 */
export function withOldAnchors(html: string, anchors: Readonly<Record<string, string>>, file: string): string {
  return Object.entries(anchors).reduce((text, [old, heading]) => {
    const at = text.search(new RegExp(`<h[2-6] id="${heading.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`));
    if (at < 0) throw new Error(`${file}: no heading with the anchor #${heading}, where the old anchor #${old} leads`);
    return `${text.slice(0, at)}<span id="${old}"></span>${text.slice(at)}`;
  }, html);
}
