import { formatSourceDate } from './dates.ts';

/**
 * A document title with its Dutch article, for sentences such as "De Programmabegroting 2020 noemt…"
 * or "Het Bedrijfsplan … noemt…". Plans and programmes are neuter ("het"); a title that is not a
 * noun (the 2024 slides, "Samen goed(e) keuzes maken voor Twente") becomes "de presentatie …".
 */
export function titleWithArticle(title: string, { capital = false } = {}): string {
  // The first word decides, also in a title that starts with a quotation mark.
  const neuter = /^"?(bedrijfsplan|strategisch programma|programma|artikel)\b/i.test(title);
  const noun =
    neuter ||
    /^"?(programmabegroting|begroting|regionale samenwerkingsagenda|samenwerkingsagenda|agenda|kerntakendiscussie|presentatie)\b/i.test(
      title,
    );
  const phrase = noun ? `${neuter ? 'het' : 'de'} ${title}` : `de presentatie “${title}”`;
  return capital ? phrase.charAt(0).toUpperCase() + phrase.slice(1) : phrase;
}

/** "A", "A en B", "A, B en C". */
export function listInDutch(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} en ${items.at(-1)}`;
}

/** The text as the end of a sentence: a full stop, unless it already ends in one, a ? or a !. */
export function endSentence(text: string): string {
  return /[.?!]["”’)]?$/.test(text.trim()) ? text.trim() : `${text.trim()}.`;
}

// Up to twenty in words, as Dutch style guides write counts ("veertien gemeenten").
const NUMBER_WORDS = [
  'nul',
  'een',
  'twee',
  'drie',
  'vier',
  'vijf',
  'zes',
  'zeven',
  'acht',
  'negen',
  'tien',
  'elf',
  'twaalf',
  'dertien',
  'veertien',
  'vijftien',
  'zestien',
  'zeventien',
  'achttien',
  'negentien',
  'twintig',
];

/** A count as Dutch text writes it: up to twenty in words ("vijf pijlers", "veertien gemeenten"), larger ones in digits. */
export function countInWords(count: number): string {
  return NUMBER_WORDS[count] ?? count.toLocaleString('nl-NL');
}

/** A source document in a sentence, with its article and date: "de Programmabegroting 2020 (2019)". */
export function documentWithDate(document: { titel: string; datum: string }, { capital = false } = {}): string {
  return `${titleWithArticle(document.titel, { capital })} (${formatSourceDate(document.datum)})`;
}

/** A number with its noun, singular for one: "1 coalitie", "6 coalities". */
export const countOf = (count: number, singular: string, plural: string): string => `${count} ${count === 1 ? singular : plural}`;
