import type { APIRoute, GetStaticPaths } from 'astro';
import { datasetJsonSchema, getDatasets, type Dataset } from '../../data/datasets.ts';

export const getStaticPaths = (async () =>
  (await getDatasets()).map((dataset) => ({ params: { dataset: dataset.id }, props: { dataset } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ dataset: Dataset }> = ({ props }) =>
  new Response(`${JSON.stringify(datasetJsonSchema(props.dataset).json, null, 2)}\n`, {
    headers: { 'content-type': 'application/schema+json; charset=utf-8' },
  });
