import { getGlossaryEntries } from './entries.ts';
import { glossaryMatcher } from '../markdown/abbreviations.ts';
import type { TermMatcher } from '../markdown/glossary-links.ts';
import { onceInBuild } from './build-cache.ts';

/**
 * The matcher that explains the glossary's terms and abbreviations where a page first uses them
 * (src/markdown/abbreviations.ts), in Markdown and in component text alike.
 */
export function getTermMatcher(): Promise<TermMatcher> {
  return onceInBuild('glossary-terms', async () => glossaryMatcher((await getGlossaryEntries()).map((entry) => entry.data)));
}
