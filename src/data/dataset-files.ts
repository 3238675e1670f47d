import type { APIRoute, GetStaticPaths } from 'astro';
import { getDatasets, MEDIA_TYPES, type Dataset } from './datasets.ts';
import type { Value } from '../lib/csv.ts';

/** One file per dataset (src/pages/data/): its id is the file name. */
export const datasetPaths = (async () =>
  (await getDatasets()).map((dataset) => ({ params: { dataset: dataset.id }, props: { dataset } }))) satisfies GetStaticPaths;

/** A dataset as CSV, written by `write` (the standard CSV, or the copy for Excel with Dutch settings). */
export function csvFile(
  write: (headers: readonly string[], rows: readonly (readonly Value[])[]) => string,
): APIRoute<{ dataset: Dataset }> {
  return ({ props }) => {
    const names = props.dataset.columns.map((column) => column.name);
    const body = write(
      names,
      props.dataset.rows.map((row) => names.map((name) => row[name])),
    );
    return new Response(body, { headers: { 'content-type': `${MEDIA_TYPES.csv}; charset=utf-8` } });
  };
}
