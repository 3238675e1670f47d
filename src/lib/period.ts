import type { Period } from '../schemas/common.ts';
import { formatSourceDate } from './dates.ts';
import { titleWithArticle } from './dutch.ts';

/** The period as a page shows it, or undefined when the source names none. */
export function periodLabel(period: Period): string | undefined {
  return period === 'geen' ? undefined : period;
}

/** A participant list's period in a table header: "periode 2017-2018", "periode niet genoemd", or no list at all. */
export function listPeriodText(list: { periode: Period } | undefined): string {
  if (!list) return 'deelnemers niet genoemd';
  const label = periodLabel(list.periode);
  return label ? `periode ${label}` : 'periode niet genoemd';
}

/**
 * One sentence that says for which period a statement holds, as the source gives it. `sourceDate`
 * (already formatted, "16 oktober 2024") tells the reader when a source without a period was made.
 */
export function describePeriod(period: Period, sourceDate?: string): string {
  if (period === 'geen') {
    return `De bron noemt geen jaar of periode${sourceDate ? `; het document is van ${sourceDate}` : ''}.`;
  }
  if (period === 'per jaar') return 'Periode volgens de bron: per jaar (zonder jaartal).';
  return `Periode volgens de bron: ${period}.`;
}

const NOT_NAMED_WORDS = 'Periode: niet genoemd';
/** The short label of a block or figure whose source names no period; the page explains it once (notNamedNote). */
export const NOT_NAMED = `${NOT_NAMED_WORDS}.`;

/** A block's or figure's period as a short label: NOT_NAMED when the source names none, else as describePeriod. */
export function periodLabelSentence(period: Period): string {
  return period === 'geen' ? NOT_NAMED : describePeriod(period);
}

/**
 * The one note per page that explains NOT_NAMED: the source names no year or period for those figures.
 * `sourceDate` (already formatted) tells the reader when the document was made.
 */
export function notNamedNote(sourceDate?: string): string {
  return `Waar "${NOT_NAMED_WORDS}" staat, noemt de bron geen jaar of periode${sourceDate ? `; het document is van ${sourceDate}` : ''}.`;
}

const DASHES = /\s*[-–—]\s*|\s+(?:t\/m|tot en met|tot)\s+/g;

/** True when the quoted words of the source contain the period, so the quote proves the period. */
export function quoteGivesPeriod(period: Period, quote: string): boolean {
  const words = quote.toLowerCase().replace(DASHES, '-');
  if (period === 'geen') return true;
  if (period === 'per jaar') return /per jaar|jaarlijks|op jaarbasis/.test(words);
  if (period === 'onbepaalde tijd') return words.includes('onbepaalde tijd');
  return new RegExp(`(?<!\\d)${period}(?!\\d)`).test(words);
}

/**
 * How the site names one year of the site in titles and labels. Usually the year itself ("2020": the
 * budget year, the year of a plan). When none of the key figures of the year's document names a year or
 * period (every block says periode: geen, as in the 2024 slides), a bare year would read as the period
 * of the figures; then it names the document and its date instead: "dia's van 16 oktober 2024".
 */
export interface YearReference {
  /** "2020", or "dia's van 16 oktober 2024". */
  label: string;
  /** True when the label is the year; false when it names the document and its date. */
  isYear: boolean;
  /** The year's document in a sentence: "de Programmabegroting 2020", "de dia's van 16 oktober 2024". */
  document: string;
}

/**
 * The reference for year `jaar`, from its document (its kind, "dia's", and its date as the document gives it)
 * and the periods of that document's blocks of key figures.
 */
export function yearReference(
  jaar: number,
  document: { titel: string; vorm?: string | undefined; datum: string } | undefined,
  blocks: readonly { periode: Period }[],
): YearReference {
  const noPeriod = blocks.length > 0 && blocks.every((block) => block.periode === 'geen');
  const named = document ? titleWithArticle(document.titel) : `het document van ${jaar}`;
  if (!noPeriod || !document) return { label: String(jaar), isYear: true, document: named };
  const label = `${document.vorm ?? 'document'} van ${formatSourceDate(document.datum)}`;
  return { label, isYear: false, document: `${document.vorm ? 'de' : 'het'} ${label}` };
}

/** The years from `first` to `last` in a sentence: "van 2015 tot 2025", or "in 2030" when they are one year. */
export const yearSpanText = ({ first, last }: { first: number; last: number }): string =>
  first === last ? `in ${first}` : `van ${first} tot ${last}`;
