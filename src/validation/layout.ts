/**
 * The content folder (content/, or CONTENT_DIR). Where each kind of content lives inside it is in
 * src/content-kinds.ts; the collections and the validator both read that, so a page's URL always maps to one file:
 * /2020/domeinen/gezondheid/ is content/2020/domeinen/gezondheid.md.
 */
import { join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONTENT_DIR } from '../settings.ts';

export { CONTENT_DIR };

/**
 * The content folder of the project at `root` (Astro's config.root), absolute and with a trailing
 * separator: written the same way everywhere, so the content is read once (src/validation/content-model.ts)
 * and a watcher can compare paths by their start.
 */
export const contentFolder = (root: URL): string => join(resolve(fileURLToPath(root), CONTENT_DIR), sep);

/** Files in content/ that are documentation for staff, not site content. */
export const IGNORED_FILES = /(^|\/)(README\.md|\.gitkeep)$/;
