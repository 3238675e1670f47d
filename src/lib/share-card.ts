/**
 * What a page's preview image ("deelkaart") says; its address is cardPath in src/lib/paths.ts. The text of every page's card
 * is listed in one place (src/data/share-cards.ts); the endpoint src/pages/deelkaart/[...kaart].png.ts
 * draws it, and the layout links to it.
 */
export interface CardText {
  kicker: string;
  title: string;
  headline?: string | undefined;
}

/** What a card is made from: the page's title and, for pages in the search index, its kind, year and amount. */
export interface CardSubject {
  title: string;
  kind?: string | undefined;
  /**
   * The page's year as titles name it (src/data/year-reference.ts): "2020", or for a year whose document gives no
   * period, the document and its date ("dia's van 16 oktober 2024"), never a bare year that is not the figures' period.
   */
  period?: string | undefined;
  /** The page's headline amount, formatted, such as "€ 18.165.000". */
  amount?: string | undefined;
}

const SITE_NAME = 'Twente begroting';
/** The home page's card says what the site is, rather than its name twice. */
const HOME_TITLE = 'De begroting van Regio Twente, open en navolgbaar';

/** The card of a page: "<kind> · <period>" above the title (the site name for pages without a kind), and the amount. */
export function cardText({ title, kind, period, amount }: CardSubject): CardText {
  return {
    kicker: kind ? [kind, period].filter((part) => part !== undefined).join(' · ') : SITE_NAME,
    title: title === SITE_NAME ? HOME_TITLE : title,
    headline: amount,
  };
}
