import { describe, expect, it } from 'vitest';
import { CSV_DIALECT, CSV_ENCODING, toCsv } from '../../src/lib/csv.ts';
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

describe('CSV_DIALECT and CSV_ENCODING', () => {
  it('describe what toCsv writes: a byte order mark (utf-8-sig), commas, CRLF, a header row', () => {
    expect(CSV_ENCODING).toBe('utf-8-sig');
    const csv = toCsv(['a', 'b'], [['x', 'y, z']]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1)).toBe(['a,b', 'x,"y, z"', ''].join(CSV_DIALECT.lineTerminator));
    expect(CSV_DIALECT).toEqual({ delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true });
  });
});
