import { constants, deflateSync } from 'node:zlib';

/**
 * A minimal PNG encoder: 8-bit, no interlacing, filter type 0 ("None") on every row.
 * That is all the site needs for its generated preview images, and it keeps the build free of
 * native image libraries. Fully opaque images are written without an alpha channel (colour
 * type 2), which makes the file a quarter smaller; anything else keeps it (colour type 6).
 * An opaque image of at most 256 colours, like a preview card, is written with a palette
 * (colour type 3): a third of the bytes to compress, so it encodes about three times faster.
 */

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Row filters from the PNG specification that this encoder writes. */
const FILTER_NONE = 0;
/** Each byte minus the byte above it: a row equal to the one above becomes all zeros. */
const FILTER_UP = 2;

/** Colour types from the PNG specification that this encoder writes. */
const COLOUR_TYPE_RGB = 2;
const COLOUR_TYPE_INDEXED = 3;
const COLOUR_TYPE_RGBA = 6;

/** CRC-32 lookup table (polynomial 0xedb88320, as PNG and zlib use), built once. */
const CRC_TABLE: Uint32Array = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 of a sequence of byte arrays, as if they were one array. */
function crc32(...parts: readonly Uint8Array[]): number {
  let c = 0xffffffff;
  for (const bytes of parts) {
    for (const byte of bytes) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  }
  return (c ^ 0xffffffff) >>> 0;
}

/** One chunk: length, type, data and a CRC computed over type and data. */
function chunk(type: string, data: Uint8Array): Buffer {
  const typeBytes = Buffer.from(type, 'latin1');
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  typeBytes.copy(head, 4);
  const tail = Buffer.alloc(4);
  tail.writeUInt32BE(crc32(typeBytes, data), 0);
  return Buffer.concat([head, data, tail]);
}

function isOpaque(rgba: Uint8Array): boolean {
  for (let i = 3; i < rgba.length; i += 4) if (rgba[i] !== 255) return false;
  return true;
}

/**
 * The raw scanlines PNG compresses: every row starts with its filter byte (0, no filtering),
 * followed by the pixels, with or without their alpha byte.
 */
function scanlines(width: number, height: number, rgba: Uint8Array, keepAlpha: boolean): Uint8Array {
  const bytesPerPixel = keepAlpha ? 4 : 3;
  const stride = 1 + width * bytesPerPixel;
  const raw = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) {
    const rowStart = y * stride;
    raw[rowStart] = 0;
    const source = y * width * 4;
    if (keepAlpha) {
      raw.set(rgba.subarray(source, source + width * 4), rowStart + 1);
      continue;
    }
    let out = rowStart + 1;
    for (let i = source, end = source + width * 4; i < end; i += 4) {
      raw[out++] = rgba[i] ?? 0;
      raw[out++] = rgba[i + 1] ?? 0;
      raw[out++] = rgba[i + 2] ?? 0;
    }
  }
  return raw;
}

/** The palette and one index per pixel, or undefined if the image has over 256 colours. */
function indexed(width: number, height: number, rgba: Uint8Array): { palette: Uint8Array; indices: Uint8Array } | undefined {
  // Compare whole pixels as 32-bit words (alpha is 255 everywhere here, so it does not matter).
  const aligned = rgba.byteOffset % 4 === 0 ? rgba : rgba.slice();
  const words = new Uint32Array(aligned.buffer, aligned.byteOffset, width * height);
  const indexOf = new Map<number, number>();
  const indices = new Uint8Array(width * height);
  // Most pixels repeat their left neighbour's colour: skip the map lookup for those.
  let lastWord = -1;
  let lastIndex = 0;
  for (let pixel = 0; pixel < words.length; pixel++) {
    const word = words[pixel] ?? 0;
    if (word !== lastWord) {
      let index = indexOf.get(word);
      if (index === undefined) {
        if (indexOf.size === 256) return undefined;
        index = indexOf.size;
        indexOf.set(word, index);
      }
      lastWord = word;
      lastIndex = index;
    }
    indices[pixel] = lastIndex;
  }
  const palette = new Uint8Array(indexOf.size * 3);
  for (const [word, index] of indexOf) {
    const bytes = new Uint8Array(new Uint32Array([word]).buffer);
    palette.set([bytes[0] ?? 0, bytes[1] ?? 0, bytes[2] ?? 0], index * 3);
  }
  return { palette, indices };
}

function checkSize(width: number, height: number): void {
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1) {
    throw new RangeError(`Invalid PNG size: ${width}×${height}`);
  }
}

/** Signature, header, optional palette, compressed scanlines and end: a whole PNG file. */
function pngFile(width: number, height: number, colourType: number, raw: Uint8Array, palette?: Uint8Array, deflateOptions: object = { level: 3 }): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per channel (or per palette index)
  header[9] = colourType;
  header[10] = 0; // compression method: deflate
  header[11] = 0; // filter method: adaptive, one filter type per row
  header[12] = 0; // no interlacing
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    ...(palette ? [chunk('PLTE', palette)] : []),
    chunk('IDAT', deflateSync(raw, deflateOptions)),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

/**
 * Encodes a palette image as PNG: `palette` holds red, green, blue for each colour (at most 256),
 * `indices` one palette index per pixel, row by row from the top. Every index must name a colour
 * of the palette: they are not checked one by one, since that pass costs as much as the encoding.
 */
export function encodeIndexedPng(width: number, height: number, palette: Uint8Array, indices: Uint8Array): Buffer {
  checkSize(width, height);
  if (palette.length === 0 || palette.length % 3 !== 0 || palette.length > 256 * 3) {
    throw new RangeError(`Expected 1 to 256 palette colours of 3 bytes, got ${palette.length} bytes`);
  }
  if (indices.length !== width * height) throw new RangeError(`Expected ${width * height} palette indices, got ${indices.length}`);
  // Each row: its filter byte, then its indices. A row equal to the one above (most rows of a card:
  // background, the footer band) is filtered "Up" and left all zeros; other rows are copied as they
  // are. Runs of equal bytes are then all there is to compress, which run-length deflate does fast.
  const raw = new Uint8Array(height * (1 + width));
  for (let y = 0; y < height; y++) {
    const row = indices.subarray(y * width, (y + 1) * width);
    const start = y * (1 + width);
    if (y > 0 && Buffer.compare(row, indices.subarray((y - 1) * width, y * width)) === 0) raw[start] = FILTER_UP;
    else {
      raw[start] = FILTER_NONE;
      raw.set(row, start + 1);
    }
  }
  return pngFile(width, height, COLOUR_TYPE_INDEXED, raw, palette, { strategy: constants.Z_RLE });
}

/**
 * Encodes an image as PNG. `rgba` holds `width × height` pixels, row by row from the top,
 * four bytes each (red, green, blue, alpha).
 */
export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  checkSize(width, height);
  if (rgba.length !== width * height * 4) {
    throw new RangeError(`Expected ${width * height * 4} bytes of RGBA data, got ${rgba.length}`);
  }
  const keepAlpha = !isOpaque(rgba);
  const withPalette = keepAlpha ? undefined : indexed(width, height, rgba);
  if (withPalette) return encodeIndexedPng(width, height, withPalette.palette, withPalette.indices);
  return pngFile(width, height, keepAlpha ? COLOUR_TYPE_RGBA : COLOUR_TYPE_RGB, scanlines(width, height, rgba, keepAlpha));
}
