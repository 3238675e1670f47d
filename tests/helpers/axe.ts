import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/** WCAG 2.0, 2.1 and 2.2, levels A and AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

// The axe-core that @axe-core/playwright brings (the same version its AxeBuilder would inject).
const fromAxePlaywright = createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright'));
const AXE_SOURCE = readFileSync(fromAxePlaywright.resolve('axe-core/axe.min.js'), 'utf8');
/** Where the test server (useSite) serves axe-core, next to the site: see serveDist's `tools`. */
const AXE_PATH = '/__tests__/axe.min.js';
export const AXE_TOOL = { [AXE_PATH]: AXE_SOURCE };

/**
 * The axe rules whose outcome depends on colours. The dark colour scheme changes only colour tokens
 * (tests/unit/colour-scheme.test.ts guards that), so a page already checked in light mode needs only
 * these in dark mode.
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** One violation, as axe reports it (only the fields the tests read). */
export interface AxeViolation {
  id: string;
  impact?: string | null | undefined;
  help: string;
  nodes: { target: string[]; html: string; failureSummary?: string | undefined }[];
}

/**
 * axe's violations on the page, for WCAG A and AA. axe runs in the page itself, injected once per
 * loaded document: AxeBuilder injects it again for every check and (in its default mode) also into a
 * new blank page to combine per-frame results. Measured per check on /gemeenten/: AxeBuilder
 * 1.9 s (legacy mode), in-page 0.4-0.8 s; a second check of the same page (another colour scheme)
 * costs only the run. The site's pages have no frames. Only violations are collected.
 * axe is loaded as a script from the test server, which Chromium compiles once per browser context
 * (its code cache): 40-100 ms per page instead of 200-250 ms for the same source through evaluate.
 */
export async function axeViolations(page: Page, { rules }: { rules?: string[] } = {}): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) {
    // Pages that do not come from the test server (setContent) get the source itself.
    await page.addScriptTag({ url: AXE_PATH }).catch(() => page.evaluate(AXE_SOURCE));
  }
  const runOnly = rules ? { type: 'rule', values: rules } : { type: 'tag', values: WCAG_TAGS };
  return page.evaluate(async (runOnly) => {
    type Axe = { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> };
    const { violations } = await (window as unknown as { axe: Axe }).axe.run(document, { runOnly, resultTypes: ['violations'] });
    // Plain data across the page boundary.
    return violations.map(({ id, impact, help, nodes }) => ({
      id,
      impact,
      help,
      nodes: nodes.map(({ target, html, failureSummary }) => ({ target: target.map(String), html, failureSummary })),
    }));
  }, runOnly);
}
