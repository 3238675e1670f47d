import type { PillarEntry } from './core-tasks.ts';
import { getYearOverview, getYears } from './budget.ts';

/** A pillar page's title; its preview card says the same (src/data/share-cards.ts). */
export const pillarTitle = (pillar: PillarEntry): string => `${pillar.data.titel} – pijler ${pillar.data.jaar}`;

/** The scenarios page's title. */
export const scenariosTitle = (jaar: number): string => `Scenario's en stellingen ${jaar}`;

/**
 * The year "toen en nu" compares a core-task discussion with: the latest earlier year that has a
 * budget divided into domains (for 2024, that is 2020).
 */
export async function thenYear(jaar: number): Promise<number | undefined> {
  const earlier = (await getYears()).map((year) => year.data.jaar).filter((year) => year < jaar);
  for (const year of earlier.sort((a, b) => b - a)) if ((await getYearOverview(year)).domains.length > 0) return year;
  return undefined;
}
