import type { APIRoute } from 'astro';
import { getDatasets, getSourceInfo } from '../../data/datasets.ts';
import { getSite } from '../../data/site.ts';
import { dcatCatalogue } from '../../lib/dcat.ts';
import { REPOSITORY_URL } from '../../settings.ts';
import { absoluteUrl } from '../../urls.ts';

// The DCAT-AP-NL catalogue of every dataset, for data portals that harvest it.
export const GET: APIRoute = async () =>
  new Response(
    `${JSON.stringify(
      dcatCatalogue(await getDatasets(), await getSourceInfo(), {
        name: (await getSite()).naam,
        url: (path) => absoluteUrl(path),
        repositoryUrl: REPOSITORY_URL,
      }),
      null,
      2,
    )}\n`,
    { headers: { 'content-type': 'application/ld+json; charset=utf-8' } },
  );
