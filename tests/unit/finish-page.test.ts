import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sha256Source } from '../../src/lib/csp.ts';
import { finishPage, pathnameOfFile } from '../../src/lib/finish-page.ts';

const root = join('/tmp', 'site');
const card = '{&quot;kicker&quot;:&quot;Domein · 2020&quot;,&quot;title&quot;:&quot;Publieke gezondheid&quot;,&quot;headline&quot;:&quot;€ 18.165.000&quot;}';
const page = (head: string) =>
  `<html><head><meta http-equiv="content-security-policy" content="script-src 'self' 'sha256-elders'; style-src 'self' 'sha256-ookelders'">${head}</head>` +
  `<body><a href="/2020/">2020</a><script>go()</script></body></html>`;

describe('finishPage', () => {
  it('takes out the card text and returns where the card goes and what it says', () => {
    const { html, job } = finishPage(page(`<meta name="twente:kaart" content="${card}">`), '/2020/domeinen/gezondheid/', { root, host: 'example.nl', base: '/' });
    expect(html).not.toContain('twente:kaart');
    expect(job).toEqual({
      out: join(root, 'deelkaart', '2020', 'domeinen', 'gezondheid.png'),
      card: { kicker: 'Domein · 2020', title: 'Publieke gezondheid', headline: '€ 18.165.000', footer: 'example.nl · Twente begroting' },
    });
  });

  it('keeps only the hashes of the inline code the page has, and puts the base path before links', () => {
    const { html } = finishPage(page(''), '/', { root, host: 'example.nl', base: '/twente-begroting/' });
    expect(html).toContain('href="/twente-begroting/2020/"');
    expect(html).toContain(`script-src 'self' 'wasm-unsafe-eval' ${sha256Source('go()')}`);
    expect(html).not.toContain('elders');
  });

  it('asks for no card when the layout gave no card text', () => {
    expect(finishPage(page(''), '/', { root, host: 'example.nl', base: '/' }).job).toBeUndefined();
  });
});

describe('pathnameOfFile', () => {
  it('gives the address of a built file, also from a Windows path', () => {
    expect(pathnameOfFile('index.html')).toBe('/');
    expect(pathnameOfFile('2020/domeinen/gezondheid/index.html')).toBe('/2020/domeinen/gezondheid/');
    expect(pathnameOfFile('2020\\index.html')).toBe('/2020/');
    expect(pathnameOfFile('404.html')).toBe('/404.html');
  });
});
