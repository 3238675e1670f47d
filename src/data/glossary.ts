import { getCollection } from 'astro:content';
import { abbreviationMatcher } from '../markdown/abbreviations.ts';
import type { TermMatcher } from '../markdown/glossary-links.ts';
import { onceInBuild } from './build-cache.ts';

/** The matcher that explains the glossary's abbreviations on every page (src/markdown/abbreviations.ts). */
export function getAbbreviationMatcher(): Promise<TermMatcher> {
  return onceInBuild('abbreviations', async () => abbreviationMatcher((await getCollection('begrippen')).map((entry) => entry.data)));
}
