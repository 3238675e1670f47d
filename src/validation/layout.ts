/**
 * The content folder (content/, or CONTENT_DIR). Where each kind of content lives inside it is in
 * src/content-kinds.ts; the collections and the validator both read that, so a page's URL always maps to one file:
 * /2020/domeinen/gezondheid/ is content/2020/domeinen/gezondheid.md.
 */
export { CONTENT_DIR } from '../settings.ts';

/** Files in content/ that are documentation for staff, not site content. */
export const IGNORED_FILES = /(^|\/)(README\.md|\.gitkeep)$/;
