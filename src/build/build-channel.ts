import type { CardText } from '../lib/share-card.ts';

/**
 * How pages hand their preview image ("deelkaart") to the build while Astro renders them: the
 * build's finishing step (src/build/finish-pages.ts) installs a card drawer when the build
 * starts, and the layout gives it each page's card. The drawer works in a worker thread, so the
 * drawing uses a second core while this one renders. Both sides load their own copy of this
 * module (one through Astro's config loader, one in the page bundle), so the drawer sits on
 * globalThis under a registered symbol, the way Astro itself hands image work from pages to its
 * build. In `astro dev` nothing is installed and no card is drawn.
 */

/** Draws the card of one page: `path` is the image's address within the site ("/deelkaart/2020.png"). */
export type CardDrawer = (path: string, card: CardText) => void;

const KEY = Symbol.for('twente-begroting.card-drawer');
const holder = globalThis as { [KEY]?: CardDrawer | undefined };

export function installCardDrawer(drawer: CardDrawer | undefined): void {
  holder[KEY] = drawer;
}

export function cardDrawer(): CardDrawer | undefined {
  return holder[KEY];
}
