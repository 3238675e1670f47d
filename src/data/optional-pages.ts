import { onceInBuild } from './build-cache.ts';
import { getAllCoreTasks, getGlossaryEntries, getOrganisationEntries, getTimeline } from './entries.ts';
import { getPageText } from './page-texts.ts';
import { getConnections } from './connections.ts';

// Pages that exist only when the content has something for them: a page kind without content is not
// made and not linked (the glossary without terms, the organisation page without a timeline or an
// organisation that belongs to the joint arrangement now).

/** Which of the optional pages the content fills. */
export interface OptionalPages {
  /** /begrippen/: terms, or the kinds of task of a core-task discussion. */
  glossary: boolean;
  /** /organisatie/: a timeline, or organisations with their place in the joint arrangement now. */
  organisation: boolean;
  /** /door-de-jaren/: subjects that run through the years (content/verbanden.yaml). */
  subjects: boolean;
}

export function getOptionalPages(): Promise<OptionalPages> {
  return onceInBuild('optional-pages', async () => {
    const [terms, coreTasks, timeline, organisations, connections] = await Promise.all([
      getGlossaryEntries(),
      getAllCoreTasks(),
      getTimeline(),
      getOrganisationEntries(),
      getConnections(),
    ]);
    return {
      glossary: terms.length > 0 || coreTasks.length > 0,
      organisation: timeline.length > 0 || organisations.some((entry) => entry.data.samenwerkingNu !== undefined),
      subjects: connections.length > 0,
    };
  });
}

/** The title of /organisatie/ (content/paginas/organisatie.md), when the page is made; its text is only needed then. */
export async function organisationPageTitle(): Promise<string | undefined> {
  return (await getOptionalPages()).organisation ? (await getPageText('organisatie')).data.titel : undefined;
}
