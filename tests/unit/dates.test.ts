import { describe, expect, it } from 'vitest';
import { formatSourceDate } from '../../src/lib/dates.ts';

describe('formatSourceDate', () => {
  it('writes a date as precisely as it is known, in Dutch', () => {
    expect(formatSourceDate('2019')).toBe('2019');
    expect(formatSourceDate('2017-06')).toBe('juni 2017');
    expect(formatSourceDate('2017-06-28')).toBe('28 juni 2017');
    expect(formatSourceDate('2015-09-01')).toBe('1 september 2015');
  });

  it('writes two possible dates with "of"', () => {
    expect(formatSourceDate('2020-12/2021-01')).toBe('december 2020 of januari 2021');
  });
});
