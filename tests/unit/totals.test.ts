import { describe, expect, it } from 'vitest';
import { sumAmounts, withShares } from '../../src/lib/totals.ts';

describe('sumAmounts', () => {
  it('adds the 2020 domain contributions to the total the municipalities pay', () => {
    expect(sumAmounts([18165000, 1145000, 2964000, 7222000, 3847000])).toBe(33343000);
  });

  it('is 0 for no amounts', () => {
    expect(sumAmounts([])).toBe(0);
  });

  it('refuses negative and fractional amounts', () => {
    expect(() => sumAmounts([1, -1])).toThrow('Invalid amount: -1');
    expect(() => sumAmounts([1.5])).toThrow('Invalid amount: 1.5');
  });
});

describe('withShares', () => {
  it('gives each item its share of the total, and the shares add up to 1', () => {
    const { total, rows } = withShares([{ a: 300 }, { a: 100 }], (item) => item.a);
    expect(total).toBe(400);
    expect(rows.map((row) => row.share)).toEqual([0.75, 0.25]);
    expect(rows[0]?.item).toEqual({ a: 300 });
  });

  it('gives shares of 0 when the total is 0', () => {
    expect(withShares([{ a: 0 }], (item) => item.a).rows[0]?.share).toBe(0);
  });
});
