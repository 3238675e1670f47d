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
  const lines = [headers, ...rows].map((row) => row.map(field).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
