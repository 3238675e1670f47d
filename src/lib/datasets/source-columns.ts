// The three provenance columns every dataset ends with: which document, where in it, and for which period.
import type { Period, SourceRef } from '../../schemas/common.ts';
import type { Column, Coverage } from '../open-data.ts';

/** The five forms of a period, in the words the column descriptions use. */
export const PERIOD_FORMS =
  'een jaar ("2016"), een reeks jaren ("2017-2018"), "per jaar" (een cijfer per jaar zonder jaartal), "onbepaalde tijd", of "geen" (de bron noemt geen periode)';

/** Every period value matches this in full (the same rule as the content schema; reads the same in JavaScript and XML Schema). */
export const PERIOD_PATTERN = '\\d{4}(-\\d{4})?|per jaar|onbepaalde tijd|geen';

export const SOURCE_COLUMN_NAMES = ['bron_document', 'bron_sectie', 'periode'] as const;

/** What the descriptions say for one dataset: what a row's source holds, and how its period is chosen. */
export interface SourceColumnText {
  /** What the source gives for a row, such as "de bijdrage" (used in "waar ... staat"). */
  what: string;
  /** The period column's description after the five forms: which period a row gets, and when it is empty. */
  period: string;
}

/** The provenance columns, described for one dataset. */
export function sourceColumns(text: SourceColumnText): Column[] {
  return [
    {
      name: 'bron_document',
      type: 'tekst',
      description: `Id van het document waar ${text.what} staat; hetzelfde id als bij de bronnen van dit bestand en in "sources" van datapackage.json (daar met titel en uitgever).`,
    },
    { name: 'bron_sectie', type: 'tekst', description: `Hoofdstuk, paragraaf, pagina of tabel in dat document waar ${text.what} staat.` },
    {
      name: 'periode',
      type: 'tekst',
      pattern: PERIOD_PATTERN,
      description: `Periode zoals de bron die geeft, in een van vijf vormen: ${PERIOD_FORMS}. ${text.period}`,
    },
  ];
}

/** The provenance cells of one row; an absent source or period gives empty cells. */
export function sourceCells(
  source: SourceRef | undefined,
  period: Period | undefined,
): Record<(typeof SOURCE_COLUMN_NAMES)[number], string | null> {
  return { bron_document: source?.document ?? null, bron_sectie: source?.sectie ?? null, periode: period ?? null };
}

/**
 * The period that rows' periods span together: from the first year to the last, when every row has a
 * year ("2016") or a range of years ("2017-2018"). Undefined when there are no rows, or when a row's
 * period is empty, "per jaar", "onbepaalde tijd" or "geen": then the source gives no period for the
 * whole table, and none is made up.
 */
export function spannedPeriod(periods: readonly (string | null | undefined)[]): Coverage | undefined {
  const years: number[] = [];
  for (const period of periods) {
    const match = /^(\d{4})(?:-(\d{4}))?$/.exec(period ?? '');
    if (!match) return undefined;
    years.push(Number(match[1]), Number(match[2] ?? match[1]));
  }
  if (years.length === 0) return undefined;
  return { start: String(Math.min(...years)), end: String(Math.max(...years)) };
}
