import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { brokenLinks } from '../../scripts/lib/link-check.ts';
import { stylesheetsOf } from '../../scripts/lib/page-assets.ts';
import { inlineBlocks, sha256Source } from '../../src/integrations/csp.ts';
import { REGION_WORDS } from '../helpers/region-words.ts';
import { pagesWithoutReportLink, reportLinks } from '../helpers/report-route.ts';
import { buildExampleSite } from '../helpers/example-site.ts';
import { visibleText } from '../helpers/visible-text.ts';

// Another joint arrangement: the fictional example of tests/fixtures/voorbeeldregio (four municipalities, one
// year with two domains and a coalition; no themes, pillars, agenda, figures, population or document pages),
// built from its own folder in a copy of the project. It passes the checks of the real site.
const NOTICE = 'Dit is een verzonnen voorbeeld. Regio Voorbeeld, haar gemeenten, bedragen en documenten bestaan niet.';
let site: ReturnType<typeof buildExampleSite>;
let build: ReturnType<typeof buildExampleSite>['result'];
let dist: string;

/** Every file under `dir`, as paths relative to it with forward slashes. */
const filesIn = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesIn(path).map((file) => `${name}/${file}`) : [name];
  });
// The pages of the site; not the staff's CMS (/beheer/), a tool with its own head and policy (tests/build/beheer.test.ts).
const pages = () => filesIn(dist).filter((file) => file.endsWith('.html') && file !== 'beheer/index.html');
const read = (file: string) => readFileSync(join(dist, file), 'utf8');

beforeAll(() => {
  site = buildExampleSite();
  build = site.result;
  dist = site.dist;
});
afterAll(() => site?.cleanup());

describe('the fictional example of another joint arrangement', () => {
  it('builds, without broken links', () => {
    expect(build.status, build.output.slice(-2000)).toBe(0);
    expect(pages()).toContain('gemeenten/duinhoven/index.html');
    expect(brokenLinks(dist)).toEqual([]);
  });

  it('says at the top of every page, embedded charts too, that it is a fictional example', () => {
    expect(pages().length).toBeGreaterThan(15);
    for (const file of pages()) {
      const html = read(file);
      const main = html.slice(html.indexOf('<main'));
      expect(visibleText(main).text.trimStart(), file).toMatch(new RegExp(`^${NOTICE.replace(/\./g, '\\.')}`));
    }
  });

  it('names nothing of the real site, in no file it makes', () => {
    const words = REGION_WORDS.filter(({ word }) => word !== 'CBS code');
    for (const file of filesIn(dist).filter((name) => /\.(html|json|csv|xml|txt|webmanifest)$/.test(name))) {
      const text = read(file);
      for (const { word, pattern } of words) expect(pattern.test(text), `${word} in ${file}`).toBe(false);
    }
  });

  it('makes no page of a kind it has no content for', () => {
    const made = pages().map((file) => `/${file.replace(/index\.html$/, '')}`);
    for (const kind of ['/themas/', '/pijlers/', '/kerntaken/', '/agenda/'])
      expect(
        made.filter((url) => url.includes(kind)),
        kind,
      ).toEqual([]);
    // Its documents have no pages of their own: the list of documents is all there is.
    expect(made.filter((url) => /^\/documenten\/.+/.test(url))).toEqual([]);
    // No timeline and no organisation with a place in the body now: no organisation page (its text file is not even there),
    // and no page links to it. It has a glossary term, so /begrippen/ is made.
    expect(made).not.toContain('/organisatie/');
    expect(made).toContain('/begrippen/');
    for (const file of pages()) expect(read(file), file).not.toMatch(/href="[^"]*\/organisatie\/"/);
  });

  // Where the content lacks a kind, the page leaves its part out rather than show a heading, a promise or a count without it.
  it('shows no heading without content under it, and no sentence about what is not there', () => {
    for (const file of pages()) {
      const html = read(file);
      const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
      const sections = main.split(/(?=<h2[\s>])/).slice(1);
      for (const section of sections) {
        const heading = /<h2[^>]*>([\s\S]*?)<\/h2>/.exec(section);
        const after = section.slice((heading?.index ?? 0) + (heading?.[0].length ?? 0));
        expect(visibleText(after).text.trim(), `${file}: ${visibleText(heading?.[0] ?? '').text}`).not.toBe('');
      }
      const text = visibleText(main).text.replace(/\s+/g, ' ');
      expect(text, file).not.toMatch(/\bvan (\d{4}) tot \1\b/);
      expect(text, file).not.toMatch(/(?<![\d.,])1 (domeinen|coalities|thema's|onderwerpen)\b/);
      expect(text, file).not.toMatch(/hieronder wat de gemeenten samen per inwoner/);
      expect(text, file).not.toContain('kerncijfers');
    }
    const compare = visibleText(read('gemeenten/index.html')).text;
    expect(compare).not.toContain('Wie doet waaraan mee?');
    expect(compare).not.toContain('Sorteer op een kolom');
    // Without a timeline, the list of documents does not send the reader to one.
    expect(visibleText(read('documenten/index.html')).text).not.toContain('Hoe deze documenten op elkaar volgen');
  });

  it('gives every page a Content-Security-Policy that allows exactly its own inline code', () => {
    for (const file of pages()) {
      const html = read(file);
      const policy = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
      expect(policy, file).toContain("default-src 'self'");
      expect(policy, file).not.toContain('unsafe-inline');
      const { scripts, styles } = inlineBlocks(html);
      const allowed = (directive: string) =>
        (new RegExp(`${directive} ([^;]+)`).exec(policy)?.[1] ?? '')
          .split(' ')
          .filter((source) => source.startsWith("'sha256-"))
          .sort();
      expect(allowed('script-src'), file).toEqual([...new Set(scripts.map(sha256Source))].sort());
      expect(allowed('style-src'), file).toEqual([...new Set(styles.map(sha256Source))].sort());
      expect(html, file).not.toMatch(/<[^>]+\sstyle="/);
    }
  });

  it('keeps every page, with its styles, within 14 KB gzip (one round trip)', () => {
    for (const file of pages()) {
      const html = read(file);
      expect(stylesheetsOf(html), file).toEqual([]);
      expect(gzipSync(html).length, file).toBeLessThanOrEqual(14 * 1024);
    }
  });

  it('links every page that speaks of reporting to its own report route, an e-mail address from its site.yaml', () => {
    const pagesByFile = new Map(pages().map((file) => [file, read(file)]));
    expect(pagesWithoutReportLink(pagesByFile, 'mailto:fouten@voorbeeldregio.example')).toEqual([]);
    expect(reportLinks(read('toegankelijkheid/index.html'), 'mailto:fouten@voorbeeldregio.example')).toContain('een e-mail aan de makers');
  });
});
