import { readdirSync } from 'node:fs';
import { KIND_KEYS, kindOf, pathPattern, type KindKey } from '../../src/content-kinds.ts';
import { IGNORED_FILES } from '../../src/validation/layout.ts';

/** Every file of the content folder, relative to it, with forward slashes, sorted; not the staff's README. */
export function contentFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) => `${entry.parentPath.slice(dir.length).replace(/\\/g, '/').replace(/^\/+/, '')}/${entry.name}`.replace(/^\//, ''))
    .filter((name) => !IGNORED_FILES.test(name))
    .sort();
}

/** The kind a content file belongs to (the first whose path matches, as the loader decides), if any. */
export function kindOfFile(name: string): KindKey | undefined {
  return KIND_KEYS.find((key) => pathPattern(kindOf(key)).test(name));
}
