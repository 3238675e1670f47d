import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ADMIN_POLICY, inlineBlocks, policyFor, policyOf, setPolicy, SITE_POLICY, sha256Source } from '../../src/integrations/csp.ts';
import { listedInSitemap } from '../../src/integrations/sitemap.ts';

/** The CSP source of a text, hashed here with node:crypto: the expected values do not come from sha256Source. */
const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

const page = (body: string) =>
  `<html><head><meta charset="utf-8"><title>T</title><style>a{color:red}</style></head><body>${body}</body></html>`;

describe('Content-Security-Policy per page', () => {
  it('hashes inline code the way browsers do', () => {
    const expected = createHash('sha256').update('alert(1)').digest('base64');
    expect(sha256Source('alert(1)')).toBe(`'sha256-${expected}'`);
  });

  it('finds inline scripts and styles, not scripts loaded from a file', () => {
    const html = page('<script type="module" src="/a.js"></script><script type="module">run()</script>');
    expect(inlineBlocks(html)).toEqual({ scripts: ['run()'], styles: ['a{color:red}'] });
  });

  it("allows exactly this page's inline code next to the site's own files", () => {
    const html = page(
      '<script type="module" src="/a.js"></script><script type="module">run()</script><script type="module">run()</script>',
    );
    expect(policyFor(html)).toBe(
      `default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; ` +
        `script-src 'self' 'wasm-unsafe-eval' ${hash('run()')}; style-src 'self' ${hash('a{color:red}')}`,
    );
    expect(policyFor(html)).not.toContain('unsafe-inline');
  });

  it('gives a page without inline scripts no script hashes at all', () => {
    expect(policyFor(page(''), ["script-src 'self'", "style-src 'self'"])).toBe(
      `script-src 'self'; style-src 'self' ${hash('a{color:red}')}`,
    );
  });

  it('puts the policy first in the head, after the charset, before the code it governs', () => {
    const html = setPolicy(page('<script>run()</script>'));
    expect(html.indexOf('content-security-policy')).toBeGreaterThan(html.indexOf('<meta charset="utf-8">'));
    expect(html.indexOf('content-security-policy')).toBeLessThan(html.indexOf('<style>'));
    expect(html).toContain(hash('run()'));
  });

  it('replaces an older policy instead of adding a second one', () => {
    const html = setPolicy(setPolicy(page('')).replace('<style>a{color:red}</style>', '<style>b{}</style>'));
    expect(html.match(/content-security-policy/g)).toHaveLength(1);
    expect(html).toContain(hash('b{}'));
    expect(html).not.toContain(hash('a{color:red}'));
  });

  it('also reaches a page without a <head>, such as a redirect page', () => {
    const html = setPolicy('<!doctype html><title>Doorverwijzing</title><meta http-equiv="refresh" content="0;url=/2020/">');
    expect(html.startsWith('<!doctype html>\n<meta http-equiv="content-security-policy"')).toBe(true);
  });

  // The page as it must come out, character for character.
  const TWO = ["script-src 'self'", "style-src 'self'"];

  it('writes the policy right after the charset that leads the head, and leaves the rest of the page as it was', () => {
    const script = '\n  run( 1 );\n';
    const style = 'a { color: red }\n';
    const head = '<html><head data-x="1">\n  <meta charset="utf-8">';
    const rest = `<title>T</title><style media="all">${style}</style></head><body><script type="module">${script}</script></body></html>`;
    expect(setPolicy(head + rest, TWO)).toBe(
      `${head}\n<meta http-equiv="content-security-policy" content="script-src 'self' ${hash(script)}; style-src 'self' ${hash(style)}">${rest}`,
    );
  });

  it('writes the policy first in the head when the charset does not lead it', () => {
    const page = '<html><head><title>T</title><meta charset="utf-8"></head><body></body></html>';
    expect(setPolicy(page, TWO)).toBe(
      '<html><head>\n<meta http-equiv="content-security-policy" content="script-src \'self\'; style-src \'self\'"><title>T</title><meta charset="utf-8"></head><body></body></html>',
    );
  });

  it('removes an older policy, also one written as an empty element, and nothing else', () => {
    const page = (old: string) => `<html><head><meta charset="utf-8">${old}<title>T</title></head></html>`;
    const expected = `<html><head><meta charset="utf-8">\n<meta http-equiv="content-security-policy" content="script-src 'self'; style-src 'self'"><title>T</title></head></html>`;
    expect(setPolicy(page('<meta http-equiv="content-security-policy" content="script-src *" />\n'), TWO)).toBe(expected);
    expect(setPolicy(page('<meta http-equiv="content-security-policy" content="script-src *">'), TWO)).toBe(expected);
  });

  it('finds inline code over several lines and with attributes, hashing its exact text', () => {
    const html = '<style data-x="1">\n  a { }\n</style><script src="/a.js" defer></script><script type="module">\n go( )\n</script>';
    expect(inlineBlocks(html)).toEqual({ scripts: ['\n go( )\n'], styles: ['\n  a { }\n'] });
    expect(policyFor(html, TWO)).toBe(`script-src 'self' ${hash('\n go( )\n')}; style-src 'self' ${hash('\n  a { }\n')}`);
  });

  it('gives the browser CMS (/beheer/) alone what Decap CMS needs, and every other page the strict policy', () => {
    expect(policyOf('beheer/index.html')).toBe(ADMIN_POLICY);
    expect(policyOf('index.html')).toBe(SITE_POLICY);
    expect(policyOf('2020/domeinen/gezondheid/index.html')).toBe(SITE_POLICY);
    // A build on Windows gives the file with backslashes.
    expect(policyOf('beheer\\index.html')).toBe(ADMIN_POLICY);
    expect(policyOf('beheerindex.html')).toBe(SITE_POLICY);
    expect(SITE_POLICY.join('; ')).not.toMatch(/'unsafe-(?:eval|inline)'/);
    expect(ADMIN_POLICY).toContain("script-src 'self' 'unsafe-eval' 'wasm-unsafe-eval'");
  });

  it("adds no hash to a directive with 'unsafe-inline', which the hash would switch off", () => {
    const policy = policyFor(page(''), ADMIN_POLICY);
    expect(policy).toContain("style-src 'self' 'unsafe-inline'");
    expect(policy).not.toContain(sha256Source('a{color:red}'));
  });
});

describe('the sitemap', () => {
  it('leaves out the browser CMS', () => {
    expect(listedInSitemap('/')('https://twentebegroting.nl/beheer/')).toBe(false);
    expect(listedInSitemap('/')('https://twentebegroting.nl/2020/')).toBe(true);
  });
});
