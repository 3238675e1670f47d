/**
 * A heading's id as GitHub makes it: lower case, punctuation removed, spaces to hyphens.
 * "1. Programma Sociaal economisch sterk Twente" gives "1-programma-sociaal-economisch-sterk-twente".
 */
export function slugify(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}
