import { getGlossaryEntries } from './entries.ts';
import { glossaryMatcher } from '../lib/explain-terms.ts';
import type { TermMatcher } from '../lib/term-matcher.ts';
import { onceInBuild } from './build-cache.ts';

/**
 * The matcher that explains the glossary's terms and abbreviations where a page first uses them
 * (src/lib/explain-terms.ts), in Markdown and in component text alike.
 */
export function getTermMatcher(): Promise<TermMatcher> {
  return onceInBuild('glossary-terms', async () => glossaryMatcher((await getGlossaryEntries()).map((entry) => entry.data)));
}
