import type { CollectionEntry } from 'astro:content';
import { formatEuro } from '../lib/money.ts';
import { countInWords } from '../lib/dutch.ts';
import type { HeadlineFigure } from '../lib/share-card.ts';
import { formatPercent } from '../lib/stacked-chart.ts';
import type { YearOverview } from './budget.ts';

// The key figure of a page, with what it is. A page, its search result and its preview card take it
// from here, so a figure never travels without its label: a total names what it sums.

/** The sum of a year's domains, added up by this site: "Som van de bijdragen van de gemeenten aan de vijf domeinen, 2020". */
export function yearTotalFigure(overview: YearOverview): HeadlineFigure | undefined {
  if (overview.domains.length === 0) return undefined;
  const jaar = overview.year.data.jaar;
  return {
    value: formatEuro(overview.total),
    label: `Som van de bijdragen van de gemeenten aan de ${countInWords(overview.domains.length)} domeinen, ${jaar}`,
  };
}

/** What the municipalities contribute to one domain in its year. */
export function domainFigure(domain: CollectionEntry<'domeinen'>): HeadlineFigure {
  return { value: formatEuro(domain.data.bijdrage), label: `Bijdrage van de gemeenten aan dit domein, ${domain.data.jaar}` };
}

/** A coalition's expected costs, when its source gives them. */
export function coalitionFigure(coalition: CollectionEntry<'coalities'>): HeadlineFigure | undefined {
  const { kosten, jaar } = coalition.data;
  return kosten === undefined ? undefined : { value: formatEuro(kosten), label: `Verwachte kosten van deze coalitie, ${jaar}` };
}

/** A pillar's share of the total costs, as the slides give it (rounded, no year). */
export function pillarShareFigure(share: number | undefined): HeadlineFigure | undefined {
  return share === undefined ? undefined : { value: formatPercent(share), label: 'Aandeel in de totale kosten (afgerond percentage)' };
}
