import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineBlocks, sha256Source, tightenPolicy } from '../../src/lib/csp.ts';

const page = (policy: string, body: string) =>
  `<html><head><meta http-equiv="content-security-policy" content="${policy}"><style>a{color:red}</style></head><body>${body}</body></html>`;

describe('Content-Security-Policy per page', () => {
  it('hashes inline code the way browsers do', () => {
    const expected = createHash('sha256').update('alert(1)').digest('base64');
    expect(sha256Source('alert(1)')).toBe(`'sha256-${expected}'`);
  });

  it('finds inline scripts and styles, not scripts loaded from a file', () => {
    const html = page('', '<script type="module" src="/a.js"></script><script type="module">run()</script>');
    expect(inlineBlocks(html)).toEqual({ scripts: ['run()'], styles: ['a{color:red}'] });
  });

  it("keeps only this page's hashes, and every other source and directive", () => {
    const policy = "default-src 'self';object-src 'none'; script-src 'self' 'wasm-unsafe-eval' 'sha256-AAA=' 'sha256-BBB='; style-src 'self' 'sha256-CCC=';";
    const html = tightenPolicy(page(policy, '<script type="module">run()</script>'));
    const content = /content="([^"]+)"/.exec(html)?.[1];
    expect(content).toBe(
      `default-src 'self'; object-src 'none'; script-src 'self' 'wasm-unsafe-eval' ${sha256Source('run()')}; style-src 'self' ${sha256Source('a{color:red}')}`,
    );
  });

  it('leaves a page without scripts with no script hashes at all', () => {
    const html = tightenPolicy(page("script-src 'self' 'sha256-AAA='; style-src 'self'", ''));
    expect(/content="([^"]+)"/.exec(html)?.[1]).toBe(`script-src 'self'; style-src 'self' ${sha256Source('a{color:red}')}`);
  });

  it('leaves a page without a policy untouched', () => {
    expect(tightenPolicy('<p>x</p>')).toBe('<p>x</p>');
  });
});
