import { percentageSum } from './figures.ts';

/** One stacked bar: a whole (a pillar) divided into parts (kinds of task), in percentages. */
export interface StackedRow {
  label: string;
  /** Page the row's label links to (src/lib/paths.ts). */
  path?: string | undefined;
  /** One value per series, in the order of the series; undefined where the source gives none. */
  values: (number | undefined)[];
}

/** What a stacked percentage chart shows; the drawing, the table and the summary come from this. */
export interface StackedSpec {
  /** Stable id, also the chart's anchor on the page. */
  id: string;
  title: string;
  /** What the bars are, for the table's corner: "Pijler". */
  labelHeader: string;
  /** What the parts are, for the table's first column: "Soort taak". */
  seriesHeader: string;
  /** The parts every bar is divided into, in order: each has a stable key for its pattern. */
  series: { key: string; label: string }[];
  rows: StackedRow[];
}

export interface StackedSegment {
  series: number;
  /** Start and width on a scale of 0 to 100. */
  start: number;
  width: number;
  value: number;
}

/**
 * The segments of one bar, left to right. Zero and missing values get no segment. Rounded
 * percentages may add up to 99 or 101; the bar then ends a little before or after 100.
 */
export function segments(row: StackedRow): StackedSegment[] {
  let start = 0;
  const result: StackedSegment[] = [];
  row.values.forEach((value, series) => {
    if (value === undefined || value <= 0) return;
    result.push({ series, start, width: value, value });
    start += value;
  });
  return result;
}

const percent = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });
export const formatPercent = (value: number): string => `${percent.format(value)}%`;
const hundredths = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });
/** A computed percentage with up to two decimals, as exact as it is computed: "7,68%". */
export const formatPercentHundredths = (value: number): string => `${hundredths.format(value)}%`;
/** A margin in percentage points with up to two decimals: "0,15 procentpunt". Round it up before, never down. */
export const formatPointsHundredths = (value: number): string => `${hundredths.format(value)} procentpunt`;

/** Said in a cell where the source gives no percentage for that part. */
export const NOT_GIVEN = 'niet genoemd';

/**
 * The data table, turned a quarter: a column per bar and a row per part, so a few wide bars with
 * many parts still fit a phone. The last row is the sum of the given percentages.
 */
export function stackedTable(spec: StackedSpec): {
  headers: { label: string; path?: string | undefined }[];
  rows: { label: string; cells: string[] }[];
  footer: { label: string; cells: string[] };
} {
  return {
    headers: spec.rows.map((row) => ({ label: row.label, path: row.path })),
    rows: spec.series.map((series, index) => ({
      label: series.label,
      cells: spec.rows.map((row) => {
        const value = row.values[index];
        return value === undefined ? NOT_GIVEN : formatPercent(value);
      }),
    })),
    footer: {
      label: 'Som van de percentages',
      cells: spec.rows.map((row) => formatPercent(percentageSum(row.values.map((waarde) => ({ waarde }))))),
    },
  };
}

/** One sentence per bar for screen readers and the figure's text alternative: its largest part first. */
export function stackedSummary(spec: StackedSpec): string {
  return spec.rows
    .map((row) => {
      const parts = row.values
        .map((value, index) => ({ value, label: spec.series[index]?.label ?? '' }))
        .filter((part): part is { value: number; label: string } => part.value !== undefined && part.value > 0)
        .sort((a, b) => b.value - a.value)
        .map((part) => `${part.label.toLowerCase()} ${formatPercent(part.value)}`);
      return `${row.label}: ${parts.join(', ')}.`;
    })
    .join(' ');
}
