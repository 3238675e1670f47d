import { join } from 'node:path';
import { withBasePath } from './base-path.ts';
import { setPolicy } from './csp.ts';
import type { OgCard } from './og-card.ts';
import { cardPath, takeCardText } from './share-card.ts';

/** What every page of one build shares when it is finished. */
export interface FinishOptions {
  /** The built site's folder (dist/). */
  root: string;
  /** The site's host name, for the cards' footer ("twentebegroting.nl"). */
  host: string;
  /** The base path, normalised ("/" or "/twente-begroting/"). */
  base: string;
}

/** A preview image to draw: where the PNG goes and what it says. */
export interface CardJob {
  out: string;
  card: OgCard;
}

/**
 * One built page, finished: the card text the layout handed over is taken out (and returned as
 * a job for the card drawer), root-relative links get the base path, and the page gets its
 * Content-Security-Policy with the hashes of exactly its own inline code (src/lib/csp.ts).
 * `pathname` is the page's address within the site, without the base path ("/2020/domeinen/gezondheid/").
 */
export function finishPage(html: string, pathname: string, { root, host, base }: FinishOptions): { html: string; job?: CardJob } {
  const taken = takeCardText(html);
  const finished = setPolicy(withBasePath(taken?.html ?? html, base));
  if (!taken) return { html: finished };
  const { kicker, title, headline } = taken.card;
  const card: OgCard = { kicker, title, ...(headline ? { headline } : {}), footer: `${host} · Twente begroting` };
  return { html: finished, job: { out: join(root, cardPath(pathname)), card } };
}

/** The address of a built file ("2020/index.html" → "/2020/", "404.html" → "/404.html"), with "/" or "\" between folders. */
export function pathnameOfFile(file: string): string {
  return `/${file.split(/[\\/]/).join('/')}`.replace(/(^|\/)index\.html$/, '$1');
}
