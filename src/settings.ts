/**
 * Settings read from the environment when building, in one place (src/lib/ stays free of them).
 * SITE_URL and BASE_PATH are read by astro.config.mjs; these are what pages need besides.
 */

/**
 * The repository's web address, for example https://github.com/<organisatie>/twente-begroting:
 * every page made from a content file then links to that file ("Bewerk deze pagina"). Without it,
 * no page shows the link.
 */
export const REPOSITORY_URL = process.env.REPOSITORY_URL ?? '';
/**
 * The folder with the site's content, relative to the project (or absolute): `content` unless
 * CONTENT_DIR says otherwise. Another joint arrangement builds its own site from its own folder:
 * `CONTENT_DIR=tests/fixtures/voorbeeldregio npm run build` (also `npm run dev`, `npm run check:content`).
 */
export const CONTENT_DIR = process.env.CONTENT_DIR?.trim() || 'content';
/** The branch that staff edit. */
export const REPOSITORY_BRANCH = process.env.REPOSITORY_BRANCH ?? 'main';
