import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtSitemapPaths } from '../../scripts/lib/url-manifest.ts';
import { headersFor, parseHeadersFile } from '../../scripts/lib/headers-file.ts';
import { ADMIN_POLICY, SITE_POLICY } from '../../src/integrations/csp.ts';
import { DIST, htmlFiles, readPage, requireDist } from '../helpers/dist.ts';

// The browser CMS for staff (src/pages/beheer/index.astro): a page of its own, with its own policy,
// for no search engine, and its code loads on no other page.
beforeAll(requireDist);

const policyOf = (html: string) => /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html)?.[1];

describe('/beheer/', () => {
  const html = () => readPage('/beheer/');

  it("has its own Content-Security-Policy, and every other page keeps the visitors' one", () => {
    expect(policyOf(html())).toBe(ADMIN_POLICY.join('; '));
    for (const file of htmlFiles().filter((name) => name !== 'beheer/index.html')) {
      // The site's directives, each with at most the hashes of the page's own inline code after it.
      const directives = policyOf(readFileSync(join(DIST, file), 'utf8'))?.split('; ') ?? [];
      expect(directives.length, file).toBe(SITE_POLICY.length);
      SITE_POLICY.forEach((directive, index) => expect(directives[index]?.replace(/ 'sha256-[^']+'/g, ''), file).toBe(directive));
    }
  });

  it('cannot be framed and is not for search engines', () => {
    const headers = headersFor(parseHeadersFile(readFileSync(join(DIST, '_headers'), 'utf8')), '/beheer/');
    expect(headers['Content-Security-Policy']).toContain("frame-ancestors 'none'");
    expect(headers['X-Frame-Options']).toBe('DENY');
    expect(headers['X-Robots-Tag']).toBe('noindex, nofollow');
    expect(html()).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(html()).toContain('data-pagefind-ignore="all"');
    expect(html()).not.toContain('data-pagefind-body');
    expect(builtSitemapPaths(DIST)).not.toContain('/beheer/');
  });

  it('serves Decap CMS from the site itself, and no other page loads it', () => {
    expect(existsSync(join(DIST, 'beheer', 'decap', 'decap-cms.js'))).toBe(true);
    expect(readdirSync(join(DIST, 'beheer', 'decap')).filter((name) => name.endsWith('.map'))).toEqual([]);
    expect(html()).toContain('data-cms="/beheer/decap/decap-cms.js"');
    expect(html()).not.toMatch(/(?:src|href)="https?:/);
    const others = htmlFiles().filter((name) => name !== 'beheer/index.html');
    expect(others.filter((file) => /beheer\/decap\/|decap-cms|data-cms/.test(readFileSync(join(DIST, file), 'utf8')))).toEqual([]);
  });
});
