/**
 * A mention in content/verbanden.yaml is either the document's own (citaat) or the site's reading
 * (lezing): where a document does not name an organisation at a place and the site puts it there all
 * the same. Every list, link and table that shows a mention says which, with these words.
 */
export const READING_LABEL = 'Onze lezing';

interface MentionLike {
  wat: string;
  lezing?: string | undefined;
}

/** True when the site, not the document, places the subject here. */
export const isReading = (mention: MentionLike): boolean => mention.lezing !== undefined;

/** The mention in running text or a link: "pijler 1: jeugd" or "onze lezing: pijler 2: publieke gezondheid en leefomgeving". */
export function mentionText(mention: MentionLike): string {
  return isReading(mention) ? `${READING_LABEL.toLowerCase()}: ${mention.wat}` : mention.wat;
}

/**
 * A subject's name where room is short (a page title): its abbreviation when the name ends in one in
 * brackets ("Veilig Thuis Twente (VTT)" → "VTT"), otherwise the name without its bracketed part.
 */
export function shortSubjectName(name: string): string {
  const bracketed = /^(.*?)\s*\(([^)]*)\)\s*$/.exec(name);
  if (!bracketed) return name;
  const [, before = name, inside = ''] = bracketed;
  return /^[\p{Lu}\d&-]{2,}$/u.test(inside) ? inside : before;
}
