import { describe, expect, it } from 'vitest';
import { nearestYears } from '../../src/lib/nearest-years.ts';

describe('nearestYears', () => {
  const years = [2015, 2017, 2020, 2024, 2025];
  const same = (year: number) => year;

  it('keeps the years nearest to the given one, in year order', () => {
    expect(nearestYears(years, 2020, 3, same)).toEqual([2017, 2020, 2024]);
    expect(nearestYears(years, 2025, 2, same)).toEqual([2024, 2025]);
  });

  it('prefers the earlier year on a tie, and returns everything when asked for more', () => {
    expect(nearestYears([2018, 2022], 2020, 1, same)).toEqual([2018]);
    expect(nearestYears([2022, 2018], 2020, 1, same)).toEqual([2018]);
    expect(nearestYears(years, 2020, 10, same)).toEqual(years);
  });

  it('works on entries through their year, without changing the list it was given', () => {
    const entries = years.map((jaar) => ({ jaar }));
    expect(nearestYears(entries, 2016, 2, (entry) => entry.jaar)).toEqual([{ jaar: 2015 }, { jaar: 2017 }]);
    expect(entries.map((entry) => entry.jaar)).toEqual(years);
  });
});
