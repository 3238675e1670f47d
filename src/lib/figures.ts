import type { Figure, FigureBlock } from '../schemas/figures.ts';
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

/**
 * What a block with rounded percentages says about them (a distribution whose parts do not make
 * 100% also says what they make); undefined for a block the source does not round.
 */
export function roundingNote(block: Pick<FigureBlock, 'afgerond' | 'soort' | 'cijfers'>): string | undefined {
  if (!block.afgerond) return undefined;
  const note = 'De bron geeft afgeronde percentages; ze staan hier zoals in de bron.';
  const sum = percentageSum(block.cijfers);
  return block.soort === 'verdeling' && sum !== 100
    ? `${note} Door het afronden tellen ze op tot ${number.format(sum)}% in plaats van 100%.`
    : note;
}
