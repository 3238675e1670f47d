import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEnvironment, siteCopy, type SiteCopy } from '../helpers/site-copy.ts';

// Another joint arrangement builds its own site from its own content folder: CONTENT_DIR. In a copy of
// the project, the content moves to another folder and content/ is removed, so the build can only
// succeed by reading the folder CONTENT_DIR names.
let site: SiteCopy;
let build: ReturnType<SiteCopy['build']>;
const OTHER = 'andere-inhoud';

beforeAll(() => {
  site = siteCopy();
  cpSync(join(site.dir, 'content'), join(site.dir, OTHER), { recursive: true });
  rmSync(join(site.dir, 'content'), { recursive: true });
  const year = join(site.dir, OTHER, '2020', 'jaar.yaml');
  writeFileSync(
    year,
    readFileSync(year, 'utf8').replace('titel: Programmabegroting 2020\n', 'titel: Programmabegroting 2020 uit een andere map\n'),
  );
  // Staff change what a fixed page and the footer say in content, without touching a template.
  const about = join(site.dir, OTHER, 'paginas', 'over.md');
  writeFileSync(about, readFileSync(about, 'utf8').replace('titel: Over deze site\n', 'titel: Over deze site, in andere woorden\n'));
  const siteFile = join(site.dir, OTHER, 'site.yaml');
  writeFileSync(siteFile, readFileSync(siteFile, 'utf8').replace('voettekst: >-\n', 'voettekst: >-\n  Alles komt uit een andere map.\n'));
  build = site.build({ CONTENT_DIR: OTHER });
});
afterAll(() => site?.cleanup());

describe('CONTENT_DIR', () => {
  it('builds the site from another content folder', () => {
    expect(build.status, build.output.slice(-2000)).toBe(0);
    expect(readFileSync(join(site.dir, 'dist', '2020', 'index.html'), 'utf8')).toContain(
      '<h1>Programmabegroting 2020 uit een andere map</h1>',
    );
  });

  it('shows the words of its own content files: a fixed page and the sentence under every page', () => {
    const about = readFileSync(join(site.dir, 'dist', 'over', 'index.html'), 'utf8');
    expect(about).toContain('<h1 id="over-deze-site-in-andere-woorden">Over deze site, in andere woorden</h1>');
    for (const page of [about, readFileSync(join(site.dir, 'dist', 'index.html'), 'utf8')]) {
      expect(page).toMatch(
        /Alles komt uit een andere map\. Alle cijfers [^<]+ Op <a href="\/over\/"[^>]*>Over deze site, in andere woorden<\/a> staat/,
      );
    }
  });

  // The script of this project, run in the copy: CONTENT_DIR is read relative to where it runs.
  it('makes npm run check:content check that folder, with its errors named in it', () => {
    const check = (env: Record<string, string>) =>
      spawnSync(process.execPath, [resolve('scripts/check-content.ts')], {
        cwd: site.dir,
        encoding: 'utf8',
        env: { ...buildEnvironment(), ...env },
      });
    expect(check({ CONTENT_DIR: OTHER }).status).toBe(0);
    const domain = join(site.dir, OTHER, '2020', 'domeinen', 'gezondheid.md');
    writeFileSync(domain, readFileSync(domain, 'utf8').replace('bijdrage: 18165000', 'bijdrage: veel'));
    const broken = check({ CONTENT_DIR: OTHER });
    expect(broken.status).not.toBe(0);
    expect(broken.stdout + broken.stderr).toContain(`${OTHER}/2020/domeinen/gezondheid.md:9:11  bijdrage:`);
  });
});
