import { crc32, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { type Canvas, createCanvas, drawText, fillRect, FONT_METRICS, measureText, paletteBytes, toRgba } from '../../src/build/bitmap-font.ts';
import { CARD_HEIGHT, CARD_WIDTH, renderCard, truncateToWidth, wrapText } from '../../src/build/og-card.ts';
import { encodeIndexedPng } from '../../src/build/png.ts';

// ---------------------------------------------------------------------------------------------
// A strict little PNG reader, independent of the encoder: it checks every chunk's CRC with
// node:zlib's own crc32 and accepts only 8-bit RGB, RGBA or palette images with the filters None and Up.

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

interface PngChunk {
  readonly type: string;
  readonly data: Buffer;
}

interface DecodedPng {
  readonly chunks: readonly PngChunk[];
  readonly width: number;
  readonly height: number;
  readonly colourType: number;
  readonly bytesPerPixel: number;
  readonly inflatedLength: number;
  /** The filter type of each row, as stored. */
  readonly filters: readonly number[];
  /** RGBA of one pixel. */
  pixel(x: number, y: number): [number, number, number, number];
}

function readChunks(png: Buffer): PngChunk[] {
  expect([...png.subarray(0, 8)]).toEqual(SIGNATURE);
  const chunks: PngChunk[] = [];
  let offset = 8;
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const typeAndData = png.subarray(offset + 4, offset + 8 + length);
    const storedCrc = png.readUInt32BE(offset + 8 + length);
    expect(storedCrc, `CRC of chunk at ${offset}`).toBe(crc32(typeAndData));
    chunks.push({ type: typeAndData.subarray(0, 4).toString('latin1'), data: typeAndData.subarray(4) });
    offset += 12 + length;
  }
  expect(offset).toBe(png.length);
  return chunks;
}

function decodePng(png: Buffer): DecodedPng {
  const chunks = readChunks(png);
  const header = chunks[0];
  if (header?.type !== 'IHDR') throw new Error('The first chunk must be IHDR');
  const width = header.data.readUInt32BE(0);
  const height = header.data.readUInt32BE(4);
  const colourType = header.data[9] ?? -1;
  expect(header.data[8]).toBe(8);
  expect([2, 3, 6]).toContain(colourType);
  const bytesPerPixel = colourType === 6 ? 4 : colourType === 3 ? 1 : 3;
  // Colour type 3: one byte per pixel, an index into the PLTE chunk.
  const palette = chunks.find((chunk) => chunk.type === 'PLTE')?.data;
  if (colourType === 3) expect(palette?.length).toBeGreaterThan(0);

  const raw = inflateSync(Buffer.concat(chunks.filter((chunk) => chunk.type === 'IDAT').map((chunk) => chunk.data)));
  const stride = 1 + width * bytesPerPixel;
  // Undo the row filters the encoder uses: 0 (None) and 2 (Up: each byte plus the byte above).
  const filters = Array.from({ length: height }, (_, y) => raw[y * stride] ?? -1);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * stride];
    expect([0, 2], `filter byte of row ${y}`).toContain(filter);
    if (filter !== 2) continue;
    for (let x = 1; x < stride; x++) raw[y * stride + x] = ((raw[y * stride + x] ?? 0) + (y > 0 ? (raw[(y - 1) * stride + x] ?? 0) : 0)) & 0xff;
  }

  return {
    chunks,
    width,
    height,
    colourType,
    bytesPerPixel,
    inflatedLength: raw.length,
    filters,
    pixel(x, y) {
      const at = y * stride + 1 + x * bytesPerPixel;
      if (palette) {
        const index = (raw[at] ?? 0) * 3;
        return [palette[index] ?? -1, palette[index + 1] ?? -1, palette[index + 2] ?? -1, 255];
      }
      return [raw[at] ?? -1, raw[at + 1] ?? -1, raw[at + 2] ?? -1, bytesPerPixel === 4 ? (raw[at + 3] ?? -1) : 255];
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Pixel helpers

const WHITE = '#ffffff';
const BLACK = '#000000';

function isWhite([r, g, b]: readonly number[]): boolean {
  return r === 255 && g === 255 && b === 255;
}

/** Number of pixels that are not the background colour of a white canvas. */
function inkCount(canvas: Canvas): number {
  let count = 0;
  const pixels = toRgba(canvas);
  for (let i = 0; i < pixels.length; i += 4) if (pixels[i] !== 255) count++;
  return count;
}

/** Bounding box of ink on a white canvas, or undefined if there is none. */
function inkBox(canvas: Canvas): { left: number; right: number; top: number; bottom: number } | undefined {
  let box: { left: number; right: number; top: number; bottom: number } | undefined;
  const pixels = toRgba(canvas);
  for (let y = 0; y < canvas.height; y++) {
    for (let x = 0; x < canvas.width; x++) {
      if (pixels[(y * canvas.width + x) * 4] === 255) continue;
      box = box
        ? { left: Math.min(box.left, x), right: Math.max(box.right, x), top: Math.min(box.top, y), bottom: Math.max(box.bottom, y) }
        : { left: x, right: x, top: y, bottom: y };
    }
  }
  return box;
}

/** Draws text in black on a fresh white canvas. */
function draw(text: string, scale = 1, width = 400, height = 40): Canvas {
  const canvas = createCanvas(width, height, WHITE);
  drawText(canvas, text, 2, 2, scale, BLACK);
  return canvas;
}

function samePixels(a: Canvas, b: Canvas): boolean {
  return Buffer.from(toRgba(a)).equals(Buffer.from(toRgba(b)));
}

/** The lowest row above the footer band that holds white (title or headline) pixels. */
function lowestWhiteRow(png: DecodedPng, above: number): number {
  for (let y = above - 1; y >= 0; y--) {
    for (let x = 0; x < png.width; x++) if (isWhite(png.pixel(x, y))) return y;
  }
  return -1;
}

function whitePixelsInRows(png: DecodedPng, fromY: number, toY: number): number {
  let count = 0;
  for (let y = fromY; y < toY; y++) for (let x = 0; x < png.width; x++) if (isWhite(png.pixel(x, y))) count++;
  return count;
}

const FOOTER = 'twentebegroting.nl · Twente begroting';
/** Rows from here down are the footer band (which has white text of its own). */
const FOOTER_BAND_TOP = 540;

// ---------------------------------------------------------------------------------------------

describe('encodeIndexedPng', () => {
  it('writes a valid PNG: signature, IHDR, PLTE, IDAT, IEND, correct CRCs and scanline length', () => {
    const width = 3;
    const height = 2;
    const palette = new Uint8Array([255, 255, 255, 10, 20, 30, 200, 100, 50]);
    const png = decodePng(encodeIndexedPng(width, height, palette, new Uint8Array([1, 0, 0, 0, 0, 2])));

    expect(png.chunks.map((chunk) => chunk.type)).toEqual(['IHDR', 'PLTE', 'IDAT', 'IEND']);
    expect(png.chunks.at(-1)?.data.length).toBe(0);
    expect([png.width, png.height]).toEqual([3, 2]);
    expect(png.colourType).toBe(3);
    expect(png.inflatedLength).toBe(height * (1 + width * png.bytesPerPixel));
    expect(png.pixel(0, 0)).toEqual([10, 20, 30, 255]);
    expect(png.pixel(2, 1)).toEqual([200, 100, 50, 255]);
    expect(png.pixel(1, 1)).toEqual([255, 255, 255, 255]);
  });

  it('refuses impossible sizes', () => {
    const palette = new Uint8Array(3);
    expect(() => encodeIndexedPng(0, 1, palette, new Uint8Array(0))).toThrow(RangeError);
    expect(() => encodeIndexedPng(1.5, 1, palette, new Uint8Array(1))).toThrow(RangeError);
  });

  it('writes the palette and indices as given, with a filter byte before every row', () => {
    const palette = new Uint8Array([0, 84, 143, 255, 191, 71]);
    const indices = new Uint8Array([0, 1, 1, 1, 0, 0]);
    const png = decodePng(encodeIndexedPng(3, 2, palette, indices));
    expect(png.colourType).toBe(3);
    expect(png.inflatedLength).toBe(2 * (1 + 3));
    expect([png.pixel(0, 0), png.pixel(1, 0), png.pixel(0, 1), png.pixel(2, 1)]).toEqual([
      [0, 84, 143, 255],
      [255, 191, 71, 255],
      [255, 191, 71, 255],
      [0, 84, 143, 255],
    ]);
  });

  it('stores a row equal to the one above as "Up" (all zeros), and it still decodes to the same pixels', () => {
    const palette = new Uint8Array([0, 0, 0, 255, 255, 255]);
    const indices = new Uint8Array([0, 1, 0, 0, 1, 0, 1, 1, 1, 1, 1, 1]);
    const png = decodePng(encodeIndexedPng(3, 4, palette, indices));
    expect(png.filters).toEqual([0, 2, 0, 2]);
    for (let y = 0; y < 4; y++) {
      for (let x = 0; x < 3; x++) expect(png.pixel(x, y)[0], `${x},${y}`).toBe(indices[y * 3 + x] === 1 ? 255 : 0);
    }
  });

  it('refuses an empty or ragged palette and indices of the wrong length', () => {
    expect(() => encodeIndexedPng(1, 1, new Uint8Array(0), new Uint8Array(1))).toThrow(RangeError);
    expect(() => encodeIndexedPng(1, 1, new Uint8Array(4), new Uint8Array(1))).toThrow(RangeError);
    expect(() => encodeIndexedPng(1, 1, new Uint8Array(257 * 3), new Uint8Array(1))).toThrow(RangeError);
    expect(() => encodeIndexedPng(2, 1, new Uint8Array(3), new Uint8Array(1))).toThrow(RangeError);
  });
});

describe('createCanvas', () => {
  it('keeps one palette entry per colour, the background first, whatever the letter case', () => {
    const canvas = createCanvas(4, 2, '#00548F');
    fillRect(canvas, 0, 0, 2, 1, '#ffbf47');
    fillRect(canvas, 2, 1, 2, 1, '#FFBF47');
    expect(canvas.palette).toEqual(['#00548f', '#ffbf47']);
    expect([...paletteBytes(canvas)]).toEqual([0, 84, 143, 255, 191, 71]);
    expect([...canvas.indices]).toEqual([1, 1, 0, 0, 0, 0, 1, 1]);
  });

  it('refuses a colour that is not #rrggbb and a 257th colour', () => {
    expect(() => createCanvas(1, 1, 'blue' as `#${string}`)).toThrow(RangeError);
    const canvas = createCanvas(300, 1, '#000000');
    for (let i = 1; i < 256; i++) fillRect(canvas, i, 0, 1, 1, `#0000${i.toString(16).padStart(2, '0')}`);
    expect(canvas.palette).toHaveLength(256);
    expect(() => fillRect(canvas, 0, 0, 1, 1, '#010000')).toThrow(RangeError);
  });
});

describe('measureText', () => {
  it('grows with the length of the text', () => {
    expect(measureText('', 1)).toBe(0);
    expect(measureText('Twente', 1)).toBeGreaterThan(measureText('Twent', 1));
    expect(measureText('Twente begroting', 1)).toBeGreaterThan(measureText('Twente', 1));
    expect(measureText('a b', 1)).toBeGreaterThan(measureText('ab', 1));
  });

  it('grows in proportion to the scale', () => {
    const base = measureText('Regio Twente 2024', 1);
    expect(base).toBeGreaterThan(0);
    expect(measureText('Regio Twente 2024', 2)).toBe(2 * base);
    expect(measureText('Regio Twente 2024', 7)).toBe(7 * base);
  });

  it('makes bold text somewhat wider, and draws it with more ink', () => {
    const regular = measureText('Begroting', 6);
    const bold = measureText('Begroting', 6, { bold: true });
    expect(bold).toBeGreaterThan(regular);
    expect(bold).toBeLessThan(1.5 * regular);

    const regularCanvas = createCanvas(400, 100, WHITE);
    const boldCanvas = createCanvas(400, 100, WHITE);
    expect(drawText(regularCanvas, 'Begroting', 0, 0, 6, BLACK)).toBe(regular);
    expect(drawText(boldCanvas, 'Begroting', 0, 0, 6, BLACK, { bold: true })).toBe(bold);
    expect(inkCount(boldCanvas)).toBeGreaterThan(1.3 * inkCount(regularCanvas));
    expect(inkBox(boldCanvas)?.right).toBe(bold - 1);
  });

  it('treats no-break spaces (as in formatted euro amounts) like spaces', () => {
    expect(measureText('€\u00a018.165.000', 3)).toBe(measureText('€ 18.165.000', 3));
  });

  it('only accepts whole, positive scales', () => {
    expect(() => measureText('x', 1.5)).toThrow(RangeError);
    expect(() => measureText('x', 0)).toThrow(RangeError);
  });
});

describe('drawText', () => {
  it('puts ink exactly where measureText and the font metrics say', () => {
    const scale = 3;
    const canvas = createCanvas(300, 60, WHITE);
    const drawn = drawText(canvas, 'HET', 10, 5, scale, BLACK);
    expect(drawn).toBe(measureText('HET', scale));
    expect(inkBox(canvas)).toEqual({
      left: 10,
      right: 10 + drawn - 1,
      top: 5 + FONT_METRICS.capTop * scale,
      bottom: 5 + FONT_METRICS.baseline * scale - 1,
    });
  });

  it('scales pixels by whole numbers, so the ink area grows with the square of the scale', () => {
    const small = inkCount(draw('Veilig Thuis Twente', 1));
    expect(small).toBeGreaterThan(0);
    expect(inkCount(draw('Veilig Thuis Twente', 3, 500, 60))).toBe(9 * small);
  });

  it('uses the given colour and leaves the rest of the canvas alone', () => {
    const canvas = createCanvas(100, 30, '#00548f');
    drawText(canvas, 'Ab', 2, 2, 1, '#ffbf47');
    const colours = new Set<string>();
    const pixels = toRgba(canvas);
    for (let i = 0; i < pixels.length; i += 4) colours.add([...pixels.subarray(i, i + 4)].join(','));
    expect([...colours].sort()).toEqual(['0,84,143,255', '255,191,71,255']);
  });

  it('clips text that runs off the canvas instead of throwing', () => {
    const canvas = createCanvas(20, 10, WHITE);
    expect(() => drawText(canvas, 'Twente begroting', -5, -8, 2, BLACK)).not.toThrow();
    expect(inkCount(canvas)).toBeGreaterThan(0);
  });

  it('has a real glyph for every character Dutch budget texts use', () => {
    const placeholder = draw('\u2603'); // a snowman: certainly not in the font
    expect(inkCount(placeholder)).toBeGreaterThan(0);
    const characters = [
      ...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789',
      ...'.,:;-–()/€%\'"?!&+·…’',
      ...'ëéèïöüáÉËÏÖÜ',
    ];
    for (const character of characters) {
      const canvas = draw(character);
      expect(inkCount(canvas), `ink for ${character}`).toBeGreaterThan(0);
      expect(samePixels(canvas, placeholder), `${character} is not the placeholder`).toBe(false);
    }
  });

  it('draws different glyphs for different characters', () => {
    const characters = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'];
    const bitmaps = new Set(characters.map((character) => Buffer.from(toRgba(draw(character))).toString('base64')));
    expect(bitmaps.size).toBe(characters.length);
  });

  it('puts accents above the base letter and keeps the letter itself', () => {
    const plain = draw('e', 4, 60, 70);
    const trema = draw('ë', 4, 60, 70);
    const plainBox = inkBox(plain);
    const tremaBox = inkBox(trema);
    expect(tremaBox?.top).toBeLessThan(plainBox?.top ?? 0);
    expect(tremaBox?.bottom).toBe(plainBox?.bottom);
    expect(inkCount(trema)).toBeGreaterThan(inkCount(plain));
    // Decomposed input (e + combining diaeresis) gives the same picture as the composed letter.
    expect(samePixels(draw('e\u0308'), draw('ë'))).toBe(true);
    // On capitals the accent goes higher, into the room above the cap height.
    expect(inkBox(draw('É', 1))?.top).toBe(2);
    expect(inkBox(draw('E', 1))?.top).toBe(2 + FONT_METRICS.capTop);
  });

  it('drops the dot of i and j under an accent', () => {
    expect(samePixels(draw('ï'), draw('i'))).toBe(false);
    expect(samePixels(draw('í'), draw('i'))).toBe(false);
    expect(inkCount(draw('ï'))).toBe(inkCount(draw('i')) + 1); // two trema dots replace one dot
  });

  it('falls back to the base letter, a compatibility form, or a visible box', () => {
    // a with ring below: the font has no such mark, so plain a is drawn.
    expect(samePixels(draw('a\u0325'), draw('a'))).toBe(true);
    // The ligature ﬁ is drawn as f and i.
    expect(samePixels(draw('\ufb01'), draw('fi'))).toBe(true);
    // Unknown characters become the same visible box, and keep their place in the line.
    expect(samePixels(draw('\u265e'), draw('\u2603'))).toBe(true);
    expect(measureText('a\u265eb', 1)).toBeGreaterThan(measureText('ab', 1));
  });

  it('renders a typical Dutch budget line without throwing', () => {
    const text = 'Één € 18.165.000 – Veilig Thuis Twente (VTT): 29% ë';
    const canvas = createCanvas(1200, 60, WHITE);
    let width = 0;
    expect(() => {
      width = drawText(canvas, text, 0, 0, 2, BLACK);
    }).not.toThrow();
    expect(width).toBe(measureText(text, 2));
    expect(inkBox(canvas)?.right).toBe(width - 1);
  });
});

describe('wrapText', () => {
  const width = 300;

  it('keeps every word, in order, on lines that fit', () => {
    const text = 'Bijdrage van de gemeente Hengelo aan Regio Twente voor publieke gezondheid';
    const lines = wrapText(text, width, 2);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(text);
    for (const line of lines) expect(measureText(line, 2)).toBeLessThanOrEqual(width);
  });

  it('cuts off after the maximum number of lines and says so with an ellipsis', () => {
    const text = 'een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien zestien';
    const lines = wrapText(text, 120, 2, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]?.endsWith('…')).toBe(true);
    expect(measureText(lines[1] ?? '', 2)).toBeLessThanOrEqual(120);
  });

  it('breaks a word that is longer than a whole line', () => {
    const lines = wrapText('Gezondheidszorgvoorzieningenbeleidsplan', 100, 2);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe('Gezondheidszorgvoorzieningenbeleidsplan');
    for (const line of lines) expect(measureText(line, 2)).toBeLessThanOrEqual(100);
  });

  it('truncates a single line with an ellipsis only when needed', () => {
    expect(truncateToWidth('Twente', 500, 2)).toBe('Twente');
    const cut = truncateToWidth('Gemeenschappelijke regeling Regio Twente', 150, 2);
    expect(cut.endsWith('…')).toBe(true);
    expect(measureText(cut, 2)).toBeLessThanOrEqual(150);
  });
});

describe('renderCard', () => {
  const card = { kicker: 'Domein · 2020', title: 'Veilig Thuis Twente', footer: FOOTER };

  it('produces a structurally valid 1200×630 PNG', () => {
    const png = decodePng(renderCard({ ...card, headline: '€ 18.165.000' }));
    expect([CARD_WIDTH, CARD_HEIGHT]).toEqual([1200, 630]);
    expect([png.width, png.height]).toEqual([1200, 630]);
    expect(png.chunks[0]?.type).toBe('IHDR');
    expect(png.chunks.at(-1)?.type).toBe('IEND');
    expect(png.inflatedLength).toBe(630 * (1 + 1200 * png.bytesPerPixel));
  });

  it('is deterministic', () => {
    expect(renderCard(card).equals(renderCard(card))).toBe(true);
  });

  it('draws the title in white on the blue background', () => {
    const png = decodePng(renderCard(card));
    const background = png.pixel(5, 5);
    expect(background).toEqual([0x00, 0x54, 0x8f, 255]);
    // The title sits in the upper half, below the kicker; nothing white is left of the margin.
    expect(whitePixelsInRows(png, 150, 300)).toBeGreaterThan(1000);
    let whiteInMargin = 0;
    for (let y = 0; y < png.height; y++) for (let x = 0; x < 80; x++) if (isWhite(png.pixel(x, y))) whiteInMargin++;
    expect(whiteInMargin).toBe(0);
  });

  it('wraps a longer title over more lines', () => {
    const short = decodePng(renderCard(card));
    const long = decodePng(
      renderCard({ ...card, title: 'Bijdrage van Hof van Twente aan de gemeenschappelijke regeling Regio Twente voor jeugdgezondheidszorg' }),
    );
    const shortBottom = lowestWhiteRow(short, FOOTER_BAND_TOP);
    const longBottom = lowestWhiteRow(long, FOOTER_BAND_TOP);
    expect(shortBottom).toBeGreaterThan(0);
    expect(longBottom).toBeGreaterThan(shortBottom + 100);
  });

  it('adds the headline figure below the title', () => {
    const without = decodePng(renderCard(card));
    const withHeadline = decodePng(renderCard({ ...card, headline: '€ 18.165.000' }));
    expect(whitePixelsInRows(without, 380, FOOTER_BAND_TOP)).toBe(0);
    expect(whitePixelsInRows(withHeadline, 380, FOOTER_BAND_TOP)).toBeGreaterThan(5000);
  });

  it('writes the footer inside the footer band', () => {
    const withFooter = decodePng(renderCard(card));
    const withoutFooter = decodePng(renderCard({ ...card, footer: '' }));
    expect(whitePixelsInRows(withFooter, FOOTER_BAND_TOP, CARD_HEIGHT)).toBeGreaterThan(500);
    expect(whitePixelsInRows(withoutFooter, FOOTER_BAND_TOP, CARD_HEIGHT)).toBe(0);
  });

  it('keeps very long texts inside the right margin', () => {
    const long = 'Gemeenschappelijke regeling Regio Twente en de gemeenten Almelo, Borne, Dinkelland, Enschede, Haaksbergen, Hellendoorn';
    const png = decodePng(renderCard({ kicker: long, title: `${long} ${long} ${long}`, headline: `€ ${'9'.repeat(60)}`, footer: long }));
    const background = png.pixel(5, 5);
    const band = png.pixel(5, CARD_HEIGHT - 5);
    let strayPixels = 0;
    for (let y = 0; y < png.height; y++) {
      const expected = (y < FOOTER_BAND_TOP ? background : band).join();
      for (let x = CARD_WIDTH - 80; x < CARD_WIDTH; x++) if (png.pixel(x, y).join() !== expected) strayPixels++;
    }
    expect(strayPixels).toBe(0);
  });

  it('renders every character of a Dutch budget text without throwing', () => {
    const dutch = 'Één € 18.165.000 – Veilig Thuis Twente (VTT): 29% ë';
    expect(() => renderCard({ kicker: dutch, title: dutch, headline: dutch, footer: dutch })).not.toThrow();
  });
});
