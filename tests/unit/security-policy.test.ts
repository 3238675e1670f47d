import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { setPolicy } from '../../src/integrations/csp.ts';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

const page =
  `<html><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="script-src 'self' 'sha256-elders'"></head>` +
  `<body><a href="/twente-begroting/2020/">2020</a><script>go()</script></body></html>`;

describe('the security policy step (setPolicy on each built page)', () => {
  it("gives the page a policy with exactly its own inline code's hashes", () => {
    const html = setPolicy(page);
    expect(html).toContain(`script-src 'self' 'wasm-unsafe-eval' ${hash('go()')}`);
    expect(html).not.toContain('elders');
    expect(html.match(/content-security-policy/g)).toHaveLength(1);
  });

  it('leaves links as the page wrote them: the base path is applied while rendering (src/urls.ts)', () => {
    expect(setPolicy(page)).toContain('<a href="/twente-begroting/2020/">2020</a>');
    expect(setPolicy(page.replace('/twente-begroting/', '/'))).toContain('<a href="/2020/">2020</a>');
  });
});
