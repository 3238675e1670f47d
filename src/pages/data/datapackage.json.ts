import type { APIRoute } from 'astro';
import { getDatasets, getSourceInfo } from '../../data/datasets.ts';
import { getSite } from '../../data/site.ts';
import { dataPackage } from '../../lib/datapackage.ts';

// One Frictionless Data Package that describes every CSV file next to it.
export const GET: APIRoute = async () => {
  const site = await getSite();
  const names = { name: site.naam, body: site.samenwerking, bodyNow: site.samenwerkingNu };
  return new Response(`${JSON.stringify(dataPackage(await getDatasets(), await getSourceInfo(), names), null, 2)}\n`, {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
