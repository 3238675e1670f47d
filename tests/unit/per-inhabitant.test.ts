import { describe, expect, it } from 'vitest';
import { formatEuroCents, perInhabitantCents, perInhabitantTable } from '../../src/lib/per-inhabitant.ts';

describe('perInhabitantCents', () => {
  it('divides the 2020 contributions by the 631.064 inhabitants of Twente, to whole cents', () => {
    // 33.343.000 / 631.064 = 52,8361... euro
    expect(perInhabitantCents(33_343_000, 631_064)).toBe(5284);
    // 18.165.000 / 631.064 = 28,7847... euro
    expect(perInhabitantCents(18_165_000, 631_064)).toBe(2878);
    // 1.145.000 / 631.064 = 1,8144... euro
    expect(perInhabitantCents(1_145_000, 631_064)).toBe(181);
  });

  it('rounds half a cent away from zero and is exact where floating point is not', () => {
    expect(perInhabitantCents(1, 200)).toBe(1); // 0,5 cent
    expect(perInhabitantCents(1, 201)).toBe(0); // 0,4975 cent
    expect(perInhabitantCents(3, 8)).toBe(38); // 37,5 cent
    expect(perInhabitantCents(0, 631_064)).toBe(0);
    // 6.000.000.000.000.700 cents / 9 = 666.666.666.666.744,44...: rounded, ...744. Dividing in floating point
    // lands on ...744,5 and rounds up: the case that tells integer arithmetic from floating point.
    expect(Math.round((60_000_000_000_007 * 100) / 9)).toBe(666_666_666_666_745);
    expect(perInhabitantCents(60_000_000_000_007, 9)).toBe(666_666_666_666_744);
  });

  it('refuses amounts and populations that are not whole and positive', () => {
    expect(() => perInhabitantCents(10.5, 3)).toThrow(RangeError);
    expect(() => perInhabitantCents(-1, 3)).toThrow(RangeError);
    expect(() => perInhabitantCents(10, 0)).toThrow(RangeError);
    expect(() => perInhabitantCents(10, -3)).toThrow('Population must be a whole number above 0, not -3');
    expect(() => perInhabitantCents(10, 2.5)).toThrow('Population must be a whole number above 0, not 2.5');
    expect(() => perInhabitantCents(-1, 3)).toThrow('Not a whole amount in euros: -1');
  });
});

describe('formatEuroCents', () => {
  it('writes cents as Dutch money with a no-break space', () => {
    expect(formatEuroCents(5284)).toBe('€\u00a052,84');
    expect(formatEuroCents(181)).toBe('€\u00a01,81');
    expect(formatEuroCents(123456)).toBe('€\u00a01.234,56');
    expect(() => formatEuroCents(12.5)).toThrow('Not a whole number of cents: 12.5');
  });
});

describe('perInhabitantTable', () => {
  it('rounds each part on its own, so the parts need not add up to the rounded total', () => {
    const domains = [18_165_000, 1_145_000, 2_964_000, 7_222_000, 3_847_000].map((amount, index) => ({ item: index, amount }));
    const table = perInhabitantTable(domains, 33_343_000, 631_064);
    expect(table.total).toBe(5284);
    expect(table.parts.map((part) => part.cents)).toEqual([2878, 181, 470, 1144, 610]);
    expect(table.parts.reduce((sum, part) => sum + part.cents, 0)).toBe(5283);
  });
});
