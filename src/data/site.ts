import { getEntry } from 'astro:content';
import { countInWords } from '../lib/dutch.ts';
import { bodyWithCurrentName, municipalitiesOfRegion, type RegionNames } from '../lib/site-names.ts';
import type { Site } from '../schemas/site.ts';
import { onceInBuild } from './build-cache.ts';
import { getRegistries } from './budget.ts';

/** content/site.yaml, with what pages derive from it: the number of municipalities, in words. */
export interface SiteFacts extends Site {
  /** How many municipalities take part (content/gemeenten.yaml). */
  municipalityCount: number;
  /** That number as Dutch text writes it: "veertien". */
  municipalityWord: string;
  /** The joint arrangement with its current name where it has one: "Regio Twente, nu SamenTwente". */
  bodyWithCurrentName: string;
  /** The joint arrangement's name now: "SamenTwente"; its name in the documents when it kept that. */
  bodyNow: string;
  /** The municipalities after an article or a count: "Twentse gemeenten" (or "gemeenten van <regio>"). */
  regionalMunicipalities: string;
}

/** The site's own facts, read once per build. */
export function getSite(): Promise<SiteFacts> {
  return onceInBuild('site', async () => {
    const entry = await getEntry('site', 'site');
    if (!entry) throw new Error('content/site.yaml is missing: the content check reports it');
    const count = (await getRegistries()).municipalityList.length;
    const data = entry.data;
    return {
      ...data,
      municipalityCount: count,
      municipalityWord: countInWords(count),
      bodyWithCurrentName: bodyWithCurrentName(data.samenwerking, data.samenwerkingNu),
      bodyNow: data.samenwerkingNu ?? data.samenwerking,
      regionalMunicipalities: municipalitiesOfRegion(data.regio, data.regioBijvoeglijk),
    };
  });
}

/** The names that texts of src/lib/ take as parameters: the joint arrangement, the region, the number of municipalities. */
export async function getRegionNames(): Promise<RegionNames> {
  const site = await getSite();
  return { body: site.samenwerking, region: site.regio, municipalityWord: site.municipalityWord };
}
