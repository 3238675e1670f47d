import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** WCAG 2.0, 2.1 and 2.2, levels A and AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * axe's violations on the page, for WCAG A and AA. Legacy mode runs axe in the page itself: the
 * default mode injects axe again into a new blank page to combine per-frame results, which took
 * two thirds of each check (2.3 s against 0.8 s per page, same results). The site has no frames.
 * Only violations are collected: the tests assert nothing about passes.
 */
export async function axeViolations(page: Page) {
  // options() replaces what withTags() would set: the tags go in here.
  const results = await new AxeBuilder({ page })
    .setLegacyMode(true)
    .options({ runOnly: { type: 'tag', values: WCAG_TAGS }, resultTypes: ['violations'] })
    .analyze();
  return results.violations;
}
