import { getCollection } from 'astro:content';
import { coalitionsDataset } from '../lib/datasets/coalitions.ts';
import { domainsDataset } from '../lib/datasets/domains.ts';
import { figuresDataset } from '../lib/datasets/figures.ts';
import { municipalitiesDataset } from '../lib/datasets/municipalities.ts';
import { populationDataset } from '../lib/datasets/population.ts';
import type { Dataset, SourceInfo } from '../lib/open-data.ts';
import { onceInBuild } from './build-cache.ts';
import { getRegionNames } from './site.ts';
import { getRegistries, getYearOverview, getYears, slugOf } from './budget.ts';

export { datasetJson, datasetJsonSchema, datasetSectionId, LICENCE, MEDIA_TYPES, type Dataset } from '../lib/open-data.ts';

/** Every dataset the site publishes, per year (domains, coalitions, population), then the municipalities and the key figures per document. */
export function getDatasets(): Promise<Dataset[]> {
  return onceInBuild('datasets', loadDatasets);
}

/** The source documents by id, as the open-data files describe them. */
export async function getSourceInfo(): Promise<Map<string, SourceInfo>> {
  const { sources } = await getRegistries();
  return new Map([...sources.values()].map((source) => [source.id, { ...source.data, id: source.id }]));
}

async function loadDatasets(): Promise<Dataset[]> {
  const datasets: Dataset[] = [];
  const { municipalityList, organisations, sources } = await getRegistries();
  const municipalities = municipalityList.map((municipality) => municipality.data);
  const populations = await getCollection('inwoners');
  const names = await getRegionNames();
  for (const year of await getYears()) {
    const { jaar } = year.data;
    const overview = await getYearOverview(jaar);
    const population = populations.find((entry) => entry.data.jaar === jaar)?.data;
    const region = population?.regio;
    const regionSource = region ? sources.get(region.bron.document)?.data : undefined;
    const domains =
      overview.domains.length > 0
        ? domainsDataset({
            jaar,
            organisation: year.data.organisatie,
            budgetTitle: year.data.titel,
            domains: overview.domains.map(({ item, amount, share }) => ({
              id: slugOf(item),
              title: item.data.titel,
              amount,
              share,
              source: item.data.bron,
            })),
            population:
              population && region && regionSource
                ? {
                    count: region.aantal,
                    date: population.peildatum,
                    source: region.bron,
                    sourceTitle: regionSource.titel,
                    publisher: regionSource.uitgever,
                    sourceDate: regionSource.datum,
                  }
                : undefined,
            names,
          })
        : undefined;
    if (domains) datasets.push(domains);
    if (overview.coalitions.length > 0) {
      datasets.push(
        coalitionsDataset({
          jaar,
          yearDocument: year.data.bron.document,
          yearTitle: year.data.titel,
          coalitions: overview.coalitions.map((coalition) => ({ id: slugOf(coalition), data: coalition.data })),
          municipalities,
          organisationNames: new Map([...organisations.values()].map((organisation) => [organisation.id, organisation.data.naam])),
          names,
        }),
      );
    }
    const inhabitants = population ? populationDataset({ population, municipalities, domainsDataset: domains?.id, names }) : undefined;
    if (inhabitants) datasets.push(inhabitants);
  }
  datasets.push(
    municipalitiesDataset(municipalities, new Map([...sources.values()].map((source) => [source.id, source.data.datum])), names.region),
  );
  for (const entry of await getCollection('cijfers')) {
    datasets.push(figuresDataset({ figures: entry.data, title: sources.get(entry.id)?.data.titel ?? entry.id }));
  }
  return datasets;
}
