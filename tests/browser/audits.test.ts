import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chartsInViewDrawn, openPage } from '../helpers/browser.ts';
import { useSite } from '../helpers/site.ts';

// Accessibility audits that axe cannot do: walking the pages with the keyboard only, forced colours
// (Windows high contrast) and the text spacing of WCAG 1.4.12.

const site = useSite();

/** More Tab presses than any page has controls: a walk that needs more is stuck somewhere. */
const MAX_PRESSES = 300;

/** Where the focus is after a key press. `id` is 0 when no control has it (the document). */
interface Stop {
  id: number;
  /** Index in the page's list of controls, or -1 for a focused element outside it. */
  control: number;
  label: string;
  /** Why the focus cannot be seen, or '' when it can. */
  invisible: string;
}

/**
 * Lists the page's focusable, visible controls (in the page, as `__audit`) and notes how each looks
 * without focus, for comparing with how it looks focused. Returns their labels.
 */
function listControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector =
      'a[href], area[href], button, input:not([type="hidden"]), select, textarea, summary, iframe, [tabindex], [contenteditable]';
    const controls = [...document.querySelectorAll<HTMLElement>(selector)].filter(
      (element) =>
        element.tabIndex >= 0 &&
        !(element as HTMLButtonElement).disabled &&
        !element.closest('[hidden], [inert]') &&
        element.checkVisibility({ visibilityProperty: true }),
    );
    (document.activeElement as HTMLElement | null)?.blur();
    const look = (element: Element) => {
      const style = getComputedStyle(element);
      return [style.outlineStyle, style.outlineWidth, style.outlineColor, style.boxShadow, style.backgroundColor, style.color].join('|');
    };
    const ids = new WeakMap<Element, number>();
    const audit = { controls, unfocused: new Map(controls.map((element) => [element, look(element)])), ids, look, next: 1 };
    Object.assign(window, { __audit: audit });
    return controls.map(
      (element) =>
        `${element.localName} "${(element.textContent || element.getAttribute('aria-label') || (element as HTMLInputElement).name || '').trim().replace(/\s+/g, ' ').slice(0, 40)}"`,
    );
  });
}

/** The focused element: which control it is, and whether its focus can be seen. */
function currentStop(page: Page): Promise<Stop> {
  return page.evaluate(() => {
    const audit = (
      window as unknown as {
        __audit: {
          controls: Element[];
          unfocused: Map<Element, string>;
          ids: WeakMap<Element, number>;
          look: (element: Element) => string;
          next: number;
        };
      }
    ).__audit;
    const element = document.activeElement;
    if (!element || element === document.body || element === document.documentElement)
      return { id: 0, control: -1, label: 'document', invisible: '' };
    if (!audit.ids.has(element)) audit.ids.set(element, audit.next++);
    const style = getComputedStyle(element);
    const alpha = (colour: string) => (colour === 'transparent' ? 0 : Number(/rgba\([^)]*,\s*([\d.]+)\)/.exec(colour)?.[1] ?? 1));
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1 && alpha(style.outlineColor) > 0;
    const shadow = style.boxShadow !== 'none';
    const before = audit.unfocused.get(element);
    const box = element.getBoundingClientRect();
    const inView = box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0 && box.top < innerHeight && box.left < innerWidth;
    const invisible = [
      outline || shadow ? '' : 'no outline or box-shadow',
      before === undefined || before !== audit.look(element) ? '' : 'looks the same as without focus',
      inView ? '' : 'not in the viewport',
    ]
      .filter(Boolean)
      .join(', ');
    const label = `${element.localName} "${(element.textContent || element.getAttribute('aria-label') || (element as HTMLInputElement).name || '').trim().replace(/\s+/g, ' ').slice(0, 40)}"`;
    return { id: audit.ids.get(element) ?? 0, control: audit.controls.indexOf(element), label, invisible };
  });
}

/**
 * Presses `key` until the focus leaves the page's controls or comes back to where the walk began.
 * `ended` is false when it did neither within MAX_PRESSES presses, or when the focus stood still.
 */
async function walk(page: Page, key: 'Tab' | 'Shift+Tab'): Promise<{ stops: Stop[]; ended: boolean; stuck: string[] }> {
  const stops: Stop[] = [];
  const stuck: string[] = [];
  for (let press = 0; press < MAX_PRESSES; press++) {
    await page.keyboard.press(key);
    const stop = await currentStop(page);
    if (stop.id === 0 || stop.id === stops[0]?.id) return { stops, ended: true, stuck };
    const last = stops.at(-1);
    if (last?.id === stop.id) stuck.push(`${key} left the focus on ${stop.label}`);
    if (stops.some((earlier) => earlier.id === stop.id) && last?.id !== stop.id)
      stuck.push(`${key} came back to ${stop.label} before the end`);
    if (stuck.length > 0) return { stops, ended: false, stuck };
    stops.push(stop);
  }
  return { stops, ended: false, stuck: [`${MAX_PRESSES} presses of ${key} did not get round the page`] };
}

/** Presses Tab until the focused element matches `selector`; fails when the walk ends first. */
async function tabTo(page: Page, selector: string): Promise<void> {
  for (let press = 0; press < MAX_PRESSES; press++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((wanted) => document.activeElement?.matches(wanted) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** Relative luminance contrast of two rgb() colours, as in WCAG. */
function contrast(first: number[], second: number[]): number {
  const luminance = ([red = 0, green = 0, blue = 0]: number[]) => {
    const [r, g, b] = [red, green, blue].map((value) => {
      const channel = value / 255;
      return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [light, dark] = [luminance(first), luminance(second)].sort((a, b) => b - a) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** The channels of a computed colour such as "rgb(0, 114, 178)" or "rgba(5, 0, 73, 0.8)". */
function channels(colour: string): number[] {
  return (colour.match(/[\d.]+/g) ?? []).map(Number);
}

/** An rgba() colour laid over an opaque background. */
function over(colour: number[], background: number[]): number[] {
  const alpha = colour[3] ?? 1;
  return [0, 1, 2].map((index) => Math.round((colour[index] ?? 0) * alpha + (background[index] ?? 0) * (1 - alpha)));
}

/** Waits until the page's scripts have set it up: sort buttons, search results, charts near the top. */
async function settle(page: Page, url: string): Promise<void> {
  await chartsInViewDrawn(page);
  if (url.startsWith('/gemeenten/')) await page.waitForSelector('sortable-table th button');
  if (url.startsWith('/zoeken/')) {
    await page.waitForSelector('.search-results li');
    await page.waitForSelector('.search-filters:not([hidden])');
  }
}

const WALKED_PAGES = ['/', '/2020/domeinen/gezondheid/', '/zoeken/?q=ggd', '/gemeenten/'];

describe('keyboard only', () => {
  for (const url of WALKED_PAGES) {
    it(`reaches every control on ${url} with Tab, shows where the focus is, and goes back with Shift+Tab`, async () => {
      const { page, consoleErrors, close } = await openPage(site.browser);
      await page.goto(`${site.origin}${url}`);
      await settle(page, url);
      const controls = await listControls(page);
      expect(controls.length).toBeGreaterThan(10);

      const forward = await walk(page, 'Tab');
      expect(forward.stuck).toEqual([]);
      expect(forward.ended).toBe(true);
      expect(forward.stops[0]?.label).toBe('a "Naar de inhoud"');
      const reached = new Set(forward.stops.map((stop) => stop.control));
      expect(controls.filter((_, index) => !reached.has(index))).toEqual([]);
      expect(forward.stops.filter((stop) => stop.invisible).map((stop) => `${stop.label}: ${stop.invisible}`)).toEqual([]);

      // From past the last control, Shift+Tab visits the same controls in reverse order.
      const backward = await walk(page, 'Shift+Tab');
      expect(backward.stuck).toEqual([]);
      expect(backward.ended).toBe(true);
      expect(backward.stops.map((stop) => stop.label)).toEqual(forward.stops.map((stop) => stop.label).reverse());
      expect(backward.stops.map((stop) => stop.id)).toEqual(forward.stops.map((stop) => stop.id).reverse());
      expect(consoleErrors).toEqual([]);
      await close();
    });
  }

  it('sorts the compare table with Space and Enter on a column button', async () => {
    const { page, close } = await openPage(site.browser);
    await page.goto(`${site.origin}/gemeenten/`);
    await settle(page, '/gemeenten/');
    const table = page.locator('sortable-table table');
    const names = () => table.locator('tbody th').allTextContents();
    const counts = () =>
      table
        .locator('tbody td[data-column="coalities-2017"]')
        .evaluateAll((cells) => cells.map((cell) => Number((cell as HTMLElement).dataset.value)));
    const header = table.locator('thead th[data-sort="coalities-2017"]');
    const original = await names();
    expect(original).toEqual([...original].sort((a, b) => a.localeCompare(b, 'nl')));
    await expect(header.getAttribute('aria-sort')).resolves.toBeNull();

    await tabTo(page, 'sortable-table th[data-sort="coalities-2017"] button');
    await page.keyboard.press('Space');
    await expect(header.getAttribute('aria-sort')).resolves.toBe('ascending');
    const ascending = await counts();
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    expect(ascending[0]).toBeLessThan(ascending.at(-1) ?? 0);
    expect(await names()).not.toEqual(original);
    await expect(page.locator('[data-sort-status]').textContent()).resolves.toBe('Gesorteerd op Coalities 2017, oplopend.');

    // The focus stays on the button, so the next key press sorts the other way round.
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Coalities 2017');
    await page.keyboard.press('Enter');
    await expect(header.getAttribute('aria-sort')).resolves.toBe('descending');
    const descending = await counts();
    expect(descending).toEqual([...descending].sort((a, b) => b - a));
    await expect(page.locator('[data-sort-status]').textContent()).resolves.toBe('Gesorteerd op Coalities 2017, aflopend.');

    // Shift+Tab goes back column by column, to the button that sorts by name again.
    await page.keyboard.press('Shift+Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('CBS-code');
    await page.keyboard.press('Shift+Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Gemeente');
    await page.keyboard.press('Enter');
    expect(await names()).toEqual(original);
    await close();
  });

  it('switches a chart to its table and back with Enter and Space', async () => {
    const { page, close } = await openPage(site.browser);
    await page.goto(`${site.origin}/2020/domeinen/gezondheid/`);
    await settle(page, '/2020/domeinen/gezondheid/');
    const chart = page.locator('#grafiek-domeinen');
    const focused = () =>
      page.evaluate(() => `${document.activeElement?.localName} ${document.activeElement?.textContent?.trim() ?? ''}`.trim());

    await tabTo(page, '#grafiek-domeinen .chart__toggle');
    await expect(focused()).resolves.toBe('button Toon als tabel');
    await page.keyboard.press('Enter');
    await expect(chart.locator('table').isVisible()).resolves.toBe(true);
    await expect(chart.locator('canvas').isVisible()).resolves.toBe(false);
    await expect(focused()).resolves.toBe('button Toon als grafiek');
    expect(new URL(page.url()).hash).toBe('#grafiek-domeinen=tabel');
    // The next stop is the first link in the table, not the hidden chart.
    await page.keyboard.press('Tab');
    await expect(
      page.evaluate(() => document.activeElement?.closest('.chart__table') !== null && document.activeElement?.localName === 'a'),
    ).resolves.toBe(true);

    await page.keyboard.press('Shift+Tab');
    await expect(focused()).resolves.toBe('button Toon als grafiek');
    await page.keyboard.press('Space');
    await expect(chart.locator('canvas').isVisible()).resolves.toBe(true);
    await expect(chart.locator('table').isVisible()).resolves.toBe(false);
    await expect(focused()).resolves.toBe('button Toon als tabel');
    expect(new URL(page.url()).hash).toBe('#grafiek-domeinen=grafiek');
    // Now the chart itself is the next stop.
    await page.keyboard.press('Tab');
    await expect(focused()).resolves.toBe('canvas');
    await close();
  });
});

describe('forced colours', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`keep the chart, its bars, the focus and the share bars visible (${colorScheme})`, async () => {
      const { page, consoleErrors, close } = await openPage(site.browser, { forcedColors: 'active', colorScheme, reducedMotion: 'reduce' });
      await page.goto(`${site.origin}/2020/domeinen/gezondheid/`);
      await expect(page.evaluate(() => matchMedia('(forced-colors: active)').matches)).resolves.toBe(true);
      const background = channels(await page.evaluate(() => getComputedStyle(document.body).backgroundColor));

      // The chart is drawn, and its bars stand out from the page.
      const canvas = page.locator('#grafiek-domeinen canvas');
      await canvas.scrollIntoViewIfNeeded();
      await page.waitForSelector('#grafiek-domeinen canvas[data-rendered="true"]');
      await expect(canvas.isVisible()).resolves.toBe(true);
      const colours = await canvas.evaluate((element: HTMLCanvasElement) => {
        const { data } = element.getContext('2d')?.getImageData(0, 0, element.width, element.height) ?? { data: [] };
        const counts = new Map<string, number>();
        for (let index = 0; index < data.length; index += 4) {
          if ((data[index + 3] ?? 0) < 255) continue;
          const key = `${data[index]},${data[index + 1]},${data[index + 2]}`;
          counts.set(key, (counts.get(key) ?? 0) + 1);
        }
        return [...counts].sort((a, b) => b[1] - a[1]);
      });
      const [bar, barPixels = 0] = colours[0] ?? [];
      expect(barPixels).toBeGreaterThan(5000);
      expect(contrast(channels(bar ?? ''), background)).toBeGreaterThanOrEqual(3);
      const standingOut = colours
        .filter(([colour]) => contrast(channels(colour), background) >= 3)
        .reduce((sum, [, count]) => sum + count, 0);
      expect(standingOut).toBeGreaterThan(8000);

      // A link shows its focus with an outline, which forced colours keep (unlike backgrounds and shadows).
      await tabTo(page, 'main a[href]');
      const focus = await page.evaluate(() => {
        const style = getComputedStyle(document.activeElement as Element);
        return { style: style.outlineStyle, width: parseFloat(style.outlineWidth), colour: style.outlineColor };
      });
      expect(focus.style).not.toBe('none');
      expect(focus.width).toBeGreaterThanOrEqual(2);
      expect(contrast(over(channels(focus.colour), background), background)).toBeGreaterThanOrEqual(3);

      // The share bars on home: the value differs from the track and from the page.
      await page.goto(`${site.origin}/`);
      const text = await page.evaluate(() => getComputedStyle(document.body).color);
      const bars = await page.locator('svg.share-bar').evaluateAll((svgs) =>
        svgs.map((svg) => {
          const track = svg.querySelector('.share-bar__track');
          const value = svg.querySelector('.share-bar__value');
          return {
            visible: (svg as SVGElement).checkVisibility() && svg.getBoundingClientRect().height > 0,
            track: track ? getComputedStyle(track).fill : '',
            value: value ? getComputedStyle(value).fill : '',
            width: value?.getBoundingClientRect().width ?? 0,
          };
        }),
      );
      expect(bars.length).toBeGreaterThan(0);
      for (const shareBar of bars) {
        expect(shareBar.visible).toBe(true);
        expect(shareBar.width).toBeGreaterThan(0);
        expect(shareBar.value).not.toBe(shareBar.track);
        expect(contrast(channels(shareBar.value), background)).toBeGreaterThanOrEqual(3);
        // In the user's own colours: the value in the text colour, the track in the background colour.
        expect([shareBar.value, shareBar.track]).toEqual([text, `rgb(${background.join(', ')})`]);
      }
      expect(consoleErrors).toEqual([]);
      await close();
    });
  }
});

/** The text spacing bookmarklet of WCAG 1.4.12 (Steve Faulkner's), as a style sheet. */
const TEXT_SPACING = `
  * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-block-end: 2em !important; }
`;

describe('text spacing', () => {
  for (const width of [1280, 320]) {
    it(`loses no text with wider spacing at ${width} px`, async () => {
      // The pages' Content-Security-Policy forbids the injected style sheet; a bookmarklet is the user's own.
      const { page, close } = await openPage(site.browser, { viewport: { width, height: 800 }, bypassCSP: true });
      const clipped: string[] = [];
      for (const url of ['/', '/2020/domeinen/gezondheid/', '/gemeenten/', '/documenten/bedrijfsplan-2015/']) {
        await page.goto(`${site.origin}${url}`);
        await settle(page, url);
        await page.addStyleTag({ content: TEXT_SPACING });
        await expect(page.evaluate(() => getComputedStyle(document.body).letterSpacing)).resolves.not.toBe('normal');
        const found = await page.evaluate(() => {
          const problems: string[] = [];
          const root = document.documentElement;
          if (root.scrollWidth > root.clientWidth) problems.push(`the page scrolls sideways by ${root.scrollWidth - root.clientWidth}px`);
          for (const element of document.body.querySelectorAll<HTMLElement>('*')) {
            if (element.localName === 'canvas' || element.closest('.visually-hidden')) continue;
            const style = getComputedStyle(element);
            // Hidden on purpose but read by screen readers, like .visually-hidden: a stacked table's column headers on a phone.
            if (style.clipPath === 'inset(50%)') continue;
            const hides = (overflow: string) => overflow === 'hidden' || overflow === 'clip';
            const wide = hides(style.overflowX) && element.scrollWidth - element.clientWidth > 1;
            const tall = hides(style.overflowY) && element.scrollHeight - element.clientHeight > 1;
            if (wide || tall) {
              const name = `${element.localName}${element.className && typeof element.className === 'string' ? `.${element.className.trim().split(/\s+/).join('.')}` : ''}`;
              problems.push(
                `${name} cuts off ${element.scrollWidth - element.clientWidth}px × ${element.scrollHeight - element.clientHeight}px`,
              );
            }
          }
          return problems;
        });
        clipped.push(...found.map((problem) => `${url}: ${problem}`));
      }
      await close();
      expect(clipped).toEqual([]);
    });
  }
});
