import { describe, expect, it } from 'vitest';
import { normaliseBase, underBase, withBasePath, withoutBase } from '../../src/lib/base-path.ts';

describe('a site under a base path', () => {
  it('reads the setting in any reasonable spelling', () => {
    expect(normaliseBase(undefined)).toBe('/');
    expect(normaliseBase('')).toBe('/');
    expect(normaliseBase('/')).toBe('/');
    expect(normaliseBase('twente-begroting')).toBe('/twente-begroting/');
    expect(normaliseBase('/twente-begroting')).toBe('/twente-begroting/');
  });

  it('puts the base path before root-relative links, and leaves every other link alone', () => {
    const html =
      '<a href="/2020/">j</a><a href="#x">a</a><a href="https://x.nl/">e</a><a href="//cdn">c</a>' +
      '<script src="/twente-begroting/_astro/a.js"></script><form action="/zoeken/"></form>' +
      '<meta http-equiv="refresh" content="0;url=/2020/nieuw/"><a href="/">home</a>';
    expect(withBasePath(html, '/twente-begroting/')).toBe(
      '<a href="/twente-begroting/2020/">j</a><a href="#x">a</a><a href="https://x.nl/">e</a><a href="//cdn">c</a>' +
        '<script src="/twente-begroting/_astro/a.js"></script><form action="/twente-begroting/zoeken/"></form>' +
        '<meta http-equiv="refresh" content="0;url=/twente-begroting/2020/nieuw/"><a href="/twente-begroting/">home</a>',
    );
    expect(withBasePath(html, '/')).toBe(html);
  });

  it('moves a single path under the base path and back', () => {
    expect(underBase('/2020/', '/twente-begroting/')).toBe('/twente-begroting/2020/');
    expect(underBase('/', '/twente-begroting/')).toBe('/twente-begroting/');
    expect(underBase('/sitemap.xml', '/')).toBe('/sitemap.xml');
    expect(withoutBase('/twente-begroting/2020/', '/twente-begroting/')).toBe('/2020/');
    expect(withoutBase('/twente-begroting/', '/twente-begroting/')).toBe('/');
    expect(withoutBase('/2020/', '/')).toBe('/2020/');
    expect(withoutBase('/404', '/twente-begroting/')).toBe('/404');
  });
});
