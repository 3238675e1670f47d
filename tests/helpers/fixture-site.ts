import { readFileSync } from 'node:fs';
import { siteCopy, type SiteCopy } from './site-copy.ts';

/** A copy of the site with the (invented) contributions fixture, built. Call cleanup() after. */
export function buildContributionsFixture(): SiteCopy & { result: ReturnType<SiteCopy['build']> } {
  const site = siteCopy();
  site.addContent('tests/fixtures/bijdragen/content');
  site.append('bronnen.yaml', `\n${readFileSync('tests/fixtures/bijdragen/bron.yaml', 'utf8')}`);
  return { ...site, result: site.build() };
}
