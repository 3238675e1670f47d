import type { ChartSpec } from '../lib/chart-data.ts';
import { titleWithArticle } from '../lib/dutch.ts';
import { municipalitiesEmbedSlug, type EmbedSource, type MatrixEmbedChart } from '../lib/embeds.ts';
import { countable, participationMatrixId, participationMatrixTitle } from '../lib/participation.ts';
import { documentWithDate } from '../lib/dutch.ts';
import { municipalityPath } from '../urls.ts';
import { onceInBuild } from './build-cache.ts';
import { getLatestYear, getRegistries, getYearOverview, getYears, participatingMunicipalities, slugOf } from './budget.ts';
import { getYearContributions } from './contributions.ts';

/** At most the most recent few documents, so a site with many years keeps one readable table (older years: their own pages). */
const MAX_DOCUMENTS = 5;

/**
 * The comparison of the fourteen municipalities on /gemeenten/: per municipality the coalitions it
 * joins per document and its contribution in the latest year, and one chart per numeric column. The
 * page and the embeddable charts (src/data/embeds.ts) both read it.
 */
export function getMunicipalityComparison() {
  return onceInBuild('municipality-comparison', computeComparison);
}

async function computeComparison() {
  const { municipalityList, sources } = await getRegistries();
  const latest = await getLatestYear();
  const jaar = latest.data.jaar;
  const overview = await getYearOverview(jaar);
  const contributions = await getYearContributions(jaar);
  const allIds = municipalityList.map((municipality) => municipality.id);
  // Per year whose document names the participants of at least one coalition, oldest first: the
  // coalitions by title, and whether the document names every coalition's participants. Only then
  // does a year get a count per municipality (src/lib/participation.ts); otherwise its matrix says
  // who is named and where the document is silent.
  const allNamingYears = (
    await Promise.all(
      [...(await getYears())].reverse().map(async (year) => {
        const { coalitions } = await getYearOverview(year.data.jaar);
        const named = coalitions.filter((coalition) => coalition.data.deelnemers);
        const source = sources.get(year.data.bron.document);
        const titles = { all: coalitions.map((coalition) => coalition.data.titel), named: named.map((coalition) => coalition.data.titel) };
        return { jaar: year.data.jaar, coalitions, named, source, titles, countable: countable(titles) };
      }),
    )
  ).filter((year) => year.named.length > 0);
  const namingYears = allNamingYears.slice(-MAX_DOCUMENTS);
  const countYears = namingYears.filter((year) => year.countable);
  const rows = municipalityList.map((municipality) => {
    const own = contributions.byMunicipality.get(municipality.id);
    return {
      municipality,
      coalitionCounts: countYears.map(
        (year) => year.named.filter((coalition) => participatingMunicipalities(coalition, allIds).includes(municipality.id)).length,
      ),
      total: own?.total,
      perInhabitant: own?.perInhabitant,
      computed: own?.parts.some((part) => part.method !== 'bron') ?? false,
    };
  });
  const hasTotals = rows.every((row) => row.total !== undefined);
  const hasPerInhabitant = rows.every((row) => row.perInhabitant !== undefined);

  // Where the contributions come from: a source per domain, or the domain's total with a key.
  const contributionSources: EmbedSource[] = overview.domains.map(({ item }) => ({
    label: item.data.titel,
    ref: contributions.sources.get(slugOf(item)) ?? item.data.bron,
  }));
  const populationSources: EmbedSource[] = rows.flatMap((row) => {
    const source = contributions.byMunicipality.get(row.municipality.id)?.population?.source;
    return source ? [{ label: 'Inwoners', ref: source }] : [];
  });

  /** One chart per numeric column; sorting the table by a column shows that column's chart. */
  const chartRow = (row: (typeof rows)[number], value: number) => ({
    label: row.municipality.data.naam,
    value,
    path: municipalityPath(row.municipality.id),
  });
  const charts: { column: string; slug: string; spec: ChartSpec; sources: EmbedSource[] }[] = [
    ...(hasTotals
      ? [
          {
            column: 'bijdrage',
            slug: municipalitiesEmbedSlug('bijdrage', jaar),
            sources: contributionSources,
            spec: {
              id: 'grafiek-gemeenten-bijdrage',
              title: `Bijdrage per gemeente, ${jaar}`,
              labelHeader: 'Gemeente',
              valueHeader: 'Bijdrage',
              noun: 'gemeenten',
              withShares: true,
              rows: rows.map((row) => chartRow(row, row.total ?? 0)),
            },
          },
        ]
      : []),
    ...(hasPerInhabitant
      ? [
          {
            column: 'per-inwoner',
            slug: municipalitiesEmbedSlug('per-inwoner', jaar),
            sources: [...contributionSources, ...populationSources],
            spec: {
              id: 'grafiek-gemeenten-per-inwoner',
              title: `Bijdrage per inwoner per gemeente, ${jaar}`,
              labelHeader: 'Gemeente',
              valueHeader: 'Per inwoner',
              noun: 'gemeenten',
              rows: rows.map((row) => chartRow(row, row.perInhabitant ?? 0)),
            },
          },
        ]
      : []),
    ...countYears.map((year, index) => ({
      column: `coalities-${year.jaar}`,
      slug: municipalitiesEmbedSlug('coalities', year.jaar),
      sources: year.named.flatMap((coalition) =>
        coalition.data.deelnemers ? [{ label: 'Deelnemers', ref: coalition.data.deelnemers.bron }] : [],
      ),
      spec: {
        id: `grafiek-gemeenten-coalities-${year.jaar}`,
        title: `Aantal coalities per gemeente volgens ${year.source ? titleWithArticle(year.source.data.titel) : year.jaar}`,
        labelHeader: 'Gemeente',
        valueHeader: `Coalities ${year.jaar}`,
        noun: 'gemeenten',
        format: 'aantal' as const,
        rows: rows.map((row) => chartRow(row, row.coalitionCounts[index] ?? 0)),
      },
    })),
  ];
  // The documents without a count: their matrix is what /gemeenten/ and the embed of that address show.
  const matrices: { slug: string; chart: MatrixEmbedChart; sources: EmbedSource[] }[] = namingYears
    .filter((year) => !year.countable)
    .map((year) => ({
      slug: municipalitiesEmbedSlug('coalities', year.jaar),
      sources: year.named.flatMap((coalition) =>
        coalition.data.deelnemers ? [{ label: 'Deelnemers', ref: coalition.data.deelnemers.bron }] : [],
      ),
      chart: {
        kind: 'matrix',
        jaar: year.jaar,
        id: participationMatrixId(year.jaar),
        title: participationMatrixTitle(year.source ? documentWithDate(year.source.data) : String(year.jaar)),
        municipalities: municipalityList.length,
        coalitions: year.coalitions.length,
      },
    }));
  return { latest, jaar, rows, countYears, namingYears, allNamingYears, hasTotals, hasPerInhabitant, charts, matrices };
}
