import type { APIRoute, GetStaticPaths } from 'astro';
import { datasetJson, getDatasets, getSourceInfo, MEDIA_TYPES, type Dataset } from '../../data/datasets.ts';

export const getStaticPaths = (async () =>
  (await getDatasets()).map((dataset) => ({ params: { dataset: dataset.id }, props: { dataset } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ dataset: Dataset }> = async ({ props }) =>
  new Response(`${JSON.stringify(datasetJson(props.dataset, await getSourceInfo()), null, 2)}\n`, {
    headers: { 'content-type': `${MEDIA_TYPES.json}; charset=utf-8` },
  });
