import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile, patternMatches } from '../../scripts/lib/headers-file.ts';

describe('the _headers file, read as Cloudflare Pages reads it', () => {
  it('parses rules with headers, detach lines and comments', () => {
    const rules = parseHeadersFile('# comment\n/*\n  A: 1\n  B: x: y\n\n/sub/*\n  ! A\n  # indented comment\n  A: 2\n');
    expect(rules).toEqual([
      {
        pattern: '/*',
        set: [
          ['A', '1'],
          ['B', 'x: y'],
        ],
        detach: [],
      },
      { pattern: '/sub/*', set: [['A', '2']], detach: ['A'] },
    ]);
  });

  it('names the line it cannot read', () => {
    expect(() => parseHeadersFile('  A: 1\n')).toThrow('_headers line 1: a header before any path');
    expect(() => parseHeadersFile('/*\n  no colon\n')).toThrow('_headers line 2');
    expect(() => parseHeadersFile('/*\n  !\n')).toThrow('_headers line 2: "!" without a header name');
  });

  it('matches splats and placeholders against the whole path', () => {
    expect(patternMatches('/*', '/')).toBe(true);
    expect(patternMatches('/*', '/2020/domeinen/')).toBe(true);
    expect(patternMatches('/insluiten/*', '/insluiten/2020-domeinen/')).toBe(true);
    expect(patternMatches('/insluiten/*', '/insluiten/')).toBe(true);
    expect(patternMatches('/insluiten/*', '/2020/insluiten/x/')).toBe(false);
    expect(patternMatches('/insluiten/*', '/insluitend/')).toBe(false);
    expect(patternMatches('/a/:id/b', '/a/x/b')).toBe(true);
    expect(patternMatches('/a/:id/b', '/a/x/y/b')).toBe(false);
    expect(patternMatches('/a.b', '/aXb')).toBe(false);
    expect(patternMatches('https://example.org/*', '/x/')).toBe(false);
  });

  it('applies every matching rule in order: joins repeated headers, detach lines drop earlier values', () => {
    const rules = parseHeadersFile('/*\n  A: 1\n  Keep: k\n/x/*\n  A: 2\n/y/*\n  ! A\n  A: 3\n');
    expect(headersFor(rules, '/z/')).toEqual({ A: '1', Keep: 'k' });
    expect(headersFor(rules, '/x/1/')).toEqual({ A: '1, 2', Keep: 'k' });
    expect(headersFor(rules, '/y/1/')).toEqual({ A: '3', Keep: 'k' });
    // Header names are case-insensitive.
    expect(headersFor(parseHeadersFile('/*\n  X-Test: 1\n/a\n  ! x-test\n'), '/a')).toEqual({});
  });

  it('public/_headers forbids framing everywhere but on embed pages', () => {
    const rules = parseHeadersFile(readFileSync('public/_headers', 'utf8'));
    const page = headersFor(rules, '/2020/');
    expect(page['Content-Security-Policy']).toBe("frame-ancestors 'none'; object-src 'none'; base-uri 'self'");
    expect(page['X-Frame-Options']).toBe('DENY');
    const embed = headersFor(rules, '/insluiten/2020-domeinen/');
    expect(embed['Content-Security-Policy']).toBe("frame-ancestors *; object-src 'none'; base-uri 'self'");
    expect(embed['X-Frame-Options']).toBeUndefined();
    // The other headers stay on embed pages.
    expect(embed['X-Content-Type-Options']).toBe('nosniff');
    expect(embed['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
    expect(headersFor(rules, '/_astro/x.js')['Cache-Control']).toContain('immutable');
  });
});
