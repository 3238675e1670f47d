import type { Mention } from '../schemas/connections.ts';

/** One organisation, task or coalition of content/verbanden.yaml: its name and where each year's document speaks of it. */
export interface FollowedSubject {
  naam: string;
  jaren: readonly Mention[];
}

/** A subject of the earlier document that the later document does not name. */
export interface NotNamed {
  name: string;
  /** Where the earlier document has it: a domain or a coalition of that year. */
  then: Mention;
  /** Where the site places it in the later document all the same (a reading, never the document's words), if anywhere. */
  reading: Mention | undefined;
}

/**
 * The domains' tasks and the coalitions of year `earlier` (each subject with a mention in that year that is a
 * domain or a coalition) that the document of year `later` does not name: it has no mention in that year, or
 * only the site's reading. A fact about the two documents, in the order of content/verbanden.yaml; it says
 * nothing about whether a task stopped.
 */
export function notNamedLater(subjects: readonly FollowedSubject[], earlier: number, later: number): NotNamed[] {
  return subjects.flatMap((subject) => {
    const then = subject.jaren.find((mention) => mention.jaar === earlier && (mention.domein || mention.coalitie));
    if (!then) return [];
    const now = subject.jaren.find((mention) => mention.jaar === later);
    if (now?.citaat !== undefined) return [];
    return [{ name: subject.naam, then, reading: now?.lezing !== undefined ? now : undefined }];
  });
}
