import { describe, expect, it } from 'vitest';
import { formatFigure, percentageSum, roundingNote } from '../../src/lib/figures.ts';

const NBSP = '\u00a0';

describe('formatFigure', () => {
  it('writes each unit the Dutch way', () => {
    expect(formatFigure({ waarde: 641000, eenheid: 'aantal' })).toBe('641.000');
    expect(formatFigure({ waarde: 243, eenheid: 'fte' })).toBe('243 fte');
    expect(formatFigure({ waarde: 12.5, eenheid: 'fte' })).toBe('12,5 fte');
    expect(formatFigure({ waarde: 29, eenheid: 'procent' })).toBe('29%');
    expect(formatFigure({ waarde: 18165000, eenheid: 'euro' })).toBe(`€${NBSP}18.165.000`);
    expect(formatFigure({ waarde: 2.5, eenheid: 'euro' })).toBe(`€${NBSP}2,5`);
    expect(formatFigure({ waarde: 24, eenheid: 'miljoen-euro', ongeveer: true })).toBe(`ongeveer €${NBSP}24 miljoen`);
    // "ruim 625.000 inwoners": a little more than the number, not about it.
    expect(formatFigure({ waarde: 625000, eenheid: 'aantal', ruim: true })).toBe('ruim 625.000');
  });

  it('shows the word the source gives instead of a number, and never "undefined"', () => {
    expect(formatFigure({ tekst: 'Variabel', eenheid: 'euro' })).toBe('Variabel');
    expect(formatFigure({ eenheid: 'aantal' })).toBe('');
  });
});

describe('percentageSum', () => {
  it('adds percentages without floating-point noise', () => {
    expect(percentageSum([{ waarde: 29 }, { waarde: 12 }, { waarde: 60 }])).toBe(101);
    expect(percentageSum([{ waarde: 33.3 }, { waarde: 33.3 }, { waarde: 33.4 }])).toBe(100);
  });

  it('says that rounded percentages are rounded, and what a rounded distribution adds up to', () => {
    const cijfers = [
      { label: 'a', waarde: 29, eenheid: 'procent' as const },
      { label: 'b', waarde: 72, eenheid: 'procent' as const },
    ];
    expect(roundingNote({ soort: 'verdeling', cijfers })).toBeUndefined();
    expect(roundingNote({ afgerond: true, soort: 'verdeling', cijfers })).toBe(
      'De bron geeft afgeronde percentages; ze staan hier zoals in de bron. Door het afronden tellen ze op tot 101% in plaats van 100%.',
    );
    expect(roundingNote({ afgerond: true, soort: 'reeks', cijfers })).toBe(
      'De bron geeft afgeronde percentages; ze staan hier zoals in de bron.',
    );
    // A rounded distribution that makes exactly 100% says only that it is rounded.
    const whole = [
      { label: 'a', waarde: 28, eenheid: 'procent' as const },
      { label: 'b', waarde: 72, eenheid: 'procent' as const },
    ];
    expect(roundingNote({ afgerond: true, soort: 'verdeling', cijfers: whole })).toBe(
      'De bron geeft afgeronde percentages; ze staan hier zoals in de bron.',
    );
  });
});
