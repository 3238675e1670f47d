import { describe, expect, it } from 'vitest';
import { formatEuro, formatShare } from '../../src/lib/money.ts';

const NBSP = '\u00a0';

describe('formatEuro', () => {
  it('writes whole euros the Dutch way, with a no-break space after the sign', () => {
    expect(formatEuro(18165000)).toBe(`€${NBSP}18.165.000`);
    expect(formatEuro(85000)).toBe(`€${NBSP}85.000`);
    expect(formatEuro(0)).toBe(`€${NBSP}0`);
    expect(formatEuro(999)).toBe(`€${NBSP}999`);
    expect(formatEuro(1000)).toBe(`€${NBSP}1.000`);
  });

  it('refuses amounts that are not whole euros', () => {
    expect(() => formatEuro(18.5)).toThrow(RangeError);
    expect(() => formatEuro(Number.NaN)).toThrow(RangeError);
    expect(() => formatEuro(-0.5)).toThrow('Not a whole amount in euros: -0.5');
  });
});

describe('formatShare', () => {
  it('gives one decimal with a comma', () => {
    expect(formatShare(18165000 / 33343000)).toBe('54,5%');
    expect(formatShare(85000 / 33343000)).toBe('0,3%');
    expect(formatShare(1)).toBe('100,0%');
  });
});
