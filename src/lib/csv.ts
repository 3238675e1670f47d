/**
 * How the CSV files are written, in the words of a Frictionless Table Dialect: comma separated,
 * CRLF line ends (RFC 4180), double quotes doubled, a header row. datapackage.json takes it from here.
 */
export const CSV_DIALECT = { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true } as const;

/** UTF-8 with a byte order mark, so Excel opens it right; "utf-8-sig" is that encoding's name in a Data Package. */
export const CSV_ENCODING = 'utf-8-sig';
const BYTE_ORDER_MARK = '\uFEFF';

/** A CSV field: quoted when it holds a comma, quote, or line break (RFC 4180); quotes doubled. */
function field(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * CSV as Excel and RFC 4180 expect it: UTF-8 with a byte order mark, comma separated, CRLF line
 * ends, a header row. Numbers are written plainly (18165000), never with thousands separators.
 */
export function toCsv(headers: readonly string[], rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  const lines = [headers, ...rows].map((row) => row.map(field).join(CSV_DIALECT.delimiter));
  return `${BYTE_ORDER_MARK}${lines.join(CSV_DIALECT.lineTerminator)}${CSV_DIALECT.lineTerminator}`;
}
