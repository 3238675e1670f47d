import type { APIRoute, GetStaticPaths } from 'astro';
import { getDatasets, MEDIA_TYPES, type Dataset } from '../../../data/datasets.ts';
import { toExcelCsv } from '../../../lib/csv.ts';

// The copy of each CSV file for Excel with Dutch settings: semicolons, decimal comma, same rows.
export const getStaticPaths = (async () =>
  (await getDatasets()).map((dataset) => ({ params: { dataset: dataset.id }, props: { dataset } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ dataset: Dataset }> = ({ props }) => {
  const { dataset } = props;
  const names = dataset.columns.map((column) => column.name);
  const body = toExcelCsv(
    names,
    dataset.rows.map((row) => names.map((name) => row[name])),
  );
  return new Response(body, { headers: { 'content-type': `${MEDIA_TYPES.csv}; charset=utf-8` } });
};
