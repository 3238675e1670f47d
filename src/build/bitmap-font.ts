/**
 * A small hand-drawn bitmap font and a pixel canvas to draw it on, for build-time images.
 *
 * Why a bitmap font: the build must give the same bytes on every machine, without system fonts
 * or native libraries. Glyphs are drawn at an integer scale (nearest neighbour), so text stays
 * crisp at any size.
 *
 * Geometry, in font pixels. A line box is 15 rows high:
 *   rows 0–2   room for accents on capitals (É, Ë)
 *   rows 3–11  capitals and digits (cap height 9); lowercase x-height is rows 5–11 (7 rows)
 *   rows 12–14 descenders (g, j, p, q, y)
 * Glyphs are proportional; letters are one font pixel apart.
 */

/**
 * An image in memory as palette indices, one byte per pixel, row by row from the top. Drawing
 * writes indices, so encoding needs no pass over the pixels to find their colours (cards use
 * five colours; `toRgba` gives the full-colour pixels when a test or tool needs them).
 */
export interface Canvas {
  readonly width: number;
  readonly height: number;
  /** The palette index of every pixel. */
  readonly indices: Uint8Array;
  /** The colours drawn so far, in order of first use; index 0 is the background. At most 256. */
  readonly palette: Colour[];
}

/** A colour as `#rrggbb`. */
export type Colour = `#${string}`;

export interface TextOptions {
  /**
   * Thicker vertical strokes: every stretch of ink is widened by half a font pixel, and each
   * letter's advance by the same amount so letters keep their gap. Edges stay on whole device
   * pixels, so bold text is as crisp as regular text.
   */
  readonly bold?: boolean;
}

/** Vertical metrics in font pixels; multiply by the scale for device pixels. */
export const FONT_METRICS = {
  /** Height of one line box. */
  lineHeight: 15,
  /** From the top of the line box to the top of capitals. */
  capTop: 3,
  /** From the top of the line box to just below the baseline (bottom of capitals). */
  baseline: 12,
  capHeight: 9,
  xHeight: 7,
} as const;

/** Horizontal gap between letters, in font pixels. */
const LETTER_SPACING = 1;
/** Width of a space (before letter spacing), in font pixels. */
const SPACE_WIDTH = 3;
/** Glyph bitmaps are drawn relative to the cap top, so accents above capitals get negative rows. */
const BODY_OFFSET = FONT_METRICS.capTop;
const BODY_ROWS = 12;

/** One horizontal stretch of ink in a glyph: row (relative to the cap top), start column, length. */
interface Run {
  readonly row: number;
  readonly column: number;
  readonly length: number;
}

interface Glyph {
  readonly width: number;
  readonly runs: readonly Run[];
}

// ---------------------------------------------------------------------------------------------
// Glyph sheets. The first line names the characters; each following line gives one pixel row
// for every character, separated by spaces ('#' ink, '.' background). Row 0 is the cap top,
// row 8 the baseline row, rows 9–11 the descender. Sheets with fewer rows are padded below.

const UPPER_A_TO_I = `
  A      B      C      D      E     F     G      H      I
  ..##.. #####. .####. ####.. ##### ##### .####. #....# ###
  .#..#. #....# #....# #...#. #.... #.... #....# #....# .#.
  #....# #....# #..... #....# #.... #.... #..... #....# .#.
  #....# #....# #..... #....# #.... #.... #..... #....# .#.
  #....# #####. #..... #....# ####. ####. #..### ###### .#.
  ###### #....# #..... #....# #.... #.... #....# #....# .#.
  #....# #....# #..... #....# #.... #.... #....# #....# .#.
  #....# #....# #....# #...#. #.... #.... #....# #....# .#.
  #....# #####. .####. ####.. ##### #.... .####. #....# ###
`;

const UPPER_J_TO_R = `
  J     K      L     M       N      O      P      Q      R
  ..### #....# #.... #.....# #....# .####. #####. .####. #####.
  ....# #...#. #.... ##...## ##...# #....# #....# #....# #....#
  ....# #..#.. #.... #.#.#.# #.#..# #....# #....# #....# #....#
  ....# #.#... #.... #..#..# #.#..# #....# #....# #....# #....#
  ....# ##.... #.... #..#..# #..#.# #....# #####. #....# #####.
  ....# #.#... #.... #.....# #..#.# #....# #..... #....# #..#..
  ....# #..#.. #.... #.....# #...## #....# #..... #..#.# #...#.
  #...# #...#. #.... #.....# #...## #....# #..... #...#. #....#
  .###. #....# ##### #.....# #....# .####. #..... .###.# #....#
`;

const UPPER_S_TO_Z = `
  S      T       U      V       W       X      Y       Z
  .####. ####### #....# #.....# #.....# #....# #.....# ######
  #....# ...#... #....# #.....# #.....# #....# #.....# .....#
  #..... ...#... #....# #.....# #.....# .#..#. .#...#. ....#.
  #..... ...#... #....# .#...#. #.....# .#..#. ..#.#.. ...#..
  .####. ...#... #....# .#...#. #..#..# ..##.. ...#... ..#...
  .....# ...#... #....# .#...#. #..#..# .#..#. ...#... .#....
  .....# ...#... #....# ..#.#.. #.#.#.# .#..#. ...#... #.....
  #....# ...#... #....# ..#.#.. ##...## #....# ...#... #.....
  .####. ...#... .####. ...#... #.....# #....# ...#... ######
`;

const LOWER_A_TO_J = `
  a     b     c     d     e     f    g     h     i j
  ..... #.... ..... ....# ..... ..## ..... #.... # ..#
  ..... #.... ..... ....# ..... .#.. ..... #.... . ...
  .###. ####. .###. .#### .###. ###. .#### ####. # ..#
  ....# #...# #...# #...# #...# .#.. #...# #...# # ..#
  ....# #...# #.... #...# #...# .#.. #...# #...# # ..#
  .#### #...# #.... #...# ##### .#.. #...# #...# # ..#
  #...# #...# #.... #...# #.... .#.. #...# #...# # ..#
  #...# #...# #...# #...# #...# .#.. #...# #...# # ..#
  .#### ####. .###. .#### .###. .#.. .#### #...# # ..#
  ..... ..... ..... ..... ..... .... ....# ..... . ..#
  ..... ..... ..... ..... ..... .... #...# ..... . ..#
  ..... ..... ..... ..... ..... .... .###. ..... . ##.
`;

const LOWER_K_TO_S = `
  k     l  m       n     o     p     q     r    s
  #.... #. ....... ..... ..... ..... ..... .... .....
  #.... #. ....... ..... ..... ..... ..... .... .....
  #...# #. ######. ####. .###. ####. .#### #.## .####
  #..#. #. #..#..# #...# #...# #...# #...# ##.. #....
  #.#.. #. #..#..# #...# #...# #...# #...# #... #....
  ##... #. #..#..# #...# #...# #...# #...# #... .###.
  #.#.. #. #..#..# #...# #...# #...# #...# #... ....#
  #..#. #. #..#..# #...# #...# #...# #...# #... ....#
  #...# .# #..#..# #...# .###. ####. .#### #... ####.
  ..... .. ....... ..... ..... #.... ....# .... .....
  ..... .. ....... ..... ..... #.... ....# .... .....
  ..... .. ....... ..... ..... #.... ....# .... .....
`;

const LOWER_T_TO_Z = `
  t    u     v     w       x     y     z
  .#.. ..... ..... ....... ..... ..... .....
  .#.. ..... ..... ....... ..... ..... .....
  ###. #...# #...# #.....# #...# #...# #####
  .#.. #...# #...# #.....# #...# #...# ....#
  .#.. #...# #...# #..#..# .#.#. #...# ...#.
  .#.. #...# .#.#. #..#..# ..#.. #...# ..#..
  .#.. #...# .#.#. #..#..# .#.#. #...# .#...
  .#.. #...# .#.#. #..#..# #...# #...# #....
  ..## .#### ..#.. .##.##. #...# .#### #####
  .... ..... ..... ....... ..... ....# .....
  .... ..... ..... ....... ..... #...# .....
  .... ..... ..... ....... ..... .###. .....
`;

const DIGITS = `
  0     1     2     3     4     5     6     7     8     9
  .###. ..#.. .###. .###. ...#. ##### .###. ##### .###. .###.
  #...# .##.. #...# #...# ..##. #.... #.... ....# #...# #...#
  #...# #.#.. ....# ....# .#.#. #.... #.... ....# #...# #...#
  #...# ..#.. ....# ....# #..#. ####. ####. ...#. #...# #...#
  #...# ..#.. ...#. ..##. #..#. ....# #...# ...#. .###. .####
  #...# ..#.. ..#.. ....# ##### ....# #...# ..#.. #...# ....#
  #...# ..#.. .#... ....# ...#. ....# #...# ..#.. #...# ....#
  #...# ..#.. #.... #...# ...#. #...# #...# ..#.. #...# ....#
  .###. ##### ##### .###. ...#. .###. .###. ..#.. .###. .###.
`;

const PUNCTUATION = `
  .  ,  :  ;  -    –      —         (   )   /     ·  …        +     =
  .. .. .. .. .... ...... ......... ..# #.. ....# .. ........ ..... .....
  .. .. .. .. .... ...... ......... .#. .#. ....# .. ........ ..... .....
  .. .. .. .. .... ...... ......... .#. .#. ...#. .. ........ ..... .....
  .. .. ## ## .... ...... ......... #.. ..# ...#. .. ........ ..#.. .....
  .. .. ## ## .... ...... ......... #.. ..# ..#.. ## ........ ..#.. #####
  .. .. .. .. #### ###### ######### #.. ..# ..#.. ## ........ ##### .....
  .. .. .. .. .... ...... ......... #.. ..# .#... .. ........ ..#.. #####
  ## ## ## ## .... ...... ......... #.. ..# .#... .. ##.##.## ..#.. .....
  ## ## ## ## .... ...... ......... .#. .#. #.... .. ##.##.## ..... .....
  .. .# .. .# .... ...... ......... .#. .#. #.... .. ........ ..... .....
  .. #. .. #. .... ...... ......... ..# #.. ..... .. ........ ..... .....
`;

const SYMBOLS = `
  €      %      ' "   ’  ‘  “     ”     ?     ! &      *     _      °
  ..#### ##...# # #.# ## .# .#..# ##.## .###. # .##... ..... ...... .##.
  .#.... ##..#. # #.# .# #. #..#. .#..# #...# # #..#.. ..#.. ...... #..#
  #..... ....#. # #.# #. ## ##.## #..#. ....# # #..#.. #.#.# ...... #..#
  ####.. ...#.. . ... .. .. ..... ..... ...#. # .##... .###. ...... .##.
  #..... ..#... . ... .. .. ..... ..... ..#.. # .#...# #.#.# ...... ....
  ####.. ..#... . ... .. .. ..... ..... ..#.. # #.#..# ..#.. ...... ....
  #..... .#.... . ... .. .. ..... ..... ..... . #..#.# ..... ...... ....
  .#.... .#..## . ... .. .. ..... ..... ..#.. # #...#. ..... ...... ....
  ..#### #...## . ... .. .. ..... ..... ..#.. # .###.# ..... ...... ....
  ...... ...... . ... .. .. ..... ..... ..... . ...... ..... ###### ....
`;

const BRACKETS = `
  [   ]   <    >    ×     ı ȷ
  ### ### .... .... ..... . ...
  #.. ..# .... .... ..... . ...
  #.. ..# ...# #... ..... # ..#
  #.. ..# ..#. .#.. #...# # ..#
  #.. ..# .#.. ..#. .#.#. # ..#
  #.. ..# #... ...# ..#.. # ..#
  #.. ..# .#.. ..#. .#.#. # ..#
  #.. ..# ..#. .#.. #...# # ..#
  #.. ..# ...# #... ..... # ..#
  #.. ..# .... .... ..... . ..#
  ### ### .... .... ..... . ..#
  ... ... .... .... ..... . ##.
`;

/** Drawn for characters the font cannot show: an empty box, so gaps in the text stay visible. */
const PLACEHOLDER_ROWS = ['#####', '#...#', '#...#', '#...#', '#...#', '#...#', '#...#', '#...#', '#####'];

/** Combining marks the font can place over (or under) a base letter, by code point. */
interface Mark {
  readonly rows: readonly string[];
  /** Variant for bases of even width, so the mark stays centred. */
  readonly evenRows?: readonly string[];
  readonly below?: boolean;
}

const MARKS: ReadonlyMap<string, Mark> = new Map<string, Mark>([
  ['\u0300', { rows: ['#..', '.#.'], evenRows: ['.#..', '..#.'] }], // grave
  ['\u0301', { rows: ['..#', '.#.'], evenRows: ['...#', '..#.'] }], // acute
  ['\u0302', { rows: ['.#.', '#.#'], evenRows: ['.##.', '#..#'] }], // circumflex
  ['\u0303', { rows: ['.#.#', '#.#.'] }], // tilde
  ['\u0308', { rows: ['#.#'], evenRows: ['#..#'] }], // diaeresis (trema)
  ['\u030c', { rows: ['#.#', '.#.'], evenRows: ['#..#', '.##.'] }], // caron
  ['\u0327', { rows: ['.#.', '##.'], below: true }], // cedilla
]);

/** Letters that lose their dot when they carry an accent (ï, í). */
const DOTLESS: ReadonlyMap<string, string> = new Map([
  ['i', 'ı'],
  ['j', 'ȷ'],
]);

// ---------------------------------------------------------------------------------------------
// Building glyphs

/** Turns rows of '#' and '.' into runs of ink, shifted down by `firstRow`. */
function toRuns(rows: readonly string[], firstRow = 0, firstColumn = 0): Run[] {
  const runs: Run[] = [];
  rows.forEach((line, index) => {
    let start = -1;
    for (let column = 0; column <= line.length; column++) {
      const ink = line[column] === '#';
      if (ink && start < 0) start = column;
      if (!ink && start >= 0) {
        runs.push({ row: firstRow + index, column: firstColumn + start, length: column - start });
        start = -1;
      }
    }
  });
  return runs;
}

/** Parses a glyph sheet (see above) into glyphs by character. Throws on a malformed sheet. */
function parseSheet(sheet: string): Map<string, Glyph> {
  const [header, ...lines] = sheet
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  if (header === undefined) throw new Error('Empty glyph sheet');
  const characters = header.split(/\s+/);
  if (lines.length > BODY_ROWS) throw new Error(`Glyph sheet "${header}" has more than ${BODY_ROWS} rows`);
  const rowsPerGlyph = characters.map((): string[] => []);
  for (const line of lines) {
    const cells = line.split(/\s+/);
    if (cells.length !== characters.length) throw new Error(`Glyph sheet "${header}": row "${line}" has ${cells.length} cells`);
    cells.forEach((cell, index) => rowsPerGlyph[index]?.push(cell));
  }
  const glyphs = new Map<string, Glyph>();
  characters.forEach((character, index) => {
    const rows = rowsPerGlyph[index] ?? [];
    const width = rows[0]?.length ?? 0;
    if (rows.some((row) => row.length !== width || /[^#.]/.test(row))) {
      throw new Error(`Glyph "${character}" has rows of unequal width or unknown pixels`);
    }
    glyphs.set(character, { width, runs: toRuns(rows) });
  });
  return glyphs;
}

const GLYPHS: ReadonlyMap<string, Glyph> = new Map(
  [UPPER_A_TO_I, UPPER_J_TO_R, UPPER_S_TO_Z, LOWER_A_TO_J, LOWER_K_TO_S, LOWER_T_TO_Z, DIGITS, PUNCTUATION, SYMBOLS, BRACKETS].flatMap(
    (sheet) => [...parseSheet(sheet)],
  ),
);

const SPACE: Glyph = { width: SPACE_WIDTH, runs: [] };
const PLACEHOLDER: Glyph = { width: 5, runs: toRuns(PLACEHOLDER_ROWS) };

/** The topmost row with ink, so marks sit one free row above the letter. */
function topRow(glyph: Glyph): number {
  return glyph.runs.reduce((top, run) => Math.min(top, run.row), BODY_ROWS);
}

/** The lowest row with ink (the baseline row for letters without descender). */
function bottomRow(glyph: Glyph): number {
  return glyph.runs.reduce((bottom, run) => Math.max(bottom, run.row), 0);
}

/**
 * A base letter with marks stacked on it. The result is as wide as the widest part; the base
 * and each mark are centred in it.
 */
function compose(base: Glyph, marks: readonly Mark[]): Glyph {
  const markRows = marks.map((mark) => (base.width % 2 === 0 && mark.evenRows ? mark.evenRows : mark.rows));
  const width = Math.max(base.width, ...markRows.map((rows) => rows[0]?.length ?? 0));
  const runs: Run[] = base.runs.map((run) => ({ ...run, column: run.column + Math.floor((width - base.width) / 2) }));
  let above = topRow(base) - 1; // first free row above the letter, going up
  let below = bottomRow(base) + 1; // first free row below the letter, going down
  marks.forEach((mark, index) => {
    const rows = markRows[index] ?? [];
    const column = Math.floor((width - (rows[0]?.length ?? 0)) / 2);
    if (mark.below) {
      runs.push(...toRuns(rows, below, column));
      below += rows.length;
    } else {
      above -= rows.length;
      runs.push(...toRuns(rows, above, column));
      above -= 1;
    }
  });
  return { width, runs };
}

/**
 * The glyphs for one cluster (a character with any combining marks). Tries, in order: the font
 * itself, the base letter with its accents (NFD), a compatibility form (NFKD: 'ﬁ' → 'fi', 'Ĳ' →
 * 'IJ'), and finally the placeholder box.
 */
function resolveCluster(cluster: string, allowCompatibility = true): Glyph[] {
  const direct = GLYPHS.get(cluster);
  if (direct) return [direct];
  if (/^\s+$/u.test(cluster)) return [SPACE];

  const [base = '', ...markCharacters] = [...cluster.normalize('NFD')];
  const marks = markCharacters.map((character) => MARKS.get(character)).filter((mark) => mark !== undefined);
  const hasMarkAbove = marks.some((mark) => !mark.below);
  const baseGlyph = GLYPHS.get((hasMarkAbove && DOTLESS.get(base)) || base);
  if (baseGlyph && markCharacters.length > 0) return [compose(baseGlyph, marks)];

  const compatible = cluster.normalize('NFKD');
  if (allowCompatibility && compatible !== cluster) {
    return splitClusters(compatible).flatMap((part) => resolveCluster(part, false));
  }
  return [PLACEHOLDER];
}

/** Splits text into clusters: one base character with the combining marks that follow it. */
function splitClusters(text: string): string[] {
  return text.normalize('NFC').match(/\P{M}\p{M}*|\p{M}+/gu) ?? [];
}

const clusterCache = new Map<string, readonly Glyph[]>();

function glyphsFor(text: string): Glyph[] {
  return splitClusters(text).flatMap((cluster) => {
    let glyphs = clusterCache.get(cluster);
    if (!glyphs) {
      glyphs = resolveCluster(cluster);
      clusterCache.set(cluster, glyphs);
    }
    return glyphs;
  });
}

// ---------------------------------------------------------------------------------------------
// Canvas

/** The palette index of `colour` on `canvas`, added to the palette on first use. */
function colourIndex(canvas: Canvas, colour: Colour): number {
  if (!/^#[0-9a-f]{6}$/i.test(colour)) throw new RangeError(`Not a #rrggbb colour: ${colour}`);
  const normalised = colour.toLowerCase() as Colour;
  const known = canvas.palette.indexOf(normalised);
  if (known >= 0) return known;
  if (canvas.palette.length === 256) throw new RangeError('A canvas holds at most 256 colours');
  canvas.palette.push(normalised);
  return canvas.palette.length - 1;
}

/** A new canvas filled with one colour. */
export function createCanvas(width: number, height: number, background: Colour): Canvas {
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1) {
    throw new RangeError(`Invalid canvas size: ${width}×${height}`);
  }
  const canvas: Canvas = { width, height, indices: new Uint8Array(width * height), palette: [] };
  colourIndex(canvas, background);
  return canvas;
}

/** The palette as red, green, blue bytes, three per colour (what a PNG PLTE chunk holds). */
export function paletteBytes(canvas: Canvas): Uint8Array {
  const bytes = new Uint8Array(canvas.palette.length * 3);
  canvas.palette.forEach((colour, index) => {
    for (let channel = 0; channel < 3; channel++) bytes[index * 3 + channel] = parseInt(colour.slice(1 + channel * 2, 3 + channel * 2), 16);
  });
  return bytes;
}

/** The pixels as RGBA, four bytes each (fully opaque). */
export function toRgba(canvas: Canvas): Uint8Array {
  const palette = paletteBytes(canvas);
  const rgba = new Uint8Array(canvas.width * canvas.height * 4);
  canvas.indices.forEach((index, pixel) => {
    rgba.set(palette.subarray(index * 3, index * 3 + 3), pixel * 4);
    rgba[pixel * 4 + 3] = 255;
  });
  return rgba;
}

/** Fills a rectangle; parts outside the canvas are clipped. */
export function fillRect(canvas: Canvas, x: number, y: number, width: number, height: number, colour: Colour): void {
  fillIndices(canvas, x, y, width, height, colourIndex(canvas, colour));
}

function fillIndices(canvas: Canvas, x: number, y: number, width: number, height: number, index: number): void {
  const left = Math.max(0, Math.round(x));
  const right = Math.min(canvas.width, Math.round(x + width));
  const top = Math.max(0, Math.round(y));
  const bottom = Math.min(canvas.height, Math.round(y + height));
  if (left >= right) return;
  for (let row = top; row < bottom; row++) canvas.indices.fill(index, row * canvas.width + left, row * canvas.width + right);
}

// ---------------------------------------------------------------------------------------------
// Text

/** How many device pixels bold text widens each stroke (and each letter's advance). */
function boldShift(scale: number, options: TextOptions): number {
  return options.bold ? Math.max(1, Math.floor(scale / 2)) : 0;
}

function checkScale(scale: number): void {
  if (!Number.isInteger(scale) || scale < 1) throw new RangeError(`The scale must be a positive whole number, got ${scale}`);
}

/** The width of `text` in device pixels when drawn at `scale`, without trailing letter spacing. */
export function measureText(text: string, scale: number, options: TextOptions = {}): number {
  checkScale(scale);
  const glyphs = glyphsFor(text);
  if (glyphs.length === 0) return 0;
  const fontPixels = glyphs.reduce((sum, glyph) => sum + glyph.width + LETTER_SPACING, -LETTER_SPACING);
  return fontPixels * scale + glyphs.length * boldShift(scale, options);
}

/**
 * Draws one line of text with the top of its line box at `y` (capitals start at
 * `y + FONT_METRICS.capTop * scale`). Returns the width drawn, as `measureText` would.
 */
export function drawText(
  canvas: Canvas,
  text: string,
  x: number,
  y: number,
  scale: number,
  colour: Colour,
  options: TextOptions = {},
): number {
  checkScale(scale);
  const index = colourIndex(canvas, colour);
  const shift = boldShift(scale, options);
  const originX = Math.round(x);
  const originY = Math.round(y) + BODY_OFFSET * scale;
  let penX = originX;
  let drawn = false;
  for (const glyph of glyphsFor(text)) {
    for (const run of glyph.runs) {
      const runX = penX + run.column * scale;
      const runY = originY + run.row * scale;
      fillIndices(canvas, runX, runY, run.length * scale + shift, scale, index);
    }
    penX += (glyph.width + LETTER_SPACING) * scale + shift;
    drawn = true;
  }
  return drawn ? penX - originX - LETTER_SPACING * scale : 0;
}
