import { defineMiddleware } from 'astro:middleware';
import { contentErrorsError } from './validation/content-model.ts';

/**
 * A content error shows on every page, in Astro's error overlay in `astro dev`, with the same list
 * as the terminal, `npm run check:content` and a failing build. Fix the file and the page comes
 * back. A build stops before rendering when the content has errors, so there the list is empty.
 */
export const onRequest = defineMiddleware(async (_context, next) => {
  // Imported per request: `astro dev` keeps this module for its whole run, while the content
  // module is replaced after each edit; a static import would keep the first version's errors.
  const { getEntry } = await import('astro:content');
  const errors = (await getEntry('inhoudscontrole', 'laatste'))?.data.fouten ?? [];
  if (errors.length > 0) throw contentErrorsError(errors);
  return next();
});
