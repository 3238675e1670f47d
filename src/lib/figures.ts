import type { Figure } from '../schemas/figures.ts';
import { formatEuro } from './money.ts';

const number = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });

/** A key figure as Dutch readers expect it, with its unit: "641.000", "243 fte", "ongeveer € 24 miljoen". */
export function formatFigure(figure: Pick<Figure, 'waarde' | 'tekst' | 'eenheid' | 'ongeveer' | 'ruim'>): string {
  const value = figure.waarde;
  // The source gives a word instead of a number ("Variabel"): show the word, with the unit's name.
  if (value === undefined) return figure.tekst ?? '';
  const text = (() => {
    switch (figure.eenheid) {
      case 'euro':
        return Number.isInteger(value) ? formatEuro(value) : `€\u00a0${number.format(value)}`;
      case 'miljoen-euro':
        return `€\u00a0${number.format(value)} miljoen`;
      case 'procent':
        return `${number.format(value)}%`;
      case 'fte':
        return `${number.format(value)} fte`;
      case 'aantal':
        return number.format(value);
    }
  })();
  if (figure.ruim) return `ruim ${text}`;
  return figure.ongeveer ? `ongeveer ${text}` : text;
}

/** The sum of a distribution's percentages, for the note that says they are rounded. */
export function percentageSum(figures: readonly Pick<Figure, 'waarde'>[]): number {
  return Math.round(figures.reduce((total, figure) => total + (figure.waarde ?? 0), 0) * 100) / 100;
}
