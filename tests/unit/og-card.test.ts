import { mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { CardCache } from '../../src/cards/card-cache.ts';
import { CARD_HEIGHT, CARD_WIDTH, cardKey, cardLayout, type CardNode, type OgCard, renderCard } from '../../src/cards/og-card.ts';

const CARD: OgCard = {
  kicker: 'Domein · 2020',
  title: 'Gezondheid 2020',
  headline: '€ 18.165.000',
  footer: 'twentebegroting.nl · Twente begroting',
};

/** Reads an 8-bit RGB or RGBA PNG (what resvg writes) into its pixels, undoing the row filters. */
function decodePng(png: Buffer): { width: number; height: number; pixel(x: number, y: number): string } {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  let offset = 8;
  let width = 0;
  let height = 0;
  let channels = 0;
  const data: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('latin1', offset + 4, offset + 8);
    const body = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      expect(body[8], 'bit depth').toBe(8);
      channels = ({ 2: 3, 6: 4 } as Record<number, number>)[body[9] ?? -1] ?? 0;
      expect(channels, 'colour type').toBeGreaterThan(0);
      expect(body[12], 'interlace').toBe(0);
    }
    if (type === 'IDAT') data.push(body);
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(data));
  const stride = width * channels;
  const pixels = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x++) {
      const value = raw[y * (stride + 1) + 1 + x] ?? 0;
      const left = x >= channels ? (pixels[y * stride + x - channels] ?? 0) : 0;
      const up = y > 0 ? (pixels[(y - 1) * stride + x] ?? 0) : 0;
      const upLeft = x >= channels && y > 0 ? (pixels[(y - 1) * stride + x - channels] ?? 0) : 0;
      const paeth = () => {
        const p = left + up - upLeft;
        const [a, b, c] = [Math.abs(p - left), Math.abs(p - up), Math.abs(p - upLeft)];
        return a <= b && a <= c ? left : b <= c ? up : upLeft;
      };
      const predictor = [0, left, up, (left + up) >> 1, filter === 4 ? paeth() : 0][filter ?? 0] ?? 0;
      pixels[y * stride + x] = (value + predictor) & 0xff;
    }
  }
  const hex = (value: number | undefined) => (value ?? 0).toString(16).padStart(2, '0');
  return {
    width,
    height,
    pixel: (x, y) => {
      const at = (y * width + x) * channels;
      return `#${hex(pixels[at])}${hex(pixels[at + 1])}${hex(pixels[at + 2])}`;
    },
  };
}

/** All text in a layout tree, in order. */
function texts(node: CardNode): string[] {
  const { children } = node.props;
  if (children === undefined) return [];
  return typeof children === 'string' ? [children] : children.flatMap(texts);
}

/** The box whose text is `text`. */
function boxWith(node: CardNode, text: string): CardNode | undefined {
  const { children } = node.props;
  if (children === text) return node;
  return typeof children === 'object' ? children.map((child) => boxWith(child, text)).find(Boolean) : undefined;
}

describe('preview cards (deelkaarten)', () => {
  it('are 1200×630 PNGs in the site colours', async () => {
    const image = decodePng(await renderCard(CARD));
    expect([image.width, image.height]).toEqual([CARD_WIDTH, CARD_HEIGHT]);
    expect(image.pixel(10, 10), 'background: the accent blue').toBe('#00548f');
    expect(image.pixel(10, CARD_HEIGHT - 10), 'footer band').toBe('#003d69');
    expect(image.pixel(100, 115), 'yellow bar under the kicker').toBe('#ffbf47');
  });

  it('draw Dutch letters, the euro sign and a long title that wraps', async () => {
    const long = {
      ...CARD,
      kicker: 'Coalitie · 2017',
      title: 'Coördinatie van de Twentse samenwerking: één heel lange titel die over meer regels doorloopt, en verder',
      headline: '€ 1.234.567',
    };
    const png = await renderCard(long);
    expect(png.readUInt32BE(16)).toBe(CARD_WIDTH);
    expect(png.readUInt32BE(20)).toBe(CARD_HEIGHT);
    const title = boxWith(cardLayout(long), long.title);
    expect(title?.props.style.fontSize, 'a long title is set smaller').toBeLessThan(
      boxWith(cardLayout(CARD), CARD.title)?.props.style.fontSize as number,
    );
    expect(title?.props.style.lineClamp, 'and cut short after its last line').toBe(3);
  });

  it('lay out kicker, title, headline and footer, and leave out an empty headline', () => {
    expect(texts(cardLayout(CARD))).toEqual(['Domein · 2020', 'Gezondheid 2020', '€ 18.165.000', 'twentebegroting.nl · Twente begroting']);
    expect(texts(cardLayout({ ...CARD, headline: undefined }))).toEqual([
      'Domein · 2020',
      'Gezondheid 2020',
      'twentebegroting.nl · Twente begroting',
    ]);
    expect(texts(cardLayout({ ...CARD, headline: ' ' }))).toHaveLength(3);
  });

  it('draw what the headline figure is just above it, and no label without a figure', () => {
    const labelled = { ...CARD, headlineLabel: 'Bijdrage van de gemeenten aan dit domein, 2020' };
    expect(texts(cardLayout(labelled))).toEqual([
      'Domein · 2020',
      'Gezondheid 2020',
      'Bijdrage van de gemeenten aan dit domein, 2020',
      '€ 18.165.000',
      'twentebegroting.nl · Twente begroting',
    ]);
    expect(texts(cardLayout({ ...labelled, headline: undefined }))).toHaveLength(3);
    expect(cardKey(labelled)).not.toBe(cardKey(CARD));
  });

  it('have a cache key that changes with every text and stays the same for the same card', () => {
    const key = cardKey(CARD);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(cardKey({ ...CARD })).toBe(key);
    const changed = [
      { ...CARD, title: 'Gezondheid 2021' },
      { ...CARD, kicker: 'Domein · 2021' },
      { ...CARD, headline: '€ 18.165.001' },
      { ...CARD, headline: undefined },
      { ...CARD, footer: 'voorbeeld.github.io · Twente begroting' },
    ].map(cardKey);
    expect(new Set([key, ...changed]).size).toBe(changed.length + 1);
  });
});

describe('the card cache', () => {
  const folders: string[] = [];
  const folder = () => {
    const dir = mkdtempSync(join(tmpdir(), 'deelkaarten-'));
    folders.push(dir);
    return dir;
  };
  afterEach(() => {
    for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  /** A cache whose drawer only counts: each "image" is the card's title. */
  function countingCache(dir: string) {
    const drawn: string[] = [];
    const cache = new CardCache(dir, {
      draw: async (card) => {
        drawn.push(card.title);
        return Buffer.from(card.title);
      },
    });
    return { cache, drawn };
  }

  it('draws a card once and reads it back in a later build', async () => {
    const dir = folder();
    const first = countingCache(dir);
    expect(await first.cache.image(CARD)).toEqual({ png: Buffer.from(CARD.title), drawn: true });
    expect(await first.cache.image(CARD)).toEqual({ png: Buffer.from(CARD.title), drawn: false });
    expect(readdirSync(dir)).toEqual([`${cardKey(CARD)}.png`]);

    const later = countingCache(dir);
    expect((await later.cache.image(CARD)).drawn).toBe(false);
    expect([first.drawn, later.drawn]).toEqual([[CARD.title], []]);
  });

  it('draws a card again when its text changes', async () => {
    const { cache, drawn } = countingCache(folder());
    await cache.image(CARD);
    expect((await cache.image({ ...CARD, headline: '€ 18.165.001' })).drawn).toBe(true);
    expect((await cache.image({ ...CARD, title: 'Gezondheid 2021' })).drawn).toBe(true);
    expect(drawn).toEqual([CARD.title, CARD.title, 'Gezondheid 2021']);
  });

  it('caches real PNGs', async () => {
    const cache = new CardCache(folder());
    const drawn = await cache.image(CARD);
    const read = await cache.image(CARD);
    expect([drawn.drawn, read.drawn]).toEqual([true, false]);
    expect(read.png.equals(drawn.png)).toBe(true);
    expect(read.png.readUInt32BE(16)).toBe(CARD_WIDTH);
  });

  it('removes images no build used for a month, and left-over temporary files', async () => {
    const dir = folder();
    const old = new Date(Date.now() - 40 * 24 * 60 * 60 * 1000);
    for (const name of ['oud.png', 'half.png.1234.tmp']) {
      writeFileSync(join(dir, name), 'x');
      utimesSync(join(dir, name), old, old);
    }
    writeFileSync(join(dir, 'recent.png'), 'x');
    await countingCache(dir).cache.image(CARD);
    expect(readdirSync(dir).sort()).toEqual([`${cardKey(CARD)}.png`, 'recent.png']);
  });
});
