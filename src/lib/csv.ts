/**
 * How the CSV files are written, in the words of a Frictionless Table Dialect: comma separated,
 * CRLF line ends (RFC 4180), double quotes doubled, a header row. datapackage.json takes it from here.
 */
export const CSV_DIALECT = { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true } as const;

/** UTF-8 with a byte order mark, so Excel opens it right; "utf-8-sig" is that encoding's name in a Data Package. */
export const CSV_ENCODING = 'utf-8-sig';
const BYTE_ORDER_MARK = '\uFEFF';

/**
 * The dialect of the Excel copies: what Excel with Dutch settings (list separator ";", decimal comma)
 * opens in columns on a double click. Otherwise as CSV_DIALECT.
 */
export const EXCEL_DIALECT = { ...CSV_DIALECT, delimiter: ';' } as const;

export type Value = string | number | null | undefined;

/** A field: quoted when it holds the separator, a quote or a line break (RFC 4180); quotes doubled. */
function field(text: string, delimiter: string): string {
  return text.includes(delimiter) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A value as the standard CSV writes it: numbers plainly (18165000, 12.5). */
function plain(value: Value): string {
  return value === null || value === undefined ? '' : String(value);
}

/**
 * A value as Dutch Excel reads it: whole numbers plainly (18165000, never with thousands separators,
 * so Excel keeps them as numbers), other numbers with a decimal comma (28,78); text as it is.
 */
function dutch(value: Value): string {
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : String(value).replace('.', ',');
  return plain(value);
}

function write(
  dialect: { delimiter: string; lineTerminator: string },
  format: (value: Value) => string,
  headers: readonly string[],
  rows: readonly (readonly Value[])[],
): string {
  const lines = [headers, ...rows].map((row) => row.map((value) => field(format(value), dialect.delimiter)).join(dialect.delimiter));
  return `${BYTE_ORDER_MARK}${lines.join(dialect.lineTerminator)}${dialect.lineTerminator}`;
}

/**
 * CSV as Excel and RFC 4180 expect it: UTF-8 with a byte order mark, comma separated, CRLF line
 * ends, a header row. Numbers are written plainly (18165000), never with thousands separators.
 */
export function toCsv(headers: readonly string[], rows: readonly (readonly Value[])[]): string {
  return write(CSV_DIALECT, plain, headers, rows);
}

/**
 * The same table for Excel with Dutch settings: UTF-8 with a byte order mark, semicolon separated,
 * CRLF line ends, a header row; whole numbers plainly, decimals with a comma (28,78).
 */
export function toExcelCsv(headers: readonly string[], rows: readonly (readonly Value[])[]): string {
  return write(EXCEL_DIALECT, dutch, headers, rows);
}
