import { describe, expect, it } from 'vitest';
import { approximateShareOfTotal, approximationMargin } from '../../src/lib/core-tasks.ts';

// Expected values worked out by hand. A rounded share A stands for a true share a in [A − 0,5; A + 0,5] (and in
// [0; 100]); the error of a·b/100 against A·B/100 is largest at a corner of that box.
describe('approximation of a share of all costs from two rounded percentages', () => {
  it('is the product of the two percentages, exact to two decimals', () => {
    expect(approximateShareOfTotal(29, 90)).toBe(26.1);
    expect(approximateShareOfTotal(12, 64)).toBe(7.68);
    expect(approximateShareOfTotal(29, 5)).toBe(1.45);
  });

  it('has a margin that is the largest possible error, rounded up to hundredths', () => {
    // 29,5 × 90,5 / 100 = 26,6975: 0,5975 above 26,1 (28,5 × 89,5 / 100 = 25,5075 is only 0,5925 below) → 0,60.
    expect(approximationMargin(29, 90)).toBe(0.6);
    // 12,5 × 64,5 / 100 = 8,0625: 0,3825 above 7,68 → 0,39.
    expect(approximationMargin(12, 64)).toBe(0.39);
    // 12,5 × 22,5 / 100 = 2,8125: 0,1725 above 2,64 → 0,18.
    expect(approximationMargin(12, 22)).toBe(0.18);
  });

  it('rounds the margin up where rounding to one decimal would round it down', () => {
    // 29 × 0: the true share of the kind may be up to 0,5%, so 29,5 × 0,5 / 100 = 0,1475 above 0.
    // To one decimal that would be 0,1: smaller than the true error. Shown: 0,15.
    expect(approximationMargin(29, 0)).toBe(0.15);
    expect(approximationMargin(29, 0)).toBeGreaterThanOrEqual(0.1475);
    // 29 × 4: 29,5 × 4,5 / 100 = 1,3275, 0,1675 above 1,16 (one decimal would say 0,2; hundredths 0,17).
    expect(approximationMargin(29, 4)).toBe(0.17);
  });

  it('keeps true shares within 0 and 100', () => {
    // 0 × 0: only 0,5 × 0,5 / 100 = 0,0025 → 0,01.
    expect(approximationMargin(0, 0)).toBe(0.01);
    // 100 × 100: a true share is at most 100, so only 99,5 × 99,5 / 100 = 99,0025, 0,9975 below 100 → 1.
    expect(approximationMargin(100, 100)).toBe(1);
  });

  it('accepts only whole percentages from 0 to 100, as the source rounds them', () => {
    expect(() => approximationMargin(29.5, 90)).toThrow('whole percentage');
    expect(() => approximateShareOfTotal(29, 101)).toThrow('whole percentage');
    expect(() => approximationMargin(-1, 5)).toThrow('whole percentage');
  });
});
