// The help box: which pages show it and how its numbers are dialled. Pure, testable without Astro.

/**
 * The words of an HTML fragment's running text: no tags, scripts or styles, and not the names a page
 * only lists (links, headings, tables, lists of terms and their explanations, navigation, text hidden from view), so that a page that merely
 * names an organisation in a list is not taken to be about its subject. Entities of spaces and
 * ampersands are read.
 */
function runningText(html: string): string {
  return html
    .replace(/<(script|style|template|svg|a|nav|table|dl|h[1-6])\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<(\w+)\b[^>]*\s(?:hidden|aria-hidden="true")[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;|&#160;/g, ' ')
    .replace(/&amp;/g, '&');
}

/** True when the page's running text names one of the words, as a whole word, in any case: the page is about it. */
export function mentionsAny(html: string, words: readonly string[]): boolean {
  const text = runningText(html).toLocaleLowerCase('nl');
  return words.some((word) => {
    const escaped = word
      .toLocaleLowerCase('nl')
      .trim()
      .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      .replace(/\s+/g, '\\s+');
    return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').test(text);
  });
}

/** The tel: address of a number as a reader writes it: "0800-2000" → "tel:08002000". */
export function telHref(number: string): string {
  return `tel:${number.replace(/\D/g, '')}`;
}

/** A number as the page shows it: each hyphen a non-breaking hyphen (U+2011), so "0800-2000" never breaks over two lines. */
export function unbrokenNumber(number: string): string {
  return number.replace(/-/g, '\u2011');
}
