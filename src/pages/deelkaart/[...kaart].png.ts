import type { APIRoute, GetStaticPaths } from 'astro';
import { CardCache, defaultCardCacheDir } from '../../cards/card-cache.ts';
import { getShareCards } from '../../data/share-cards.ts';
import { getSite } from '../../data/site.ts';
import type { CardText } from '../../lib/share-card.ts';

// The preview image ("deelkaart", PNG 1200×630) of every page, from the list of pages (src/data/page-titles.ts).
// Images drawn in an earlier build come from the cache (src/cards/card-cache.ts).

export const getStaticPaths = (async () =>
  [...(await getShareCards())].map(([name, card]) => ({ params: { kaart: name }, props: { card } }))) satisfies GetStaticPaths;

const cache = new CardCache(defaultCardCacheDir());

export const GET: APIRoute<{ card: CardText }> = async ({ props, site }) => {
  const { kicker, title, headline, headlineLabel } = props.card;
  const footer = `${site?.host ?? ''} · ${(await getSite()).naam}`.replace(/^ · /, '');
  const { png } = await cache.image({ kicker, title, headline, headlineLabel, footer });
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
