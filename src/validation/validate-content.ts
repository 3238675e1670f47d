import type { ContentError } from './content-error.ts';
import { checkCrossRules } from './cross-rules.ts';
import type { ContentSet } from './content-set.ts';
import { loadContent } from './load-content.ts';

/** Validates all content: every file against its schema, then the rules across files. */
export function validateContent(contentDir: string): { content: ContentSet; errors: ContentError[] } {
  const { content, errors } = loadContent(contentDir);
  return { content, errors: [...errors, ...checkCrossRules(content)] };
}
