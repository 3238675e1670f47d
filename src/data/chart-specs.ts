import type { ChartSpec } from '../lib/chart-data.ts';
import { entryPath } from '../urls.ts';
import type { CoalitionEntry, DomainEntry, YearOverview } from './budget.ts';

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
