// A worker thread that draws preview images while Astro renders the pages: it receives card jobs
// a few at a time and, on "klaar", reports how many it wrote.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parentPort } from 'node:worker_threads';
import { type OgCard, renderCard } from './og-card.ts';

/** A preview image to draw: where the PNG goes and what it says. */
export interface CardJob {
  out: string;
  card: OgCard;
}

/** What the build sends: cards to draw, or "klaar" once every page is rendered. */
export type CardMessage = CardJob[] | 'klaar';

/** Draws and writes cards; `folders` remembers which folders exist already. */
export function writeCards(jobs: readonly CardJob[], folders = new Set<string>()): void {
  for (const { out, card } of jobs) {
    const folder = dirname(out);
    if (!folders.has(folder)) {
      mkdirSync(folder, { recursive: true });
      folders.add(folder);
    }
    writeFileSync(out, renderCard(card));
  }
}

if (parentPort) {
  const port = parentPort;
  const folders = new Set<string>();
  let written = 0;
  port.on('message', (message: CardMessage) => {
    if (message !== 'klaar') {
      writeCards(message, folders);
      written += message.length;
      return;
    }
    port.postMessage(written);
    port.close();
  });
}
