import { yearReference, type YearReference } from '../lib/period.ts';
import { onceInBuild } from './build-cache.ts';
import { getRegistries, getYears } from './budget.ts';
import { getDocumentFigures } from './documents.ts';

/**
 * How titles, cards and labels name each year (src/lib/period.ts, yearReference): the year, or for a
 * year whose document gives no period for its figures, the document and its date. Once per build.
 */
export function getYearReferences(): Promise<ReadonlyMap<number, YearReference>> {
  return onceInBuild('year-references', async () => {
    const { sources } = await getRegistries();
    const entries = await Promise.all(
      (await getYears()).map(async (year) => {
        const document = year.data.bron.document;
        const blocks = (await getDocumentFigures(document))?.data.blokken ?? [];
        return [year.data.jaar, yearReference(year.data.jaar, sources.get(document)?.data, blocks)] as const;
      }),
    );
    return new Map(entries);
  });
}

/** The reference of one year; the year itself for a year the site does not have. */
export async function getYearReference(jaar: number): Promise<YearReference> {
  return (await getYearReferences()).get(jaar) ?? { label: String(jaar), isYear: true, document: `het document van ${jaar}` };
}
