import { cardText, type CardText } from '../lib/share-card.ts';
import { getPageTitles } from './page-titles.ts';
import { getSite } from './site.ts';

/**
 * The preview image ("deelkaart") of every page on the site, by the card's name
 * ("2020/domeinen/gezondheid", the image /deelkaart/2020/domeinen/gezondheid.png): what the card endpoint
 * (src/pages/deelkaart/[...kaart].png.ts) draws. Made from the list of pages (src/data/page-titles.ts),
 * the same list the layouts take each page's title from, so a card says what its page says.
 */
export async function getShareCards(): Promise<ReadonlyMap<string, CardText>> {
  const site = await getSite();
  const names = { name: site.naam, description: site.omschrijving };
  return new Map([...(await getPageTitles())].map(([name, page]) => [name, cardText(page, names)]));
}
