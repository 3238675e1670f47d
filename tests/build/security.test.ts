import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { inlineBlocks, sha256Source } from '../../src/integrations/csp.ts';
import { DIST, pageUrls, readPage, requireDist } from '../helpers/dist.ts';

beforeAll(requireDist);

describe('security headers', () => {
  it('gives every page a Content-Security-Policy without unsafe-inline or inline style attributes', () => {
    for (const url of [...pageUrls(), '/404.html']) {
      const html = readPage(url);
      const policy = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
      expect(policy, url).toContain("default-src 'self'");
      expect(policy, url).toMatch(/script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/=]+')*(;|$)/);
      // Exactly the inline code of this page is allowed, nothing else.
      const { scripts, styles } = inlineBlocks(html);
      const scriptSrc = /script-src ([^;]+)/.exec(policy)?.[1] ?? '';
      const styleSrc = /style-src ([^;]+)/.exec(policy)?.[1] ?? '';
      expect(
        scriptSrc
          .split(' ')
          .filter((source) => source.startsWith("'sha256-"))
          .sort(),
        url,
      ).toEqual([...new Set(scripts.map(sha256Source))].sort());
      expect(
        styleSrc
          .split(' ')
          .filter((source) => source.startsWith("'sha256-"))
          .sort(),
        url,
      ).toEqual([...new Set(styles.map(sha256Source))].sort());
      expect(policy, url).not.toContain('unsafe-inline');
      // A style attribute would be blocked by the policy, so the pages must not need one.
      expect(html, url).not.toMatch(/<[^>]+\sstyle="/);
      expect(html, url).not.toMatch(/\son[a-z]+="/);
    }
  });

  it('ships a _headers file with what a <meta> cannot carry', () => {
    const headers = readFileSync(join(DIST, '_headers'), 'utf8');
    for (const line of [
      "Content-Security-Policy: frame-ancestors 'none'",
      'X-Content-Type-Options: nosniff',
      'Referrer-Policy: strict-origin-when-cross-origin',
      'Permissions-Policy: camera=()',
    ]) {
      expect(headers).toContain(line);
    }
    const guide = readFileSync('docs/deploy.md', 'utf8');
    expect(guide).toContain(`add_header Content-Security-Policy "frame-ancestors 'none'`);
    // Embed pages are the exception: other sites may frame them (tests/unit/headers-file.test.ts reads the rules).
    expect(headers).toMatch(
      /^\/insluiten\/\*\n {2}! Content-Security-Policy\n {2}! X-Frame-Options\n {2}Content-Security-Policy: frame-ancestors \*;/m,
    );
    expect(guide).toContain('location /insluiten/ {');
    expect(guide).toContain(`add_header Content-Security-Policy "frame-ancestors *;`);
  });
});
