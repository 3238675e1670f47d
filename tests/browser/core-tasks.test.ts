import { describe, expect, it } from 'vitest';
import { openPage } from '../helpers/browser.ts';
import { useSite } from '../helpers/site.ts';

const site = useSite();

describe('a council member in the 2024 core-task discussion', () => {
  it('opens a pillar from /2024/, follows its "samenhang" to another pillar, and reaches the scenarios', async () => {
    const { page, consoleErrors, close } = await openPage(site.browser, { viewport: { width: 390, height: 844 } });
    await page.goto(`${site.origin}/2024/`);
    await page.getByRole('region', { name: 'De vijf pijlers' }).getByRole('link', { name: '1. Jeugd' }).first().click();
    await page.waitForURL(`${site.origin}/2024/pijlers/jeugd/`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Jeugd');
    await expect(page.locator('[data-share="pijlers-aandeel-kosten"] dd').textContent()).resolves.toBe('29%');

    const samenhang = page.getByRole('region', { name: 'Samenhang met andere pijlers' });
    await samenhang.getByRole('link', { name: 'pijler 3: Veiligheid' }).click();
    await page.waitForURL(`${site.origin}/2024/pijlers/veiligheid/`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Veiligheid');
    // What the slides leave out is said once.
    await expect(page.locator('[data-missing]').textContent()).resolves.toContain('geen samenhang met andere pijlers');

    await page.getByRole('link', { name: "Scenario's en stellingen" }).click();
    await page.waitForURL(`${site.origin}/2024/scenarios/`);
    await expect(page.locator('[data-scenario]').count()).resolves.toBe(5);
    await expect(page.locator('[data-statement]').count()).resolves.toBe(3);
    expect(consoleErrors).toEqual([]);
    await close();
  });

  it('copies the link of the pillar comparison on a phone and lands on that chart from it', async () => {
    const { page, close } = await openPage(site.browser, {
      viewport: { width: 390, height: 844 },
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    await page.goto(`${site.origin}/2024/`);
    const chart = page.locator('stacked-chart#grafiek-pijlers-soort-taak');
    await chart.getByRole('link', { name: /^Link naar deze grafiek/ }).click();
    await expect.poll(() => chart.locator('[data-share-status]').textContent()).toBe('Link gekopieerd');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(`${site.origin}/2024/#grafiek-pijlers-soort-taak`);

    const other = await page.context().newPage();
    await other.goto(copied);
    await expect
      .poll(() =>
        other.locator('stacked-chart#grafiek-pijlers-soort-taak').evaluate((element) => {
          const box = element.getBoundingClientRect();
          return box.top >= -1 && box.top < window.innerHeight;
        }),
      )
      .toBe(true);
    await close();
  });

  it('goes from the 2020 Gezondheid domain to pillar 2 of 2024 with the year switcher', async () => {
    const { page, close } = await openPage(site.browser);
    await page.goto(`${site.origin}/2020/domeinen/gezondheid/`);
    await page.getByRole('navigation', { name: 'Gezondheid in andere jaren' }).getByRole('link', { name: /^2024/ }).click();
    await page.waitForURL(`${site.origin}/2024/pijlers/publieke-gezondheid-en-leefomgeving/`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Publieke gezondheid en leefomgeving');
    await close();
  });
});
