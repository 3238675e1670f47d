import { describe, expect, it } from 'vitest';
import { partialDate, period } from '../../src/schemas/common.ts';

/** The message key of the first issue (src/schemas/messages.ts turns it into Dutch), or "ok" when the value is accepted. */
const verdict = (schema: typeof partialDate | typeof period, value: unknown): string => {
  const result = schema.safeParse(value);
  return result.success ? 'ok' : (result.error.issues[0]?.message ?? '');
};

describe('a date as precise as the document gives it (partialDate)', () => {
  it('accepts a year, a month, a day and two possible dates', () => {
    for (const value of ['2019', '2017-06', '2017-06-28', '2020-02-29', '2020-12/2021-01', '2017/2018-03-31']) {
      expect(verdict(partialDate, value), value).toBe('ok');
    }
  });

  it('refuses a day or month that does not exist, also in the second of two dates', () => {
    for (const value of [
      '2017-02-30',
      '2019-02-29',
      '2017-13',
      '2017-00',
      '2017-04-31',
      '2017-06-00',
      '2020-12/2021-02-30',
      '2021-02-30/2020-12',
    ]) {
      expect(verdict(partialDate, value), value).toBe('nonexistentDate');
    }
  });

  it('refuses what is not a date in one of the three forms', () => {
    for (const value of ['17-06', '2017-6', '2017-06-28T10:00', 'juni 2017', '2017/', '']) {
      expect(verdict(partialDate, value), value).toBe('date');
    }
  });
});

describe('the period a source gives (period)', () => {
  it('accepts the five forms, and a range of one year', () => {
    for (const value of ['2016', '2017-2018', '2017-2017', 'per jaar', 'onbepaalde tijd', 'geen']) {
      expect(verdict(period, value), value).toBe('ok');
    }
  });

  it('refuses a range from late to early', () => {
    expect(verdict(period, '2018-2017')).toBe('periodOrder');
    expect(verdict(period, '2100-1999')).toBe('periodOrder');
  });
});
