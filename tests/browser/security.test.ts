import { describe, expect, it } from 'vitest';
import { openPage } from '../helpers/browser.ts';
import { useSite } from '../helpers/site.ts';

const site = useSite();

/** One page of each kind, the interactive ones and an embed page (which other sites frame) included. */
const PAGES = [
  '/',
  '/2020/domeinen/gezondheid/',
  '/2020/coalities/netwerkstad-twente/',
  '/gemeenten/',
  '/gemeenten/enschede/',
  '/2024/',
  '/2025/themas/meedoen/',
  '/documenten/kerntakendiscussie-2024/',
  '/zoeken/?q=ggd',
  '/over/',
  '/insluiten/2020-domeinen/',
];

/** Records Content-Security-Policy violations in the page, from before its first script. */
const RECORD_VIOLATIONS = `
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    window.__cspViolations.push(event.violatedDirective + ' ' + (event.blockedURI || 'inline'));
  });
`;

/** What one walk over PAGES finds: each page's policy, policy violations, script errors and the hosts asked. */
interface Findings {
  policies: { url: string; policy: string | null }[];
  violations: string[];
  consoleErrors: string[];
  origins: Set<string>;
}
let findings: Promise<Findings> | undefined;
/** Loads each page once, scrolled through so every lazy chart and the search run, for the tests below. */
function walkOnce(): Promise<Findings> {
  findings ??= (async () => {
    const { page, consoleErrors, close } = await openPage(site.browser);
    await page.addInitScript(RECORD_VIOLATIONS);
    const origins = new Set<string>();
    page.on('request', (request) => origins.add(new URL(request.url()).origin));
    const policies: Findings['policies'] = [];
    const violations: string[] = [];
    for (const url of PAGES) {
      await page.goto(`${site.origin}${url}`);
      policies.push({ url, policy: await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content') });
      // Scroll through the page so every lazy chart is drawn.
      await page.evaluate(async () => {
        for (let y = 0; y < document.body.scrollHeight; y += 400) {
          window.scrollTo(0, y);
          await new Promise((resolve) => setTimeout(resolve, 30));
        }
      });
      await page.waitForLoadState('networkidle');
      const charts = await page.locator('chart-figure').count();
      if (charts > 0) {
        // The charts were really drawn, so their code ran under the policy.
        await expect.poll(() => page.locator('chart-figure canvas[data-rendered="true"]').count(), { message: url }).toBeGreaterThan(0);
      }
      violations.push(
        ...(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)).map(
          (line) => `${url}: ${line}`,
        ),
      );
    }
    await close();
    return { policies, violations, consoleErrors, origins };
  })();
  return findings;
}

describe('security and privacy', () => {
  it('sends a page of each kind, an embed page too, with a Content-Security-Policy that allows no inline script', async () => {
    const { policies } = await walkOnce();
    expect(policies.map(({ url }) => url)).toEqual(PAGES);
    for (const { url, policy } of policies) {
      expect(policy, url).toMatch(/script-src 'self'/);
      expect(policy, url).not.toContain('unsafe-inline');
      expect(policy, url).toContain("object-src 'none'");
    }
  });

  it('runs the charts and the search without a single policy violation or script error', async () => {
    const { violations, consoleErrors } = await walkOnce();
    expect(violations).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  it('blocks a script that an attacker injects into a page', async () => {
    const { page, close } = await openPage(site.browser);
    await page.addInitScript(RECORD_VIOLATIONS);
    await page.goto(`${site.origin}/2020/domeinen/gezondheid/`);
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true;';
      document.body.append(script);
      const handler = document.createElement('img');
      handler.setAttribute('src', 'data:,');
      handler.setAttribute('onerror', 'window.__injectedHandler = true');
      document.body.append(handler);
    });
    await page.waitForTimeout(200);
    const state = await page.evaluate(() => {
      const w = window as unknown as { __injected?: boolean; __injectedHandler?: boolean; __cspViolations: string[] };
      return { injected: w.__injected ?? false, handler: w.__injectedHandler ?? false, violations: w.__cspViolations };
    });
    await close();
    expect(state.injected).toBe(false);
    expect(state.handler).toBe(false);
    expect(state.violations.some((line) => line.startsWith('script-src'))).toBe(true);
  });

  it("refuses a page's inline style once its text differs from the hash in the policy: the build's hashes are the ones Chromium checks", async () => {
    const { page, close } = await openPage(site.browser);
    await page.addInitScript(RECORD_VIOLATIONS);
    const url = `${site.origin}/insluiten/2020-domeinen/`;
    let tampered = false;
    // The same page with a comment added to its first inline style, and the policy left as the build wrote it.
    await page.route(url, async (route) => {
      const response = await route.fetch();
      const html = await response.text();
      const changed = html.replace(/<style\b[^>]*>/, '$&/* */');
      tampered = changed !== html;
      await route.fulfill({ response, body: changed });
    });
    await page.goto(url);
    await page.waitForLoadState('networkidle');
    const violations = await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
    await close();
    expect(tampered).toBe(true);
    expect(violations.filter((line) => line.startsWith('style-src'))).toHaveLength(1);
  });

  it('requests nothing from any other host: no fonts, trackers or CDNs', async () => {
    const { origins } = await walkOnce();
    expect(origins).toContain(site.origin);
    expect([...origins].filter((origin) => origin !== site.origin && origin !== 'null')).toEqual([]);
  });
});
