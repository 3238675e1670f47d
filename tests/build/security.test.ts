import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { DIST, embedUrls, htmlFiles, pageUrls, requireDist } from '../helpers/dist.ts';

beforeAll(requireDist);

/**
 * The inline scripts (without src) and styles of a page, found without src/integrations/csp.ts, which
 * computes the policy: each opening tag, then the text up to its closing tag.
 */
function inlineCode(html: string): { scripts: string[]; styles: string[] } {
  const found = { scripts: [] as string[], styles: [] as string[] };
  for (const tag of ['script', 'style'] as const) {
    let at = html.indexOf(`<${tag}`);
    while (at !== -1) {
      const end = html.indexOf('>', at);
      const attributes = html.slice(at + tag.length + 1, end);
      const close = html.indexOf(`</${tag}>`, end);
      // "<scripts" or "<styles" would be another element.
      if (/^[\s>]/.test(html.charAt(at + tag.length + 1)) || end === at + tag.length + 1) {
        if (!(tag === 'script' && /\ssrc=/.test(` ${attributes}`)))
          found[tag === 'script' ? 'scripts' : 'styles'].push(html.slice(end + 1, close));
      }
      at = html.indexOf(`<${tag}`, Math.max(close, end, at + 1));
    }
  }
  return found;
}

/** The CSP source of an inline block as browsers compute it: SHA-256 over its exact UTF-8 text, in base64. */
const hashOf = (text: string) => `'sha256-${createHash('sha256').update(Buffer.from(text, 'utf8')).digest('base64')}'`;

/** The hashes a directive of the policy allows, sorted. */
const hashesIn = (policy: string, directive: string) =>
  (new RegExp(`(?:^|; )${directive} ([^;]+)`).exec(policy)?.[1] ?? '')
    .split(' ')
    .filter((source) => source.startsWith("'sha256-"))
    .sort();

describe('security headers', () => {
  it('gives every HTML file, embed pages and the 404 page included, a Content-Security-Policy with exactly its own inline code', () => {
    // The browser CMS (/beheer/) has a policy of its own (tests/build/beheer.test.ts).
    const files = htmlFiles().filter((file) => !file.startsWith('beheer/'));
    expect(files).toContain('404.html');
    expect(files.filter((file) => file.startsWith('insluiten/')).length).toBeGreaterThan(5);
    expect(files.length).toBe(pageUrls().length + embedUrls().length + 1);
    let styleHashes = 0;
    for (const file of files) {
      const html = readFileSync(join(DIST, file), 'utf8');
      const metas = html.match(/<meta http-equiv="content-security-policy" content="([^"]+)">/g) ?? [];
      expect(metas, file).toHaveLength(1);
      const policy = /<meta http-equiv="content-security-policy" content="([^"]+)">/.exec(html)?.[1] ?? '';
      expect(
        policy.split('; ').filter((directive) => !/^(script|style)-src /.test(directive)),
        file,
      ).toEqual(["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"]);
      expect(policy, file).toMatch(/(^|; )script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/]+=*')*(;|$)/);
      expect(policy, file).toMatch(/(^|; )style-src 'self'( 'sha256-[A-Za-z0-9+/]+=*')*(;|$)/);
      expect(policy, file).not.toContain('unsafe-inline');
      // Exactly the inline code of this page is allowed, nothing else, hashed here without the build's code.
      const { scripts, styles } = inlineCode(html);
      expect(hashesIn(policy, 'script-src'), file).toEqual([...new Set(scripts.map(hashOf))].sort());
      expect(hashesIn(policy, 'style-src'), file).toEqual([...new Set(styles.map(hashOf))].sort());
      styleHashes += styles.length;
      // The policy governs only what follows it: it comes before every script and style.
      const policyAt = html.indexOf('<meta http-equiv="content-security-policy"');
      for (const tag of ['<script', '<style', '<link'])
        if (html.includes(tag)) expect(policyAt, `${file} ${tag}`).toBeLessThan(html.indexOf(tag));
      // A style attribute or an event handler would be blocked by the policy, so the pages must not need one.
      expect(html, file).not.toMatch(/<[^>]+\sstyle="/);
      expect(html, file).not.toMatch(/\son[a-z]+="/);
    }
    // Every page inlines its styles (astro.config.mjs): the loop above compared hashes, not empty lists.
    expect(styleHashes).toBeGreaterThanOrEqual(files.length);
  });

  it("finds inline code and hashes it as browsers do (this test's own reading, checked on known text)", () => {
    expect(inlineCode('<script src="/a.js"></script><script type="module">go()</script><style>a{}</style><styles>x</styles>')).toEqual({
      scripts: ['go()'],
      styles: ['a{}'],
    });
    // Computed outside Node: printf 'alert(1)' | openssl dgst -sha256 -binary | base64
    expect(hashOf('alert(1)')).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
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
