import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { datasetJson, getDatasets, type Dataset } from '../../data/datasets.ts';

export const getStaticPaths = (async () =>
  (await getDatasets()).map((dataset) => ({ params: { dataset: dataset.id }, props: { dataset } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ dataset: Dataset }> = async ({ props }) => {
  const titles = new Map((await getCollection('bronnen')).map((source) => [source.id, source.data.titel]));
  return new Response(`${JSON.stringify(datasetJson(props.dataset, titles), null, 2)}\n`, {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
