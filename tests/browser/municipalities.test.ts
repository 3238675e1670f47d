import { describe, expect, it } from 'vitest';
import { openPage } from '../helpers/browser.ts';
import { useSite } from '../helpers/site.ts';

const site = useSite();

describe('municipalities', () => {
  it('can be chosen on home, without JavaScript too', async () => {
    for (const javaScriptEnabled of [true, false]) {
      const { page, close } = await openPage(site.browser, { javaScriptEnabled });
      await page.goto(`${site.origin}/`);
      const chooser = page.getByRole('navigation', { name: 'Wat zeggen de documenten over mijn gemeente?' });
      await expect(chooser.getByRole('list').getByRole('link').count()).resolves.toBe(14);
      await chooser.getByRole('link', { name: 'Hof van Twente' }).click();
      await page.waitForURL(`${site.origin}/gemeenten/hof-van-twente/`);
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Gemeente Hof van Twente');
      await expect(page.getByText('GM1735').count()).resolves.toBe(1);
      await close();
    }
  });

  it('are chosen on home under a question the site answers, with a link to what the documents say about paying', async () => {
    const { page, close } = await openPage(site.browser);
    await page.goto(`${site.origin}/`);
    const chooser = page.getByRole('navigation', { name: 'Wat zeggen de documenten over mijn gemeente?' });
    await chooser.getByRole('link', { name: 'wat ze wel zeggen over hoe de gemeenten betalen' }).click();
    await page.waitForURL(`${site.origin}/gemeenten/#wat-betalen`);
    await expect(page.getByRole('heading', { name: 'Wat betalen de gemeenten?' }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('heading', { name: 'Het voorstel van 2015: hoe de gemeenten zouden betalen' }).count()).resolves.toBe(1);
    await close();
  });

  it('say plainly what the sources do not give, and what they do', async () => {
    const { page, close } = await openPage(site.browser);
    await page.goto(`${site.origin}/gemeenten/borne/`);
    const text = (await page.locator('main').textContent())?.replace(/\s+/g, ' ') ?? '';
    expect(text).toContain('Wat Borne zelf betaalt, staat in geen van de bronnen.');
    expect(text).toContain(
      'alleen wat de veertien gemeenten samen bijdragen; opgeteld door deze site is dat € 33.343.000 voor de domeinen in 2020',
    );
    expect(text).toContain('€ 52,84 per inwoner van Twente');
    expect(text).toContain('Het voorstel van 2015: hoe de gemeenten zouden betalen');
    expect(text).toContain('Volgens de Regionale samenwerkingsagenda 2017-2020 (28 juni 2017)');
    expect(text).toContain('Milieu Duurzaamheid Afval (periode 2017-2018)');
    await close();
  });

  it('can be sorted in the compare table with the keyboard', async () => {
    const { page, close } = await openPage(site.browser);
    await page.goto(`${site.origin}/gemeenten/`);
    const table = page.locator('sortable-table table');
    const firstColumn = () => table.locator('tbody th').allTextContents();
    const counts = () =>
      table
        .locator('tbody td[data-column="coalities-2017"]')
        .evaluateAll((cells) => cells.map((cell) => Number((cell as HTMLElement).dataset.value)));
    expect((await firstColumn())[0]).toBe('Almelo');
    const button = page.getByRole('button', { name: 'Coalities 2017' });
    await button.focus();
    await page.keyboard.press('Enter');
    const ascending = await counts();
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    await expect(page.locator('th[aria-sort="ascending"]').textContent()).resolves.toBe('Coalities 2017');
    await page.keyboard.press('Enter');
    const descending = await counts();
    expect(descending).toEqual([...descending].sort((a, b) => b - a));
    expect(descending[0]).toBeGreaterThan(descending.at(-1) ?? 0);
    await expect(page.locator('[data-sort-status]').textContent()).resolves.toBe('Gesorteerd op Coalities 2017, aflopend.');
    // Sorting by name again restores alphabetical order.
    await page.getByRole('button', { name: 'Gemeente' }).press('Enter');
    expect(await firstColumn()).toEqual([...(await firstColumn())].sort((a, b) => a.localeCompare(b, 'nl')));
    await close();
  });

  it('show who takes part in which coalition in a matrix that reads on a phone', async () => {
    const { page, close } = await openPage(site.browser, { viewport: { width: 320, height: 640 } });
    await page.goto(`${site.origin}/gemeenten/`);
    const matrix = page.getByRole('region', { name: 'Wie doet mee aan welke coalitie, volgens de Programmabegroting 2020 (2019)' });
    const oldenzaal = matrix.getByRole('row', { name: /Oldenzaal/ });
    // The 2020 budget names participants for Netwerkstad Twente only; the 2017 lists never stand in for 2020.
    await expect(oldenzaal.getByRole('cell').allTextContents()).resolves.toEqual([
      'ja',
      'niet genoemd',
      'niet genoemd',
      'niet genoemd',
      'niet genoemd',
      'niet genoemd',
    ]);
    // The municipality column stays in view while the matrix scrolls sideways.
    await matrix.evaluate((element) => element.scrollBy({ left: 400 }));
    const header = await oldenzaal.getByRole('rowheader').boundingBox();
    expect(header?.x).toBeGreaterThanOrEqual(0);
    expect(header?.x).toBeLessThan(40);
    await close();
  });
});
