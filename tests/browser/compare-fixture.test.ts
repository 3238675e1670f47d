import { join } from 'node:path';
import { axeViolations } from '../helpers/axe.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage } from '../helpers/browser.ts';
import { buildContributionsFixture } from '../helpers/fixture-site.ts';
import { useSite } from '../helpers/site.ts';

// The compare page with (invented) contributions per municipality: the fixture site.
let fixture: ReturnType<typeof buildContributionsFixture>;
beforeAll(() => {
  fixture = buildContributionsFixture();
  if (fixture.result.status !== 0) throw new Error(fixture.result.output);
}, 120_000);
afterAll(() => fixture?.cleanup());
const site = useSite(() => join(fixture.dir, 'dist'));

describe('the compare page with contributions', () => {
  it('shows the chart of the column the table is sorted by', async () => {
    const { page, consoleErrors, close } = await openPage(site.browser);
    await page.goto(`${site.origin}/gemeenten/`);
    const visibleCharts = () =>
      page
        .locator('[data-chart-column]:visible')
        .evaluateAll((elements) => elements.map((element) => (element as HTMLElement).dataset.chartColumn));
    await expect(visibleCharts()).resolves.toEqual(['bijdrage']);
    await page.getByRole('button', { name: 'Per inwoner' }).press('Enter');
    await expect(visibleCharts()).resolves.toEqual(['per-inwoner']);
    const perInhabitant = await page
      .locator('tbody td[data-column="per-inwoner"]')
      .evaluateAll((cells) => cells.map((cell) => Number((cell as HTMLElement).dataset.value)));
    expect(perInhabitant).toEqual([...perInhabitant].sort((a, b) => a - b));
    await page.getByRole('button', { name: 'Coalities 2017' }).press('Enter');
    await expect(visibleCharts()).resolves.toEqual(['coalities-2017']);
    // Sorting by name keeps the chart that was shown.
    await page.getByRole('button', { name: 'Gemeente' }).press('Enter');
    await expect(visibleCharts()).resolves.toEqual(['coalities-2017']);
    expect(consoleErrors).toEqual([]);
    await close();
  });

  it('has zero axe violations on the compare page and a municipality page with contributions', async () => {
    const { page, close } = await openPage(site.browser);
    for (const url of ['/gemeenten/', '/gemeenten/almelo/']) {
      await page.goto(`${site.origin}${url}`);
      const violations = await axeViolations(page);
      expect(violations.map((violation) => `${url}: ${violation.id}`)).toEqual([]);
    }
    await close();
  });

  it('shows all column charts without JavaScript', async () => {
    const { page, close } = await openPage(site.browser, { javaScriptEnabled: false });
    await page.goto(`${site.origin}/gemeenten/`);
    // Contribution, per inhabitant and the 2017 count; 2020 names the participants of one coalition only: no count.
    await expect(page.locator('[data-chart-column] table:visible').count()).resolves.toBe(3);
    await close();
  });
});
