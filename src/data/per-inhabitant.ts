import { perInhabitantTable } from '../lib/per-inhabitant.ts';
import type { SourceRef } from '../schemas/common.ts';
import { getYearOverview, type DomainEntry } from './budget.ts';
import { onceInBuild } from './build-cache.ts';
import { getYearContributions } from './contributions.ts';

/** A year's contributions per inhabitant of the region, when a source gives the region's population for that year. */
export interface YearPerInhabitant {
  jaar: number;
  /** Inhabitants of the region, with the date they were counted and their source. */
  population: { count: number; date: string | undefined; source: SourceRef };
  /** Everything the municipalities pay together, in euros and in cents per inhabitant. */
  total: { amount: number; cents: number };
  /** Each domain in source order, each rounded on its own. */
  domains: { item: DomainEntry; amount: number; cents: number }[];
}

/** Once per year per build: every domain page, year page and municipality page shows it. */
export function getYearPerInhabitant(jaar: number): Promise<YearPerInhabitant | undefined> {
  return onceInBuild(`per-inhabitant:${jaar}`, () => computeYearPerInhabitant(jaar));
}

async function computeYearPerInhabitant(jaar: number): Promise<YearPerInhabitant | undefined> {
  const [overview, contributions] = await Promise.all([getYearOverview(jaar), getYearContributions(jaar)]);
  const population = contributions.region.population;
  // Only a population that a source gives for the region as a whole; never one the site added up.
  if (!population?.source || population.derived || overview.domains.length === 0) return undefined;
  const table = perInhabitantTable(
    overview.domains.map(({ item, amount }) => ({ item, amount })),
    overview.total,
    population.count,
  );
  return {
    jaar,
    population: { count: population.count, date: contributions.populationDate, source: population.source },
    total: { amount: overview.total, cents: table.total },
    domains: table.parts,
  };
}
