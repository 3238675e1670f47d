import { type Canvas, type Colour, createCanvas, drawText, fillRect, FONT_METRICS, measureText, paletteBytes, type TextOptions } from './bitmap-font.ts';
import { encodeIndexedPng } from './png.ts';

/**
 * Social-media preview images ("Open Graph" cards), 1200×630 PNG, drawn at build time with the
 * bitmap font. Layout, top to bottom on the site's accent blue:
 *   kicker (small, light blue), a short yellow bar, the title (large, up to three lines),
 *   optionally a headline figure (largest, bold), and a darker footer band with the site name.
 */

export interface OgCard {
  /** Small line above the title, e.g. "Domein · 2020". */
  readonly kicker: string;
  readonly title: string;
  /** A key figure, e.g. "€ 18.165.000". */
  readonly headline?: string;
  /** Bottom line, e.g. "twentebegroting.nl · Twente begroting". */
  readonly footer: string;
}

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** Colours: white and light blue text on the site's accent blue both pass WCAG AA (≥ 4.5:1). */
const COLOURS = {
  background: '#00548f',
  footerBand: '#003d69',
  text: '#ffffff',
  muted: '#d3e6f5',
  bar: '#ffbf47',
} as const satisfies Record<string, Colour>;

const MARGIN_X = 80;
const CONTENT_WIDTH = CARD_WIDTH - 2 * MARGIN_X;
const FOOTER_HEIGHT = 90;
const FOOTER_TOP = CARD_HEIGHT - FOOTER_HEIGHT;

const SMALL_SCALE = 3;
/** Title sizes to try, largest first; the first one where the whole title fits wins. */
const TITLE_SCALES = [7, 6, 5] as const;
const TITLE_MAX_LINES = 3;
/** Distance between title baselines, in font pixels: cap height plus room for descenders. */
const TITLE_LINE_ADVANCE = 14;
const HEADLINE_SCALES = [9, 8, 7, 6, 5, 4] as const;
const ELLIPSIS = '…';
/** Kicker, title and headline are set in bold; the footer is not. */
const BOLD: TextOptions = { bold: true };

/** The y of the line box that puts the cap top of text at `capTop`. */
function lineTopForCapTop(capTop: number, scale: number): number {
  return capTop - FONT_METRICS.capTop * scale;
}

/** Shortens `text` to fit `maxWidth`, ending in an ellipsis. Returns it unchanged if it fits. */
export function truncateToWidth(text: string, maxWidth: number, scale: number, options: TextOptions = {}): string {
  if (measureText(text, scale, options) <= maxWidth) return text;
  const characters = [...text.normalize('NFC')];
  const withPrefix = (length: number): string => characters.slice(0, length).join('').trimEnd() + ELLIPSIS;
  // Binary search for the longest prefix that still fits together with the ellipsis.
  let low = 0;
  let high = characters.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (measureText(withPrefix(middle), scale, options) <= maxWidth) low = middle;
    else high = middle - 1;
  }
  return withPrefix(low);
}

/**
 * Word-wraps `text` into lines no wider than `maxWidth` (device pixels) at `scale`. A word wider
 * than a whole line is cut. If more than `maxLines` lines are needed, the last one ends in "…".
 */
export function wrapText(
  text: string,
  maxWidth: number,
  scale: number,
  maxLines = Number.POSITIVE_INFINITY,
  options: TextOptions = {},
): string[] {
  const fits = (line: string): boolean => measureText(line, scale, options) <= maxWidth;
  const words = text.normalize('NFC').trim().split(/\s+/).filter((word) => word !== '');
  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    const candidate = current === '' ? word : `${current} ${word}`;
    if (fits(candidate)) {
      current = candidate;
      continue;
    }
    if (current !== '') lines.push(current);
    current = word;
    // A single word too long for a line: cut it into pieces that fit.
    while (!fits(current)) {
      const piece = longestFittingPrefix(current, fits);
      lines.push(piece);
      current = current.slice(piece.length);
    }
  }
  if (current !== '') lines.push(current);
  if (lines.length <= maxLines) return lines;

  const kept = lines.slice(0, Math.max(1, maxLines));
  const last = kept.length - 1;
  kept[last] = withEllipsis(kept[last] ?? '', fits);
  return kept;
}

/**
 * Ends a line with "…" to show that text was left out, dropping whole words (and punctuation
 * that would dangle before the ellipsis) until it fits. Only a lone word is cut inside.
 */
function withEllipsis(line: string, fits: (line: string) => boolean): string {
  const words = line.split(' ');
  const shortened = (): string => words.join(' ').replace(/[\s,.:;·–-]+$/u, '') + ELLIPSIS;
  while (words.length > 1 && !fits(shortened())) words.pop();
  const characters = [...shortened()];
  while (characters.length > 1 && !fits(characters.join(''))) characters.splice(-2, 1);
  return characters.join('');
}

/** The longest start of `word` (at least one character) that fits. */
function longestFittingPrefix(word: string, fits: (line: string) => boolean): string {
  const characters = [...word];
  let length = 1;
  while (length < characters.length && fits(characters.slice(0, length + 1).join(''))) length++;
  return characters.slice(0, length).join('');
}

/** Height in device pixels of `lineCount` title lines, from the first cap top to the last descender. */
function titleBlockHeight(lineCount: number, scale: number): number {
  return ((lineCount - 1) * TITLE_LINE_ADVANCE + FONT_METRICS.baseline - FONT_METRICS.capTop + 3) * scale;
}

/** The largest title size whose lines all fit in the available height; otherwise the smallest, cut short. */
function layoutTitle(title: string, availableHeight: number): { lines: string[]; scale: number } {
  for (const scale of TITLE_SCALES) {
    const lines = wrapText(title, CONTENT_WIDTH, scale, Number.POSITIVE_INFINITY, BOLD);
    if (lines.length <= TITLE_MAX_LINES && titleBlockHeight(lines.length, scale) <= availableHeight) return { lines, scale };
  }
  const scale = TITLE_SCALES[TITLE_SCALES.length - 1] ?? 5;
  let maxLines = TITLE_MAX_LINES;
  while (maxLines > 1 && titleBlockHeight(maxLines, scale) > availableHeight) maxLines--;
  return { lines: wrapText(title, CONTENT_WIDTH, scale, maxLines, BOLD), scale };
}

/** The largest headline size at which the headline fits on one line. */
function headlineScale(headline: string): number {
  const smallest = HEADLINE_SCALES[HEADLINE_SCALES.length - 1] ?? 4;
  return HEADLINE_SCALES.find((scale) => measureText(headline, scale, BOLD) <= CONTENT_WIDTH) ?? smallest;
}

/** Draws the card on a fresh canvas (useful to inspect or post-process the pixels before encoding). */
export function drawCard(card: OgCard): Canvas {
  const canvas = createCanvas(CARD_WIDTH, CARD_HEIGHT, COLOURS.background);

  // Kicker and the yellow bar below it.
  const kickerCapTop = 64;
  const kicker = truncateToWidth(card.kicker, CONTENT_WIDTH, SMALL_SCALE, BOLD);
  drawText(canvas, kicker, MARGIN_X, lineTopForCapTop(kickerCapTop, SMALL_SCALE), SMALL_SCALE, COLOURS.muted, BOLD);
  const barTop = kickerCapTop + FONT_METRICS.capHeight * SMALL_SCALE + 22;
  fillRect(canvas, MARGIN_X, barTop, 72, 6, COLOURS.bar);

  // Headline first: it is anchored just above the footer band, and the title fills what is left.
  const titleTop = barTop + 6 + 44;
  let titleBottom = FOOTER_TOP - 44;
  if (card.headline !== undefined && card.headline.trim() !== '') {
    const scale = headlineScale(card.headline);
    const text = truncateToWidth(card.headline, CONTENT_WIDTH, scale, BOLD);
    const baseline = FOOTER_TOP - 52;
    const capTop = baseline - FONT_METRICS.capHeight * scale;
    drawText(canvas, text, MARGIN_X, lineTopForCapTop(capTop, scale), scale, COLOURS.text, BOLD);
    titleBottom = capTop - 40;
  }

  const { lines, scale } = layoutTitle(card.title, titleBottom - titleTop);
  lines.forEach((line, index) => {
    const capTop = titleTop + index * TITLE_LINE_ADVANCE * scale;
    drawText(canvas, line, MARGIN_X, lineTopForCapTop(capTop, scale), scale, COLOURS.text, BOLD);
  });

  // Footer band with the site name, text centred vertically on its capitals.
  fillRect(canvas, 0, FOOTER_TOP, CARD_WIDTH, FOOTER_HEIGHT, COLOURS.footerBand);
  const footerCapTop = FOOTER_TOP + Math.round((FOOTER_HEIGHT - FONT_METRICS.capHeight * SMALL_SCALE) / 2);
  const footer = truncateToWidth(card.footer, CONTENT_WIDTH, SMALL_SCALE);
  drawText(canvas, footer, MARGIN_X, lineTopForCapTop(footerCapTop, SMALL_SCALE), SMALL_SCALE, COLOURS.text);

  return canvas;
}

/** Renders a card as a 1200×630 PNG. */
export function renderCard(card: OgCard): Buffer {
  const canvas = drawCard(card);
  return encodeIndexedPng(canvas.width, canvas.height, paletteBytes(canvas), canvas.indices);
}
