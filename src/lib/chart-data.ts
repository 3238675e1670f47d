import { summarySentence } from './chart-summary.ts';
import { formatEuro, formatShare } from './money.ts';
import { sumAmounts } from './totals.ts';

/** One bar of a chart and one row of its table. */
export interface ChartRow {
  label: string;
  /** Whole euros (or the spec's format). Ignored when `unknown`. */
  value: number;
  /** The source gives no value: no bar, "onbekend" in the table, left out of highest, lowest and total. */
  unknown?: boolean | undefined;
  /** Page the row's label and amount link to: a path within the site (src/lib/paths.ts). */
  path?: string | undefined;
  /** Extra words for the table, such as how the amount was found ("berekend naar inwonertal"). */
  note?: string | undefined;
  /** The row of the page being viewed; marked in words and pattern, not by colour alone. */
  highlight?: boolean | undefined;
}

/** What a chart shows; the table, summary and chart.js data are all made from this. */
export interface ChartSpec {
  /** Stable id, also the key in the URL: `#grafiek-domeinen=tabel`. */
  id: string;
  /** Caption of the table and name of the chart. */
  title: string;
  /** Header of the first column, for example "Domein". */
  labelHeader: string;
  /** Header of the amount column, for example "Bijdrage". */
  valueHeader: string;
  rows: ChartRow[];
  /** What the rows are, in the plural, for the summary: "domeinen". */
  noun: string;
  /** The rows are parts of one total: add a share column and a total row. */
  withShares?: boolean | undefined;
  /** Whole euros (default), a plain count, or percentages. */
  format?: 'euro' | 'aantal' | 'procent' | undefined;
  /** Header of a column with each row's note, if the rows have notes. */
  noteHeader?: string | undefined;
}

const count = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 });

/** A value as the chart and table show it. */
export function formatValue(spec: Pick<ChartSpec, 'format'>, value: number): string {
  if (spec.format === 'aantal') return count.format(value);
  if (spec.format === 'procent') return `${count.format(value)}%`;
  return formatEuro(value);
}

const UNKNOWN = 'onbekend';

/** A row's value as the chart and table show it: "onbekend" when the value is unknown. */
export function formatRowValue(spec: Pick<ChartSpec, 'format'>, row: ChartRow): string {
  return row.unknown ? UNKNOWN : formatValue(spec, row.value);
}

const UNIT_NOTE = { euro: " (in euro's)", procent: ' (in procenten)', aantal: '' } as const;
/** What one value is, and several: "bedrag", "bedragen". */
const VALUE_WORD = { euro: 'bedrag', procent: 'aandeel', aantal: 'aantal' } as const;
const VALUE_WORDS = { euro: 'bedragen', procent: 'aandelen', aantal: 'aantallen' } as const;

/** The sum of the known values. */
function knownTotal(spec: ChartSpec): number {
  return sumAmounts(spec.rows.filter((row) => !row.unknown).map((row) => row.value));
}

export const HIGHLIGHT_SUFFIX = ' (deze pagina)';

export interface TableModel {
  caption: string;
  headers: string[];
  rows: { label: string; path?: string | undefined; highlight: boolean; cells: string[] }[];
  footer?: string[] | undefined;
}

/** The data table: the same rows, in the same order, formatted for Dutch readers. */
export function toTable(spec: ChartSpec): TableModel {
  const total = knownTotal(spec);
  const share = (row: ChartRow) => (row.unknown ? UNKNOWN : formatShare(total === 0 ? 0 : row.value / total));
  const someUnknown = spec.rows.some((row) => row.unknown);
  return {
    caption: `${spec.title}${UNIT_NOTE[spec.format ?? 'euro']}`,
    headers: [spec.labelHeader, spec.valueHeader, ...(spec.withShares ? ['Aandeel'] : []), ...(spec.noteHeader ? [spec.noteHeader] : [])],
    rows: spec.rows.map((row) => ({
      label: row.label,
      path: row.path,
      highlight: Boolean(row.highlight),
      cells: [formatRowValue(spec, row), ...(spec.withShares ? [share(row)] : []), ...(spec.noteHeader ? [row.note ?? ''] : [])],
    })),
    footer: spec.withShares
      ? [
          // A total says what it sums, and that the site added it up.
          someUnknown
            ? `Samen, bekende ${VALUE_WORDS[spec.format ?? 'euro']} (opgeteld)`
            : `Samen, ${spec.rows.length} ${spec.noun} (opgeteld)`,
          formatValue(spec, total),
          formatShare(1),
          ...(spec.noteHeader ? [''] : []),
        ]
      : undefined,
  };
}

/** What the chart.js bar chart needs, ready to serialise into the page. */
export interface ChartData {
  labels: string[];
  /** null for an unknown value: no bar. */
  values: (number | null)[];
  /** The value labels drawn on the bars. */
  valueLabels: string[];
  /** Index of the highlighted bar, or -1. */
  highlight: number;
  /** How the value axis is labelled. */
  format: 'euro' | 'aantal' | 'procent';
  /** Names the chart and states its data in words, for the canvas's aria-label. */
  description: string;
}

export function toChartData(spec: ChartSpec): ChartData {
  return {
    labels: spec.rows.map((row) => row.label + (row.highlight ? HIGHLIGHT_SUFFIX : '')),
    values: spec.rows.map((row) => (row.unknown ? null : row.value)),
    valueLabels: spec.rows.map((row) => formatRowValue(spec, row)),
    format: spec.format ?? 'euro',
    highlight: spec.rows.findIndex((row) => row.highlight),
    description: describe(spec),
  };
}

/** "Staafdiagram, Titel: A € 1 (10,0%); B € 2 (20,0%)." */
function describe(spec: ChartSpec): string {
  const total = knownTotal(spec);
  const parts = spec.rows.map((row) => {
    const share = spec.withShares && total > 0 && !row.unknown ? ` (${formatShare(row.value / total)})` : '';
    return `${row.label}${row.highlight ? HIGHLIGHT_SUFFIX : ''} ${formatRowValue(spec, row)}${share}`;
  });
  return `Staafdiagram, ${spec.title}: ${parts.join('; ')}.`;
}

/**
 * One sentence that says what the chart shows: the highest and the lowest rows, all of them when
 * they tie, and how many values are unknown. See summarySentence() for the exact rule.
 */
export function summarise(spec: ChartSpec): string {
  const format = spec.format ?? 'euro';
  return summarySentence({
    title: spec.title,
    noun: spec.noun,
    word: VALUE_WORD[format],
    rows: spec.rows,
    withShares: Boolean(spec.withShares),
    format: (value) => formatValue(spec, value),
    formatShare,
  });
}

/**
 * Label lines the build assumes when it reserves a chart's height: about the characters that fit on
 * one line above the bars at 320 px, and beside the bars at full width. The script wraps by the real
 * text width and makes the chart taller if a label needs more lines than reserved.
 */
export const RESERVED_LINE_CHARS = 28;

/** The reserved heights in BarChart.astro have rules for up to this many label lines. */
export const MAX_RESERVED_LINES = 4;

/** Height of one row beside the bars (wide screens): a bar with up to two label lines, 20 px per further line. */
export function rowHeight(lines = 1): number {
  return 44 + Math.max(0, lines - 2) * 20;
}

/** Height of one row on narrow screens, where the label stands above its bar: 20 px per label line. */
export function narrowRowHeight(lines = 1): number {
  return 44 + lines * 20;
}

/** Height reserved for the chart, so nothing moves when it appears. */
export function chartHeight(rowCount: number, lines = 1): number {
  return rowCount * rowHeight(lines) + 40;
}

/** On narrow screens each label stands above its bar, so rows need more height. */
export function narrowChartHeight(rowCount: number, lines = 1): number {
  return rowCount * narrowRowHeight(lines) + 40;
}

/** The screen width below which charts put labels above the bars; CSS and script both use it. */
export const NARROW_CHART_QUERY = '(max-width: 36rem)';

/**
 * A label as lines that each pass `fits` (say, narrower than the room beside the bars), broken at
 * spaces. A word that does not fit on a line of its own is broken inside, so no text is ever cut off.
 */
export function wrapLabel(label: string, fits: (line: string) => boolean): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(/\s+/).filter(Boolean)) {
    const joined = line ? `${line} ${word}` : word;
    if (fits(joined)) {
      line = joined;
      continue;
    }
    if (line) lines.push(line);
    let rest = word;
    while (rest.length > 1 && !fits(rest)) {
      let end = rest.length - 1;
      while (end > 1 && !fits(rest.slice(0, end))) end--;
      lines.push(rest.slice(0, end));
      rest = rest.slice(end);
    }
    line = rest;
  }
  // After any word, `line` holds the last line; a label without words gives one empty line.
  lines.push(line);
  return lines;
}

/** How many label lines the build reserves room for: the most any label of the chart needs, estimated by characters. */
export function reservedLines(labels: string[]): number {
  const lines = labels.map((label) => wrapLabel(label, (line) => line.length <= RESERVED_LINE_CHARS).length);
  return Math.min(MAX_RESERVED_LINES, Math.max(1, ...lines));
}
