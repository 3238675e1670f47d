import { describe, expect, it } from 'vitest';
import { openPage } from '../helpers/browser.ts';
import { useSite } from '../helpers/site.ts';

const site = useSite();

describe('a visitor', () => {
  it('goes from home to a domain by its name, finds the amount, and comes back', async () => {
    const { page, consoleErrors, close } = await openPage(site.browser);
    await page.goto(`${site.origin}/`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('De begroting van Regio Twente 2020');
    await page.getByRole('link', { name: 'Gezondheid', exact: true }).first().click();
    await page.waitForURL(`${site.origin}/2020/domeinen/gezondheid/`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Gezondheid');
    const box = page.getByRole('region', { name: 'Wat dragen de gemeenten bij?' });
    await expect(box.locator('.big').textContent()).resolves.toBe('€\u00a018.165.000');
    await page.goBack();
    await page.waitForURL(`${site.origin}/`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('De begroting van Regio Twente 2020');
    expect(consoleErrors).toEqual([]);
    await close();
  });

  it('follows an amount on home to its coalition page', async () => {
    const { page, close } = await openPage(site.browser);
    await page.goto(`${site.origin}/`);
    await page.getByRole('link', { name: '€ 201.000, verwachte kosten van Netwerkstad Twente' }).click();
    await page.waitForURL(`${site.origin}/2020/coalities/netwerkstad-twente/`);
    await expect(page.getByRole('region', { name: 'Wat zijn de verwachte kosten?' }).textContent()).resolves.toContain('201.000');
    await page.getByRole('region', { name: 'Wie doen mee?' }).getByRole('link', { name: 'Oldenzaal' }).click();
    await page.waitForURL(`${site.origin}/gemeenten/oldenzaal/`);
    await expect(page.getByRole('link', { name: 'Netwerkstad Twente' }).count()).resolves.toBe(1);
    await close();
  });

  it('can skip to the content with the keyboard, and sees where the focus is', async () => {
    const { page, close } = await openPage(site.browser);
    await page.goto(`${site.origin}/2020/domeinen/leefomgeving/`);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Naar de inhoud' });
    await expect(skip.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
    const box = await skip.boundingBox();
    expect(box && box.y >= 0 && box.height > 0).toBe(true);
    const outline = await skip.evaluate((element) => getComputedStyle(element).outlineStyle);
    expect(outline).toBe('solid');
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('inhoud');
    await close();
  });

  it("switches Netwerkstad Twente between 2020 and 2017 and sees each year's participants", async () => {
    const { page, close } = await openPage(site.browser);
    const municipalities = () => page.locator('#deelnemers ~ ul.participants').first().getByRole('link').allTextContents();
    await page.goto(`${site.origin}/2020/coalities/netwerkstad-twente/`);
    expect(await municipalities()).toEqual(['Almelo', 'Borne', 'Enschede', 'Hengelo', 'Oldenzaal']);
    const takingPart = page.getByRole('region', { name: 'Wie doen mee?' });
    await expect(takingPart.getByText('Provincie Overijssel', { exact: true }).count()).resolves.toBe(1);
    const switcher = page.getByRole('navigation', { name: 'Netwerkstad Twente in andere jaren' });
    await switcher.getByRole('link', { name: '2017' }).click();
    await page.waitForURL(`${site.origin}/2017/coalities/netwerkstad-twente/`);
    expect(await municipalities()).toEqual(['Almelo', 'Borne', 'Enschede', 'Hengelo']);
    await expect(
      page.getByRole('region', { name: 'Wie doen mee?' }).getByText('Provincie Overijssel', { exact: true }).count(),
    ).resolves.toBe(0);
    // Side by side, the table says the same: the province joined after 2017.
    await expect(
      page
        .getByRole('table', { name: 'Wie meedoet aan Netwerkstad Twente, volgens het document van elk jaar' })
        .getByRole('row', { name: /Provincie Overijssel/ })
        .textContent(),
    ).resolves.toMatch(/Provincie Overijssel\s*–\s*doet mee/);
    await expect(page.locator('.facts').textContent()).resolves.toMatch(/Periode\s*Onbepaalde tijd\s*Rol van Regio Twente\s*Gastheerschap/);
    await page.getByRole('navigation', { name: 'Netwerkstad Twente in andere jaren' }).getByRole('link', { name: '2020' }).click();
    await page.waitForURL(`${site.origin}/2020/coalities/netwerkstad-twente/`);
    expect(await municipalities()).toEqual(['Almelo', 'Borne', 'Enschede', 'Hengelo', 'Oldenzaal']);
    await close();
  });

  it('goes to the year overview when an entity does not exist in the other year', async () => {
    const { page, close } = await openPage(site.browser);
    await page.goto(`${site.origin}/2020/coalities/agenda-voor-twente/`);
    await page.getByRole('navigation', { name: 'Agenda voor Twente in andere jaren' }).getByRole('link', { name: /^2017/ }).click();
    await page.waitForURL(`${site.origin}/2017/`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Regionale samenwerkingsagenda 2017-2020');
    await close();
  });

  it('lands on the section of a deep link, and each section links to itself', async () => {
    const { page, close } = await openPage(site.browser, { viewport: { width: 1280, height: 700 } });
    await page.goto(`${site.origin}/2020/domeinen/leefomgeving/#3-programma-recreatieve-voorzieningen`);
    const heading = page.getByRole('heading', { name: /^3\. Programma recreatieve voorzieningen/ });
    const box = await heading.boundingBox();
    // Scrolling lands on whole pixels, the heading's top may be a fraction above them.
    expect(box && box.y > -1 && box.y < 100).toBe(true);
    const link = heading.getByRole('link', { name: 'Link naar dit kopje: 3. Programma recreatieve voorzieningen' });
    await expect(link.getAttribute('href')).resolves.toBe('#3-programma-recreatieve-voorzieningen');
    await close();
  });

  it('copies the full address of a section when its link is clicked, and says so', async () => {
    const { page, close } = await openPage(site.browser);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
    await page.goto(`${site.origin}/2025/themas/meedoen/`);
    const link = page.getByRole('link', { name: 'Link naar dit kopje: Actielijnen' });
    await link.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(`${site.origin}/2025/themas/meedoen/#actielijnen`);
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${site.origin}/2025/themas/meedoen/#actielijnen`);
    await expect.poll(() => page.locator('[data-copy-status]').textContent()).toBe('Link gekopieerd');
    await expect(link.getAttribute('data-copied')).resolves.toBe('Link gekopieerd');
    await close();
  });

  it('gets a helpful 404 page for an address that does not exist', async () => {
    const { page, close } = await openPage(site.browser);
    const response = await page.goto(`${site.origin}/2020/domeinen/bestaat-niet/`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Deze pagina bestaat niet');
    await page.getByRole('link', { name: 'De startpagina' }).click();
    await page.waitForURL(`${site.origin}/`);
    await close();
  });
});

describe('a printed page', () => {
  it('hides navigation and controls, shows the tables instead of charts, and names its address', async () => {
    const { page, close } = await openPage(site.browser);
    await page.goto(`${site.origin}/2020/domeinen/gezondheid/`);
    await page.waitForSelector('#grafiek-domeinen canvas[data-rendered="true"]');
    await page.emulateMedia({ media: 'print' });
    const visible = (selector: string) => page.locator(selector).first().isVisible();
    await expect(visible('.site-header')).resolves.toBe(false);
    await expect(visible('.breadcrumbs')).resolves.toBe(false);
    await expect(visible('.chart__toggle')).resolves.toBe(false);
    await expect(visible('#grafiek-domeinen canvas')).resolves.toBe(false);
    await expect(visible('#grafiek-domeinen table')).resolves.toBe(true);
    await expect(page.locator('.print-url').innerText()).resolves.toBe(
      'Afgedrukt van https://twentebegroting.nl/2020/domeinen/gezondheid/\nCijfers uit: Programmabegroting 2020 (Regio Twente, 2019)',
    );
    await expect(visible('.print-url')).resolves.toBe(true);
    await close();
  });
});
