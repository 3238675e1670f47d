import type { APIRoute } from 'astro';
import { getDatasets, getSourceInfo } from '../../data/datasets.ts';
import { dataPackage } from '../../lib/datapackage.ts';

// One Frictionless Data Package that describes every CSV file next to it.
export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify(dataPackage(await getDatasets(), await getSourceInfo()), null, 2)}\n`, {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
