import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/lib/csv.ts';
import { parseCsv } from '../helpers/csv.ts';

describe('toCsv', () => {
  it('starts with a byte order mark, ends lines with CRLF and writes numbers plainly', () => {
    expect(toCsv(['jaar', 'bedrag'], [[2020, 18165000]])).toBe('\uFEFFjaar,bedrag\r\n2020,18165000\r\n');
  });

  it('quotes fields with commas, quotes and line breaks, doubling quotes (RFC 4180)', () => {
    const csv = toCsv(['tekst'], [['a, b'], ['zei "ja"'], ['regel\nregel'], ['gewoon']]);
    expect(csv).toBe('\uFEFFtekst\r\n"a, b"\r\n"zei ""ja"""\r\n"regel\nregel"\r\ngewoon\r\n');
    expect(parseCsv(csv)).toEqual([['tekst'], ['a, b'], ['zei "ja"'], ['regel\nregel'], ['gewoon']]);
  });

  it('writes an empty field for a missing value', () => {
    expect(toCsv(['a', 'b', 'c'], [[1, null, undefined]])).toBe('\uFEFFa,b,c\r\n1,,\r\n');
  });
});
