// A worker thread that draws preview images: the build hands each worker a share of the pages.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { renderCard, type OgCard } from './og-card.ts';

export interface CardJob {
  /** Where the PNG goes. */
  out: string;
  card: OgCard;
}

/** Draws and writes the cards of `jobs`. */
export function writeCards(jobs: readonly CardJob[]): void {
  for (const { out, card } of jobs) {
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, renderCard(card));
  }
}

if (parentPort && Array.isArray(workerData)) {
  writeCards(workerData as CardJob[]);
  parentPort.postMessage('klaar');
}
