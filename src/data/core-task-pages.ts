import type { YearReference } from '../lib/period.ts';
import type { PillarEntry } from './core-tasks.ts';
import { getYearOverview, getYears } from './budget.ts';

// Page titles carry the year only when it is the period of the figures (reference.isYear). For a year whose
// document gives no period (the 2024 slides) the kicker, the lead and the preview card name the document and its
// date instead; a page title has no room for that (with the site name it stays within 70 characters).

/** A pillar page's title: "Jeugd – pijler 1"; from the list of pages (src/data/page-titles.ts). */
export const pillarTitle = (pillar: PillarEntry, reference: YearReference): string =>
  `${pillar.data.titel} – pijler ${pillar.data.nummer}${reference.isYear ? `, ${reference.label}` : ''}`;

/** The scenarios page's title. */
export const scenariosTitle = (reference: YearReference): string =>
  `Scenario's en stellingen${reference.isYear ? ` ${reference.label}` : ''}`;

/**
 * The year "toen en nu" compares a core-task discussion with: the latest earlier year that has a
 * budget divided into domains (for 2024, that is 2020).
 */
export async function thenYear(jaar: number): Promise<number | undefined> {
  const earlier = (await getYears()).map((year) => year.data.jaar).filter((year) => year < jaar);
  for (const year of earlier.sort((a, b) => b - a)) if ((await getYearOverview(year)).domains.length > 0) return year;
  return undefined;
}
