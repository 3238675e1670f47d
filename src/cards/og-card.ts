import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * Social-media preview images ("Open Graph" cards, "deelkaarten"): 1200×630 PNG in Source Sans 3.
 * satori lays out a small tree of boxes and turns the text into outlines (SVG); resvg draws that SVG
 * as a PNG. Layout, top to bottom on the site's accent blue: the kicker (small, light blue), a short
 * yellow bar, the title (large, up to three lines, smaller for long titles), optionally a headline
 * figure (largest), and a darker footer band with the site's host and name.
 */

export interface OgCard {
  /** Small line above the title, e.g. "Domein · 2020". */
  readonly kicker: string;
  readonly title: string;
  /** A key figure, e.g. "€ 18.165.000". */
  readonly headline?: string | undefined;
  /** What the key figure is, drawn just above it, e.g. "Bijdrage van de gemeenten, 2020". */
  readonly headlineLabel?: string | undefined;
  /** Bottom line, e.g. "twentebegroting.nl · Twente begroting". */
  readonly footer: string;
}

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/**
 * Raise when the drawing changes in a way the layout tree does not show (the tree, the fonts and the
 * renderers' versions are part of every card's cache key already).
 */
const REVISION = 1;

/**
 * The site's colours (src/styles/tokens.css): --color-accent as background, --color-accent-text for
 * text, --color-focus for the bar; the footer band is a darker accent and the kicker a light blue.
 * White and light blue on the accent blue both pass WCAG AA (≥ 4.5:1).
 */
const COLOURS = {
  background: '#00548f',
  footerBand: '#003d69',
  text: '#ffffff',
  muted: '#d3e6f5',
  bar: '#ffbf47',
} as const;

const FAMILY = 'Source Sans 3';
/** The Latin Extended subset of the same font, for letters outside Western European Latin (ő, ł, ...). */
const FAMILY_EXT = 'Source Sans 3 Latin Extended';
const FONT_FILES = [
  { name: FAMILY, weight: 400, file: 'source-sans-3-latin-400-normal.woff' },
  { name: FAMILY, weight: 700, file: 'source-sans-3-latin-700-normal.woff' },
  { name: FAMILY_EXT, weight: 400, file: 'source-sans-3-latin-ext-400-normal.woff' },
  { name: FAMILY_EXT, weight: 700, file: 'source-sans-3-latin-ext-700-normal.woff' },
] as const;

const MARGIN_X = 80;
const FOOTER_HEIGHT = 90;

/**
 * Title sizes, by length: short titles large on at most two lines, longer ones smaller on three. A
 * title that still does not fit ends in "…" (the page itself always has the whole title).
 */
function titleStyle(title: string, withHeadline: boolean): { fontSize: number; lineClamp: number } {
  const length = [...title].length;
  if (length <= 32) return { fontSize: 76, lineClamp: 2 };
  if (length <= 64) return { fontSize: 64, lineClamp: 3 };
  return { fontSize: 54, lineClamp: withHeadline ? 3 : 4 };
}

/** One box of the card, in the element format satori reads (React-like, without React). */
export interface CardNode {
  readonly type: 'div';
  readonly props: { readonly style: Readonly<Record<string, string | number>>; readonly children?: string | readonly CardNode[] };
}

const box = (style: Record<string, string | number>, children?: string | CardNode[]): CardNode => ({
  type: 'div',
  props: children === undefined ? { style } : { style, children },
});

/**
 * One line: text that is too long ends in "…". A line clamp, not `overflow: hidden` with
 * `textOverflow`: satori turns that into an SVG mask, which doubles resvg's time per card.
 */
const ONE_LINE = { lineClamp: 1 } as const;

/** The card as boxes with their styles: what satori lays out, and (with the text) what a cached image is keyed on. */
export function cardLayout(card: OgCard): CardNode {
  const headline = card.headline?.trim() ? card.headline.trim() : undefined;
  const title = titleStyle(card.title, headline !== undefined);
  return box(
    {
      display: 'flex',
      flexDirection: 'column',
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      backgroundColor: COLOURS.background,
      color: COLOURS.text,
      fontFamily: `${FAMILY}, ${FAMILY_EXT}`,
    },
    [
      box({ display: 'flex', flexDirection: 'column', flexGrow: 1, padding: `56px ${MARGIN_X}px 44px` }, [
        box({ fontSize: 32, fontWeight: 700, lineHeight: 1.2, color: COLOURS.muted, ...ONE_LINE }, card.kicker),
        box({ width: 72, height: 6, marginTop: 18, backgroundColor: COLOURS.bar }),
        box({ marginTop: 36, fontSize: title.fontSize, fontWeight: 700, lineHeight: 1.1, lineClamp: title.lineClamp }, card.title),
        // The headline sits at the bottom, above the footer band; the title takes the space above it.
        box({ flexGrow: 1 }),
        ...(headline && card.headlineLabel?.trim()
          ? [
              box(
                { fontSize: 30, fontWeight: 400, lineHeight: 1.2, color: COLOURS.muted, marginBottom: 10, lineClamp: 2 },
                card.headlineLabel.trim(),
              ),
            ]
          : []),
        ...(headline
          ? [box({ fontSize: [...headline].length > 16 ? 88 : 104, fontWeight: 700, lineHeight: 1, ...ONE_LINE }, headline)]
          : []),
      ]),
      box(
        {
          display: 'flex',
          alignItems: 'center',
          flexShrink: 0,
          height: FOOTER_HEIGHT,
          padding: `0 ${MARGIN_X}px`,
          backgroundColor: COLOURS.footerBand,
          fontSize: 30,
        },
        [box({ ...ONE_LINE }, card.footer)],
      ),
    ],
  );
}

/** resvg: the SVG has all text as outlines, so it needs no fonts of the system (loading them is slow). */
const RESVG_OPTIONS = { font: { loadSystemFonts: false }, fitTo: { mode: 'original' } } as const;

interface Renderer {
  fonts: { name: string; weight: 400 | 700; style: 'normal'; data: Buffer }[];
  /** What besides the layout decides the pixels: renderer versions, font files, options. */
  fingerprint: string;
}

let renderer: Renderer | undefined;

/** The font files and the renderers' versions, read once. */
function loadRenderer(): Renderer {
  if (renderer) return renderer;
  const require = createRequire(import.meta.url);
  const version = (name: string): string =>
    (JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string }).version;
  const fonts = FONT_FILES.map(({ name, weight, file }) => ({
    name,
    weight,
    style: 'normal' as const,
    data: readFileSync(require.resolve(`@fontsource/source-sans-3/files/${file}`)),
  }));
  const fontDigest = createHash('sha256');
  for (const font of fonts) fontDigest.update(font.data);
  const fingerprint = JSON.stringify({
    revision: REVISION,
    size: [CARD_WIDTH, CARD_HEIGHT],
    satori: version('satori'),
    resvg: version('@resvg/resvg-js'),
    fonts: fontDigest.digest('hex'),
    options: RESVG_OPTIONS,
  });
  renderer = { fonts, fingerprint };
  return renderer;
}

/**
 * The cache key of a card's image: a hash of its layout tree (text, sizes, colours) together with
 * the card size, the renderers' versions, the font files and REVISION. Same key, same pixels.
 */
export function cardKey(card: OgCard): string {
  return createHash('sha256')
    .update(loadRenderer().fingerprint)
    .update('\n')
    .update(JSON.stringify(cardLayout(card)))
    .digest('hex');
}

/**
 * Draws a card as a 1200×630 PNG. satori runs on this thread; resvg draws in a thread of libuv's
 * pool, so while it draws one card this thread can lay out the next.
 */
export async function renderCard(card: OgCard): Promise<Buffer> {
  const { fonts } = loadRenderer();
  // Loaded on the first card that is drawn: a build whose cards all come from the cache never needs them.
  const [{ default: satori }, { renderAsync }] = await Promise.all([import('satori'), import('@resvg/resvg-js')]);
  const svg = await satori(cardLayout(card) as never, { width: CARD_WIDTH, height: CARD_HEIGHT, fonts });
  const image = await renderAsync(svg, RESVG_OPTIONS);
  return image.asPng();
}
