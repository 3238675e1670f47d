import { listInDutch } from './dutch.ts';
// The one-sentence summary above a chart: which rows are highest and lowest, in Dutch, with ties
// and unknown values said in words. Pure: formatting is passed in, so it does not depend on charts.

/** One row as the summary sees it. */
export interface SummaryRow {
  label: string;
  value: number;
  /** The value is not known: the row is left out of highest and lowest, and counted as unknown. */
  unknown?: boolean | undefined;
}

export interface SummaryInput {
  /** Name of the chart, used when there is too little to compare: "Bijdrage per domein, 2020". */
  title: string;
  /** What the rows are, in the plural: "domeinen". */
  noun: string;
  /** What a value is, as a noun without article: "bedrag", "aandeel", "aantal". */
  word: string;
  rows: SummaryRow[];
  /** The rows are parts of one total: name the total and give each named row its share. */
  withShares: boolean;
  format: (value: number) => string;
  /** A fraction (0.25) as a Dutch percentage ("25,0%"). */
  formatShare: (fraction: number) => string;
}

/** Tied rows up to this many are named; more are counted ("bij 9 gemeenten"). */
export const MAX_NAMED = 3;

/** The known rows with the highest and with the lowest value, each in their original order (none when no row is known). */
export function extremes<Row extends SummaryRow>(rows: Row[]): { highest: Row[]; lowest: Row[] } {
  const known = rows.filter((row) => !row.unknown);
  const values = known.map((row) => row.value);
  const max = Math.max(...values);
  const min = Math.min(...values);
  return { highest: known.filter((row) => row.value === max), lowest: known.filter((row) => row.value === min) };
}

/**
 * One sentence that says what the chart shows. The rule:
 *
 * - Highest and lowest name every row that shares that value: one row "Jeugd (29%)", two or three
 *   rows "Jeugd en Bedrijfsvoering (elk 29%)"; from MAX_NAMED + 1 tied rows on, their number instead:
 *   "9 gemeenten (elk 2)". With shares, each value also gets its share of the total.
 * - Rows whose value is unknown count in the number of rows but not in highest, lowest or total; the
 *   sentence says how many there are ("van 2 ervan is het bedrag onbekend").
 * - When every known row has the same value the sentence says so ("Alle 14 gemeenten hebben hetzelfde
 *   aantal (2)."), and with one known row it names only that row. No rows: "<titel>: geen gegevens.".
 */
export function summarySentence(input: SummaryInput): string {
  const { title, noun, word, rows, withShares, format } = input;
  const known = rows.filter((row) => !row.unknown);
  const unknown = rows.length - known.length;
  const total = known.reduce((sum, row) => sum + row.value, 0);
  const share = (value: number) => input.formatShare(total === 0 ? 0 : value / total);
  const amount = (value: number) => (withShares ? `${format(value)}, ${share(value)}` : format(value));
  /** "Jeugd (29%)", "Jeugd en Veiligheid (elk 12%)" or "9 gemeenten (elk 2)". */
  const group = (tied: SummaryRow[]) => {
    const value = tied[0]?.value ?? 0;
    const names = tied.length > MAX_NAMED ? `${tied.length} ${noun}` : listInDutch(tied.map((row) => row.label));
    return `${names} (${tied.length > 1 ? 'elk ' : ''}${amount(value)})`;
  };

  const only = known[0];
  if (rows.length === 0) return `${title}: geen gegevens.`;
  if (!only)
    return rows.length === 1
      ? `${title}: het ${word} van ${rows[0]?.label} is onbekend.`
      : `Van alle ${rows.length} ${noun} is het ${word} onbekend.`;
  const { highest, lowest } = extremes(known);
  // Asked only below, where two or more rows are known.
  const allEqual = highest.length === known.length;

  if (withShares) {
    if (rows.length === 1) return `Het hele ${word}, ${format(only.value)}, gaat naar ${only.label}.`;
    const intro =
      unknown === 0
        ? `Samen ${format(total)} (opgeteld door deze site), verdeeld over ${rows.length} ${noun}`
        : `Samen bekend: ${format(total)} (opgeteld door deze site), verdeeld over ${rows.length} ${noun} waarvan ${unknown} met een onbekend ${word}`;
    if (known.length === 1) return `${intro}: alles gaat naar ${group(known)}.`;
    if (allEqual)
      return `${intro}: ${unknown === 0 ? 'alle' : 'de andere'} ${known.length} krijgen hetzelfde ${word} (${amount(only.value)}).`;
    return `${intro}: het meeste gaat naar ${group(highest)}, het minste naar ${group(lowest)}.`;
  }

  const unknownClause = unknown === 0 ? '' : `; van ${unknown} ervan is het ${word} onbekend`;
  if (rows.length === 1) return `${title}: alleen ${group(known)}.`;
  if (known.length === 1) return `Van de ${rows.length} ${noun} is alleen het ${word} van ${group(known)} bekend.`;
  if (allEqual) {
    return unknown === 0
      ? `Alle ${rows.length} ${noun} hebben hetzelfde ${word} (${format(only.value)}).`
      : `Van de ${rows.length} ${noun} hebben alle met een bekend ${word} hetzelfde ${word} (${format(only.value)})${unknownClause}.`;
  }
  return `Van de ${rows.length} ${noun} is het ${word} het hoogst bij ${group(highest)} en het laagst bij ${group(lowest)}${unknownClause}.`;
}
