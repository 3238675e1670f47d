import { describe, expect, it } from 'vitest';
import { CSV_DIALECT, CSV_ENCODING, EXCEL_DIALECT, toCsv, toExcelCsv } from '../../src/lib/csv.ts';
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

describe('toExcelCsv', () => {
  it('starts with a byte order mark, separates with semicolons and ends lines with CRLF', () => {
    expect(toExcelCsv(['jaar', 'bedrag'], [[2020, 18165000]])).toBe('\uFEFFjaar;bedrag\r\n2020;18165000\r\n');
    expect(EXCEL_DIALECT.delimiter).toBe(';');
  });

  it('writes whole euros plainly, without thousands separators, and decimals with a comma', () => {
    expect(toExcelCsv(['bedrag', 'per_inwoner', 'aandeel'], [[18165000, 28.78, 12.5]])).toBe(
      '\uFEFFbedrag;per_inwoner;aandeel\r\n18165000;28,78;12,5\r\n',
    );
    expect(toExcelCsv(['negatief'], [[-1250000]])).toBe('\uFEFFnegatief\r\n-1250000\r\n');
  });

  it('quotes fields with a semicolon, quote or line break, doubling quotes; a comma needs no quotes', () => {
    const csv = toExcelCsv(['tekst'], [['a; b'], ['zei "ja"'], ['regel\r\nregel'], ['a, b'], ['gewoon']]);
    expect(csv).toBe('\uFEFFtekst\r\n"a; b"\r\n"zei ""ja"""\r\n"regel\r\nregel"\r\na, b\r\ngewoon\r\n');
    expect(parseCsv(csv, ';')).toEqual([['tekst'], ['a; b'], ['zei "ja"'], ['regel\r\nregel'], ['a, b'], ['gewoon']]);
  });

  it('keeps text that looks like a number as it is, and writes an empty field for a missing value', () => {
    expect(toExcelCsv(['a', 'b', 'c', 'd'], [['12.5', null, undefined, 'GM0141']])).toBe('\uFEFFa;b;c;d\r\n12.5;;;GM0141\r\n');
  });

  it('holds the same rows as the standard CSV, field for field, apart from the decimal comma', () => {
    const headers = ['id', 'tekst', 'bedrag', 'procent'];
    const rows = [
      ['x', 'a, b; c', 201000, 3.5],
      ['y', 'zei "nee"', null, 40],
    ];
    const standard = parseCsv(toCsv(headers, rows));
    const excel = parseCsv(toExcelCsv(headers, rows), ';');
    expect(excel).toEqual([headers, ['x', 'a, b; c', '201000', '3,5'], ['y', 'zei "nee"', '', '40']]);
    expect(standard).toEqual([headers, ['x', 'a, b; c', '201000', '3.5'], ['y', 'zei "nee"', '', '40']]);
  });
});
