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
  // Its own names: the site, a joint arrangement that kept its name, a region without an adjective.
  writeFileSync(
    join(site.dir, OTHER, 'site.yaml'),
    [
      'naam: Voorbeeld begroting',
      'omschrijving: De begroting van Regio Voorbeeld, open en navolgbaar',
      'samenwerking: Regio Voorbeeld',
      'regio: Voorbeeldland',
      'voettekst: Alles komt uit een andere map. Alle cijfers en teksten komen uit de documenten van Regio Voorbeeld.',
      'terugkoppeling:',
      '  adres: https://voorbeeld.example/melden',
      '  linktekst: het meldformulier van Regio Voorbeeld',
      '',
    ].join('\n'),
  );
  // Staff change what a fixed page says in content, without touching a template.
  const about = join(site.dir, OTHER, 'paginas', 'over.md');
  writeFileSync(about, readFileSync(about, 'utf8').replace('titel: Over deze site\n', 'titel: Over deze site, in andere woorden\n'));
  const organisation = join(site.dir, OTHER, 'paginas', 'organisatie.md');
  writeFileSync(
    organisation,
    readFileSync(organisation, 'utf8').replace(
      'titel: Van Regio Twente naar SamenTwente\n',
      'titel: De organisaties van Regio Voorbeeld\n',
    ),
  );
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

  // The names in the code's own sentences come from its site.yaml; the number of municipalities from its gemeenten.yaml.
  it('names the site, the joint arrangement and the region as its site.yaml does', () => {
    const read = (file: string) => readFileSync(join(site.dir, 'dist', file), 'utf8');
    const home = read('index.html');
    expect(home).toContain('<title>Voorbeeld begroting</title>');
    expect(home).toMatch(/<a class="site-name"[^>]*>Voorbeeld begroting<\/a>/);
    expect(home).toContain('<meta property="og:site_name" content="Voorbeeld begroting">');
    expect(home).toMatch(
      /<meta property="og:image:alt" content="Voorbeeld begroting – De begroting van Regio Voorbeeld, open en navolgbaar/,
    );
    expect(read('gemeenten/index.html')).toMatch(/<title>Gemeenten \| Voorbeeld begroting<\/title>/);
    const year = read('2020/index.html');
    expect(year).toContain('Zoveel dragen de veertien gemeenten van Voorbeeldland samen bij');
    expect(year).toMatch(/per inwoner van Voorbeeldland</);
    expect(read('organisatie/index.html')).toContain('<title>De organisaties van Regio Voorbeeld | Voorbeeld begroting</title>');
    expect(read('organisatie/index.html')).toContain('Onderdeel van Regio Voorbeeld');
    const pack = JSON.parse(read('data/datapackage.json')) as { name: string; title: string; description: string };
    expect(pack).toMatchObject({ name: 'voorbeeld-begroting', title: 'Voorbeeld begroting: open data' });
    expect(pack.description).toContain('over de begroting van Regio Voorbeeld, als CSV-bestanden');
    expect(read('data/coalities-2020.csv').split('\n')[0]).toContain(',rol_regio_voorbeeld,');
    for (const [file, text] of [
      ['index.html', home],
      ['2020/index.html', year],
      ['data/datapackage.json', read('data/datapackage.json')],
    ] as const) {
      expect(text, file).not.toContain('Twente begroting');
      expect(text, file).not.toContain('rol_regio_twente');
    }
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
