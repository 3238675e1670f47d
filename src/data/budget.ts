import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { onceInBuild } from './build-cache.ts';
import { getMunicipalityEntries, getOrganisationEntries, getSourceList } from './entries.ts';
import { withShares, type WithShare } from '../lib/totals.ts';

export type DomainEntry = CollectionEntry<'domeinen'>;
export type CoalitionEntry = CollectionEntry<'coalities'>;
export type ThemeEntry = CollectionEntry<'themas'>;
export type AgendaEntry = CollectionEntry<'agenda'>;
export type YearEntry = CollectionEntry<'jaren'>;

/** The file name part of a per-year entry id: "2020/domeinen/gezondheid" gives "gezondheid". */
export const slugOf = (entry: DomainEntry | CoalitionEntry | ThemeEntry | AgendaEntry): string => entry.id.split('/').pop() ?? entry.id;

/** All budget years, newest first (every page's header and year switcher ask: once per build). */
export function getYears(): Promise<readonly YearEntry[]> {
  return onceInBuild('years', async () => (await getCollection('jaren')).sort((a, b) => b.data.jaar - a.data.jaar));
}

/** Everything a year's pages show, with the derived total and shares. */
export interface YearOverview {
  year: YearEntry;
  /** Domains in source order, each with its share of the total municipal contribution. */
  domains: WithShare<DomainEntry>[];
  /** Sum of the domains' contributions: what the municipalities pay together. */
  total: number;
  /** Coalitions in source order. */
  coalitions: CoalitionEntry[];
  /** Themes of a strategic programme, in source order. */
  themes: ThemeEntry[];
  /** Parts of a cooperation agenda (its context, then its subjects), in the order of the year page. */
  agenda: AgendaEntry[];
}

/** Every page asks for the overviews of all years (year switcher, municipality pages): once per build. */
export function getYearOverview(jaar: number): Promise<YearOverview> {
  return onceInBuild(`overview:${jaar}`, () => computeYearOverview(jaar));
}

async function computeYearOverview(jaar: number): Promise<YearOverview> {
  const year = await getEntry('jaren', String(jaar));
  if (!year) throw new Error(`No content/${jaar}/jaar.yaml`);
  const byOrder = (a: { data: { volgorde: number } }, b: { data: { volgorde: number } }) => a.data.volgorde - b.data.volgorde;
  const inYear = async <C extends PerYearCollection>(collection: C) =>
    [...((await entriesByYear(collection)).get(jaar) ?? [])].sort(byOrder);
  const [domainEntries, coalitions, themes, agenda] = await Promise.all([
    inYear('domeinen'),
    inYear('coalities'),
    inYear('themas'),
    inYear('agenda'),
  ]);
  const { total, rows } = withShares(domainEntries, (entry) => entry.data.bijdrage);
  return { year, domains: rows, total, coalitions, themes, agenda };
}

type PerYearCollection = 'domeinen' | 'coalities' | 'themas' | 'agenda';

/** A per-year collection grouped by year in one pass, once per build (each year's overview takes its own group). */
function entriesByYear<C extends PerYearCollection>(collection: C): Promise<ReadonlyMap<number, readonly CollectionEntry<C>[]>> {
  return onceInBuild(`by-year:${collection}`, async () =>
    Map.groupBy(await getCollection(collection), (entry) => (entry.data as { jaar: number }).jaar),
  );
}

/**
 * The newest year with a budget (domains with amounts): the one the home page and menu show.
 * Later years that only have key figures (such as 2024) do not replace it.
 */
export function getLatestYear(): Promise<YearEntry> {
  return onceInBuild('latest-year', findLatestYear);
}

async function findLatestYear(): Promise<YearEntry> {
  const years = await getYears();
  for (const year of years) {
    if ((await entriesByYear('domeinen')).has(year.data.jaar)) return year;
  }
  const [latest] = years;
  if (!latest) throw new Error('There is no budget year in content/ yet.');
  return latest;
}

/**
 * Every coalition grouped by file name ("netwerkstad-twente"): the same coalition in different years,
 * oldest first. Read once per build, so a coalition page need not scan them all.
 */
export function getCoalitionsBySlug(): Promise<ReadonlyMap<string, readonly CoalitionEntry[]>> {
  return onceInBuild('coalitions-by-slug', async () =>
    Map.groupBy(
      [...(await getCollection('coalities'))].sort((a, b) => a.data.jaar - b.data.jaar),
      slugOf,
    ),
  );
}

/** Lookup tables for the registries; read once per build (every page's source notes use them). */
export function getRegistries(): ReturnType<typeof loadRegistries> {
  return onceInBuild('registries', loadRegistries);
}

async function loadRegistries() {
  const [sources, municipalities, organisations] = await Promise.all([getSourceList(), getMunicipalityEntries(), getOrganisationEntries()]);
  const index = <T extends { id: string }>(entries: T[]) => new Map(entries.map((entry) => [entry.id, entry]));
  return {
    sources: index(sources),
    municipalities: index(municipalities),
    organisations: index(organisations),
    /** Municipalities in alphabetical order. */
    municipalityList: [...municipalities].sort((a, b) => a.data.naam.localeCompare(b.data.naam, 'nl')),
  };
}

/** The municipality ids of a coalition's participants ("alle" expanded). */
export function participatingMunicipalities(coalition: CoalitionEntry, allIds: readonly string[]): string[] {
  const list = coalition.data.deelnemers?.gemeenten;
  if (!list) return [];
  return list === 'alle' ? [...allIds] : list;
}
