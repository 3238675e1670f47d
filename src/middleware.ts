import { defineMiddleware } from 'astro:middleware';
import { throwContentErrors } from './data/content-check.ts';

/** Every page shows the content's errors in `astro dev` until they are fixed (src/data/content-check.ts). */
export const onRequest = defineMiddleware(async (_context, next) => {
  // A build never renders with content errors: it stops while loading the content.
  if (import.meta.env.DEV) throwContentErrors();
  return next();
});
