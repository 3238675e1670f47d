import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { site as siteSchema } from '../../src/schemas/site.ts';
import { pageUrls, readPage, requireDist, textOf } from '../helpers/dist.ts';
import { pagesWithoutReportLink, reportLinks, SPEAKS_OF_REPORTING } from '../helpers/report-route.ts';

/**
 * A way to reach the makers: every page that asks the visitor to report a mistake or a problem links
 * to the report route of content/site.yaml (`terugkoppeling`), also /toegankelijkheid/, where Dutch
 * law expects a working contact route.
 */
beforeAll(requireDist);
const settings = siteSchema.parse(parse(readFileSync('content/site.yaml', 'utf8')));
const address = settings.terugkoppeling.adres;
const allPages = () => new Map([...pageUrls(), '/404.html'].map((url) => [url, readPage(url)]));
/** The page's main content, without header and footer. */
const mainOf = (html: string) => /<main\b[\s\S]*<\/main>/.exec(html)?.[0] ?? '';

describe('the report route', () => {
  it('is a working address: a form on the web (https) or an e-mail address', () => {
    expect(address).toMatch(/^(https:\/\/[^\s/]+\.[a-z]{2,}\/\S*|mailto:[^\s@]+@[^\s@]+\.[a-z]{2,})$/);
  });

  it('is linked, with its link text, from every page that speaks of reporting', () => {
    const pages = allPages();
    const speaking = [...pages].filter(([, html]) => SPEAKS_OF_REPORTING.test(textOf(html)));
    // The footer asks on every page.
    expect(speaking.length).toBe(pages.size);
    expect(pagesWithoutReportLink(pages, address)).toEqual([]);
  });

  it('stands in the text of /toegankelijkheid/ and /over/ where they ask the visitor to report', () => {
    for (const url of ['/toegankelijkheid/', '/over/']) {
      const main = mainOf(readPage(url));
      expect(SPEAKS_OF_REPORTING.test(textOf(main)), url).toBe(true);
      expect(reportLinks(main, address), url).toEqual([`${settings.terugkoppeling.linktekst} (andere website)`]);
    }
    expect(textOf(mainOf(readPage('/toegankelijkheid/')))).toContain(`(${settings.terugkoppeling.uitleg})`);
  });

  it('finds a page that speaks of reporting without a link, and accepts one with it', () => {
    const pages = new Map([
      ['/zonder/', '<main><p>Ziet u een fout? Meld het bij de makers.</p></main>'],
      ['/leeg/', `<main><p>Een probleem melden: <a href="${address}" data-report-route></a></p></main>`],
      ['/met/', `<main><p>Meld het via <a href="${address}" data-report-route>het formulier</a>.</p></main>`],
      ['/geen/', '<main><p>Het aantal meldingen bij Veilig Thuis stijgt; het meldpunt helpt.</p></main>'],
    ]);
    expect(pagesWithoutReportLink(pages, address)).toEqual(['/zonder/', '/leeg/']);
  });
});
