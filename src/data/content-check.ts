import { contentErrorsError, currentContentErrors } from '../validation/content-model.ts';

/**
 * Throws the content's errors, if any, so that `astro dev` shows them in its error overlay with the
 * same list as the terminal, `npm run check:content` and a failing build. (A build stops before
 * rendering when the content has errors, so only `astro dev` needs to ask.) The errors come from the
 * same reading of the content as the collections (src/validation/content-model.ts).
 */
export function throwContentErrors(): void {
  const errors = currentContentErrors();
  if (errors.length > 0) throw contentErrorsError(errors);
}
