import { contentErrorsError } from '../validation/content-model.ts';

/**
 * Throws the content's errors, if any, so that `astro dev` shows them in its error overlay with the
 * same list as the terminal, `npm run check:content` and a failing build. (A build stops before
 * rendering when the content has errors, so only `astro dev` needs to ask.)
 */
export async function throwContentErrors(): Promise<void> {
  // Imported per call: `astro dev` keeps the middleware module for its whole run, while the content
  // module is replaced after each edit; a static import would keep the first version's errors.
  const { getEntry } = await import('astro:content');
  const errors = (await getEntry('inhoudscontrole', 'laatste'))?.data.fouten ?? [];
  if (errors.length > 0) throw contentErrorsError(errors);
}
