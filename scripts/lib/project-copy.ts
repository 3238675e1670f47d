import { cpSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A throw-away copy of the project in a temporary folder, to build changed content without touching
 * the real one. node_modules is a real folder of links to the packages, so Astro and Vite write their
 * caches (node_modules/.astro, node_modules/.vite) inside the copy, not into the project's own.
 */
export function copyProject(root: string, prefix = 'twente-site-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const name of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'content', 'public']) {
    cpSync(join(root, name), join(dir, name), { recursive: true });
  }
  const modules = join(root, 'node_modules');
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(modules)) {
    if (['.astro', '.vite', '.cache'].includes(name)) continue;
    symlinkSync(join(modules, name), join(dir, 'node_modules', name));
  }
  return dir;
}
