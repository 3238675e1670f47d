import { getCollection, type CollectionEntry } from 'astro:content';
import { onceInBuild } from './build-cache.ts';
import { municipalParts, perInhabitant, type Division, type MunicipalPart } from '../lib/contributions.ts';
import { sumAmounts } from '../lib/totals.ts';
import type { SourceRef } from '../schemas/common.ts';
import { getRegistries, getYearOverview, slugOf } from './budget.ts';

/** A number of inhabitants and where it comes from; `derived` when the site added it up. */
export interface PopulationFigure {
  count: number;
  source?: SourceRef | undefined;
  derived: boolean;
}

/** What one municipality pays in one year, as far as the content says. */
export interface MunicipalYear {
  /** One part per domain whose division over the municipalities is known. */
  parts: MunicipalPart[];
  /** The sum of the parts, when every domain's division is known. */
  total?: number | undefined;
  population?: PopulationFigure | undefined;
  perInhabitant?: number | undefined;
}

export interface YearContributions {
  jaar: number;
  /** True when content/<jaar>/bijdragen.yaml exists. */
  hasDivisions: boolean;
  divisions: Map<string, Division>;
  /** Source of each domain whose amounts come from a document. */
  sources: Map<string, SourceRef>;
  byMunicipality: Map<string, MunicipalYear>;
  /** Date the population figures refer to. */
  populationDate?: string | undefined;
  /** The region as a whole; its amounts per inhabitant (to the cent) are in src/data/per-inhabitant.ts. */
  region: { total: number; population?: PopulationFigure | undefined };
}

// Every year page, domain page and municipality page asks: read each collection once per build.
function yearFiles<K extends 'bijdragen' | 'inwoners'>(name: K): Promise<CollectionEntry<K>[]> {
  return onceInBuild(`collection:${name}`, () => getCollection(name));
}

/**
 * The contributions per municipality of a year, taken from the source or computed by a key. Every
 * domain page, year page and municipality page asks: computed once per year per build.
 */
export function getYearContributions(jaar: number): Promise<YearContributions> {
  return onceInBuild(`contributions:${jaar}`, () => computeYearContributions(jaar));
}

async function computeYearContributions(jaar: number): Promise<YearContributions> {
  const [overview, { municipalityList }, divisionsEntry, populationEntry] = await Promise.all([
    getYearOverview(jaar),
    getRegistries(),
    yearFiles('bijdragen').then((entries) => entries.find((entry) => entry.id === String(jaar))),
    yearFiles('inwoners').then((entries) => entries.find((entry) => entry.id === String(jaar))),
  ]);
  const municipalities = municipalityList.map((municipality) => municipality.id);
  const divisions = new Map<string, Division>();
  const sources = new Map<string, SourceRef>();
  for (const [domainId, division] of Object.entries(divisionsEntry?.data.domeinen ?? {})) {
    if (division.verdeling === 'bedragen') {
      divisions.set(domainId, { method: 'bron', amounts: new Map(division.bedragen.map((row) => [row.gemeente, row.bedrag])) });
      sources.set(domainId, division.bron);
    } else {
      divisions.set(domainId, { method: division.verdeling });
    }
  }
  const perMunicipalityPopulation = populationEntry?.data.gemeenten ?? {};
  const populationMap = new Map(Object.entries(perMunicipalityPopulation).map(([id, figure]) => [id, figure.aantal]));
  const parts = municipalParts({
    domains: overview.domains.map(({ item, amount }) => ({ id: slugOf(item), total: amount })),
    divisions,
    municipalities,
    population: populationMap,
  });
  const complete = overview.domains.length > 0 && overview.domains.every(({ item }) => divisions.has(slugOf(item)));
  const byMunicipality = new Map<string, MunicipalYear>(
    municipalities.map((id) => {
      const own = parts.get(id) ?? [];
      const total = complete ? sumAmounts(own.map((part) => part.amount)) : undefined;
      const figure = perMunicipalityPopulation[id];
      const population = figure ? { count: figure.aantal, source: figure.bron, derived: false } : undefined;
      return [
        id,
        {
          parts: own,
          total,
          population,
          perInhabitant: total !== undefined && population ? perInhabitant(total, population.count) : undefined,
        },
      ];
    }),
  );
  const regionPopulation: PopulationFigure | undefined = populationEntry?.data.regio
    ? { count: populationEntry.data.regio.aantal, source: populationEntry.data.regio.bron, derived: false }
    : municipalities.every((id) => populationMap.has(id))
      ? { count: sumAmounts(municipalities.map((id) => populationMap.get(id) ?? 0)), derived: true }
      : undefined;
  return {
    jaar,
    hasDivisions: divisions.size > 0,
    divisions,
    sources,
    byMunicipality,
    populationDate: populationEntry?.data.peildatum,
    region: {
      total: overview.total,
      population: regionPopulation,
    },
  };
}

/** Dutch words for how a part is known; computed parts say "berekend" and name the key. */
export const METHOD_LABEL: Record<MunicipalPart['method'], string> = {
  bron: 'uit de bron',
  inwonertal: 'berekend naar inwonertal',
  gelijk: 'berekend in gelijke delen',
};
