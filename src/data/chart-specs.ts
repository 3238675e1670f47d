import type { ChartSpec } from '../lib/chart-data.ts';
import type { FigureBlock } from '../schemas/figures.ts';
import { domainPath, entryPath } from '../urls.ts';
import { slugOf, type CoalitionEntry, type DomainEntry, type YearOverview } from './budget.ts';
import { METHOD_LABEL, type YearContributions } from './contributions.ts';

/** The municipalities' contribution per domain; `current` marks the domain being viewed. */
export function domainChart(overview: YearOverview, current?: DomainEntry): ChartSpec {
  const jaar = overview.year.data.jaar;
  return {
    id: 'grafiek-domeinen',
    title: `Bijdrage van de gemeenten per domein, ${jaar}`,
    labelHeader: 'Domein',
    valueHeader: 'Bijdrage',
    noun: 'domeinen',
    withShares: true,
    rows: overview.domains.map(({ item, amount }) => ({
      label: item.data.titel,
      value: amount,
      path: entryPath(item),
      highlight: item.id === current?.id,
    })),
  };
}

/** The expected costs per coalition; undefined when the year's source gives no costs. */
export function coalitionChart(jaar: number, coalitions: CoalitionEntry[], current?: CoalitionEntry): ChartSpec | undefined {
  const withCosts = coalitions.filter((coalition) => coalition.data.kosten !== undefined);
  if (withCosts.length === 0) return undefined;
  return {
    id: 'grafiek-coalities',
    title: `Verwachte kosten per Coalition of the Willing, ${jaar}`,
    labelHeader: 'Coalitie',
    valueHeader: 'Verwachte kosten',
    noun: 'coalities',
    rows: withCosts.map((coalition) => ({
      label: coalition.data.titel,
      value: coalition.data.kosten ?? 0,
      path: entryPath(coalition),
      highlight: coalition.id === current?.id,
    })),
  };
}

/** A block of key figures that divides one whole ("verdeling"), as a chart in percentages. */
export function figureBlockChart(block: FigureBlock): ChartSpec {
  return {
    id: `grafiek-${block.id}`,
    title: block.titel,
    labelHeader: 'Onderdeel',
    valueHeader: 'Aandeel',
    noun: 'onderdelen',
    format: 'procent',
    rows: block.cijfers.map((figure) => ({ label: figure.label, value: figure.waarde ?? 0 })),
  };
}

/** What one municipality pays per domain in a year; undefined when no source gives any of its parts. */
export function municipalityYearChart(
  municipality: { id: string; naam: string },
  overview: YearOverview,
  contributions: YearContributions,
): ChartSpec | undefined {
  const own = contributions.byMunicipality.get(municipality.id);
  if (!own || own.parts.length === 0) return undefined;
  const { naam } = municipality;
  const jaar = overview.year.data.jaar;
  const domainTitle = new Map(overview.domains.map(({ item }) => [slugOf(item), item.data.titel]));
  return {
    id: `grafiek-bijdrage-${jaar}`,
    title: `Bijdrage van ${naam} per domein, ${jaar}`,
    labelHeader: 'Domein',
    valueHeader: `Bijdrage ${naam}`,
    noun: 'domeinen',
    withShares: own.total !== undefined,
    noteHeader: 'Herkomst',
    rows: own.parts.map((part) => ({
      label: domainTitle.get(part.domain) ?? part.domain,
      value: part.amount,
      path: domainTitle.has(part.domain) ? domainPath(jaar, part.domain) : undefined,
      note: METHOD_LABEL[part.method],
    })),
  };
}
