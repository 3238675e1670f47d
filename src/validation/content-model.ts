import { AstroError } from 'astro/errors';
import { resolve } from 'node:path';
import { formatContentErrors, type ContentError, type StoredContentError } from './content-error.ts';
import type { ContentSet } from './content-set.ts';
import { validateContent } from './validate-content.ts';

/** All content of the site, read and checked once: what pages, redirects and Markdown plugins use. */
export interface ContentModel {
  /** Every file that parsed and matched its schema. */
  content: ContentSet;
  /** Every problem found, in files and across files; empty when the content is in order. */
  errors: ContentError[];
}

// Astro loads astro.config.mjs (its integrations and Markdown plugins) with Node and
// src/content.config.ts (the collections' loader) through Vite: each gets its own copy of this
// module. The models sit on globalThis, under a registered symbol, so that both copies share one
// reading of the content: the config's redirects, the glossary links and the collections.
const KEY = Symbol.for('begroting.content-models');
const FOLDERS = Symbol.for('begroting.content-folders');
const holder = globalThis as { [KEY]?: Map<string, ContentModel>; [FOLDERS]?: Map<string, string> };
const models = (holder[KEY] ??= new Map());
const folders = (holder[FOLDERS] ??= new Map());

/** The content of `contentDir`, read and validated on first use; later calls get the same model. */
export function contentModel(contentDir: string): ContentModel {
  const key = resolve(contentDir);
  folders.set(key, contentDir);
  let model = models.get(key);
  if (!model) {
    model = validateContent(contentDir);
    models.set(key, model);
  }
  return model;
}

/** Forgets the model of `contentDir` (after a file changed in `astro dev`); the next call reads it again. */
export function forgetContentModel(contentDir: string): void {
  models.delete(resolve(contentDir));
}

/**
 * The errors of every content folder read so far (one: the site's), read again if a change made
 * it forget them. For `astro dev`, which shows them on every page until they are fixed.
 */
export function currentContentErrors(): ContentError[] {
  return [...folders.values()].flatMap((contentDir) => contentModel(contentDir).errors);
}

/** The error that stops a build: every content error at once, with a hint on how to go on. */
export function contentErrorsError(errors: readonly StoredContentError[]): AstroError {
  const noun = errors.length === 1 ? 'fout' : 'fouten';
  return new AstroError(
    `De inhoud bevat ${errors.length} ${noun}:\n${formatContentErrors([...errors])}`,
    'Verbeter de genoemde velden in de genoemde bestanden; `npm run check:content` toont dezelfde lijst zonder te bouwen.',
  );
}
