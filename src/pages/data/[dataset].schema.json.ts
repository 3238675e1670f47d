import type { APIRoute, GetStaticPaths } from 'astro';
import { datasetJsonSchema, getDatasets, MEDIA_TYPES, type Dataset } from '../../data/datasets.ts';
import { datasetPath, href } from '../../urls.ts';

export const getStaticPaths = (async () =>
  (await getDatasets()).map((dataset) => ({ params: { dataset: dataset.id }, props: { dataset } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ dataset: Dataset }> = ({ props }) =>
  new Response(`${JSON.stringify(datasetJsonSchema(props.dataset, href(datasetPath(props.dataset.id, 'schema.json'))).json, null, 2)}\n`, {
    headers: { 'content-type': `${MEDIA_TYPES['schema.json']}; charset=utf-8` },
  });
