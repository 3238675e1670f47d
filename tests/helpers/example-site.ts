import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { siteCopy, type SiteCopy } from './site-copy.ts';

/** The content of the fictional joint arrangement: its own folder, as CONTENT_DIR names it. */
export const EXAMPLE_CONTENT = 'tests/fixtures/voorbeeldregio';

/**
 * A copy of the project built from the example's folder only (content/ removed, so nothing of the real
 * site can end up in it), at an address of its own. Call cleanup() after.
 */
export function buildExampleSite(): SiteCopy & { result: ReturnType<SiteCopy['build']>; dist: string } {
  const site = siteCopy();
  cpSync(EXAMPLE_CONTENT, join(site.dir, EXAMPLE_CONTENT), { recursive: true });
  rmSync(join(site.dir, 'content'), { recursive: true });
  const result = site.build({ CONTENT_DIR: EXAMPLE_CONTENT, SITE_URL: 'https://voorbeeldregio.example' });
  return { ...site, result, dist: join(site.dir, 'dist') };
}
