import { randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { cardKey, type OgCard, renderCard } from './og-card.ts';

/**
 * Preview images drawn in an earlier build, kept by the hash of everything that decides their pixels
 * (cardKey: text, layout, size, fonts, renderer versions): an unchanged card is read, not drawn
 * again. A clean clone starts without them. Files not used for MAX_AGE_DAYS are removed.
 */

/** node_modules/.cache/begroting/deelkaarten/ of the project being built, or CARD_CACHE_DIR. */
export function defaultCardCacheDir(): string {
  return process.env.CARD_CACHE_DIR || join(process.cwd(), 'node_modules', '.cache', 'begroting', 'deelkaarten');
}

const MAX_AGE_DAYS = 30;

export interface CardImage {
  png: Buffer;
  /** True when the image was drawn now; false when it came from the cache. */
  drawn: boolean;
}

export interface CardCacheOptions {
  /** Draws a card (default: renderCard); tests count the calls. */
  draw?: (card: OgCard) => Promise<Buffer>;
  /** The cache key of a card (default: cardKey). */
  key?: (card: OgCard) => string;
}

export class CardCache {
  readonly dir: string;
  readonly #draw: (card: OgCard) => Promise<Buffer>;
  readonly #key: (card: OgCard) => string;
  #ready: Promise<void> | undefined;

  constructor(dir: string, { draw = renderCard, key = cardKey }: CardCacheOptions = {}) {
    this.dir = dir;
    this.#draw = draw;
    this.#key = key;
  }

  /** The card's PNG: from the cache when it is there, otherwise drawn and stored. */
  async image(card: OgCard): Promise<CardImage> {
    this.#ready ??= this.#prepare();
    await this.#ready;
    const file = join(this.dir, `${this.#key(card)}.png`);
    const cached = await readFile(file).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return undefined;
      throw error;
    });
    if (cached) {
      // Marks the file as used, so the clean-up keeps it.
      const now = new Date();
      await utimes(file, now, now).catch(() => undefined);
      return { png: cached, drawn: false };
    }
    const png = await this.#draw(card);
    // Written under a temporary name and then renamed: a build that stops halfway leaves no half image.
    const temporary = `${file}.${randomUUID()}.tmp`;
    await writeFile(temporary, png);
    await rename(temporary, file);
    return { png, drawn: true };
  }

  /** Creates the folder and removes images no build used for MAX_AGE_DAYS (and leftover temporary files). */
  async #prepare(): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    const oldest = Date.now() - MAX_AGE_DAYS * 24 * 60 * 60 * 1000;
    const names = await readdir(this.dir);
    await Promise.all(
      names.map(async (name) => {
        const file = join(this.dir, name);
        const { mtimeMs } = await stat(file).catch(() => ({ mtimeMs: Number.POSITIVE_INFINITY }));
        const stale = name.endsWith('.tmp') ? mtimeMs < Date.now() - 60 * 60 * 1000 : mtimeMs < oldest;
        if (stale) await rm(file, { force: true });
      }),
    );
  }
}
