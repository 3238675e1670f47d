import { constants, crc32, deflateSync } from 'node:zlib';

/**
 * A minimal PNG encoder for palette images (colour type 3, 8 bits per index, no interlacing):
 * all the site's generated preview images need, and it keeps the build free of native image
 * libraries. The canvas (src/build/bitmap-font.ts) already draws palette indices, so encoding is
 * a copy of the rows and one deflate.
 */

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Row filters from the PNG specification that this encoder writes. */
const FILTER_NONE = 0;
/** Each byte minus the byte above it: a row equal to the one above becomes all zeros. */
const FILTER_UP = 2;

const COLOUR_TYPE_INDEXED = 3;

/** One chunk: length, type, data and a CRC computed over type and data. */
function chunk(type: string, data: Uint8Array): Buffer {
  const typeBytes = Buffer.from(type, 'latin1');
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  typeBytes.copy(head, 4);
  const tail = Buffer.alloc(4);
  tail.writeUInt32BE(crc32(data, crc32(typeBytes)), 0);
  return Buffer.concat([head, data, tail]);
}

/**
 * Encodes a palette image as PNG: `palette` holds red, green, blue for each colour (at most 256),
 * `indices` one palette index per pixel, row by row from the top. Every index must name a colour
 * of the palette: they are not checked one by one, since that pass costs as much as the encoding.
 */
export function encodeIndexedPng(width: number, height: number, palette: Uint8Array, indices: Uint8Array): Buffer {
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1) {
    throw new RangeError(`Invalid PNG size: ${width}×${height}`);
  }
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
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per palette index
  header[9] = COLOUR_TYPE_INDEXED;
  header[10] = 0; // compression method: deflate
  header[11] = 0; // filter method: adaptive, one filter type per row
  header[12] = 0; // no interlacing
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    chunk('PLTE', palette),
    chunk('IDAT', deflateSync(raw, { strategy: constants.Z_RLE })),
    chunk('IEND', new Uint8Array(0)),
  ]);
}
