import { titleWithArticle } from './dutch.ts';
import { formatEuro } from './money.ts';

/** What a year page shows, for its one-line description (search results, link previews). */
export interface YearContents {
  /** The document's title: "Programmabegroting 2020". */
  title: string;
  organisation: string;
  /** The region the agenda speaks of: "Twente". */
  region: string;
  /** Domains with a municipal contribution, and their sum. */
  domains: number;
  total: number;
  /** Subjects of a cooperation agenda (with ambition and plans). */
  subjects: number;
  coalitions: number;
}

/** The description of a year page: what the document is and the main things the page shows. */
export function yearDescription({ title, organisation, region, domains, total, subjects, coalitions }: YearContents): string {
  const document = `${titleWithArticle(title, { capital: true })} van ${organisation}`;
  if (domains > 0)
    return `${document}: de gemeenten dragen samen ${formatEuro(total)} bij aan ${domains} domeinen (door deze site opgeteld).`;
  const withCoalitions = coalitions > 0 ? `, met ${coalitions} Coalitions of the Willing en de kerncijfers.` : ' en de kerncijfers.';
  if (subjects > 0)
    return `${document}: waar ${region} staat, en per onderwerp de ambitie en wat ${organisation} daarvoor gaat doen${withCoalitions}`;
  if (coalitions > 0) return `${document}${withCoalitions}`;
  return `${document}: wat de organisatie doet en de kerncijfers.`;
}
