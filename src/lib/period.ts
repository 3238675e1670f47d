import type { Period } from '../schemas/common.ts';

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

const DASHES = /\s*[-–—]\s*|\s+(?:t\/m|tot en met|tot)\s+/g;

/** True when the quoted words of the source contain the period, so the quote proves the period. */
export function quoteGivesPeriod(period: Period, quote: string): boolean {
  const words = quote.toLowerCase().replace(DASHES, '-');
  if (period === 'geen') return true;
  if (period === 'per jaar') return /per jaar|jaarlijks|op jaarbasis/.test(words);
  if (period === 'onbepaalde tijd') return words.includes('onbepaalde tijd');
  return new RegExp(`(?<!\\d)${period}(?!\\d)`).test(words);
}
