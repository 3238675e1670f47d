import type { Mention } from '../schemas/connections.ts';
import type { YearReference } from '../lib/period.ts';
import { getConnections, type ConnectionEntry } from './connections.ts';
import { getYears } from './budget.ts';
import { getYearReferences } from './year-reference.ts';
import { onceInBuild } from './build-cache.ts';

/** One year of a subject: what that year's document says of it, or that it does not name it. */
export interface SubjectYear {
  jaar: number;
  /** The year as titles name it, and its document. */
  reference: YearReference | undefined;
  /** The document's title ("Programmabegroting 2020"). */
  title: string;
  /** The mention in content/verbanden.yaml; none when the document of that year does not name the subject. */
  mention: Mention | undefined;
}

/** A subject that runs through the years, with a row for every year of the site, oldest first. */
export interface Subject {
  entry: ConnectionEntry;
  years: SubjectYear[];
}

/**
 * Every subject of content/verbanden.yaml with a row per year of the site. A year without a mention is
 * a year whose document does not name the subject: the file lists every year that does (its rule).
 */
export function getSubjects(): Promise<readonly Subject[]> {
  return onceInBuild('subjects', async () => {
    const [connections, years, references] = await Promise.all([getConnections(), getYears(), getYearReferences()]);
    const ordered = [...years].sort((a, b) => a.data.jaar - b.data.jaar);
    return connections.map((entry) => ({
      entry,
      years: ordered.map((year) => ({
        jaar: year.data.jaar,
        reference: references.get(year.data.jaar),
        title: year.data.titel,
        mention: entry.data.jaren.find((mention) => mention.jaar === year.data.jaar),
      })),
    }));
  });
}
