/**
 * What a page's preview image ("deelkaart") says; its address is cardPath in src/lib/paths.ts. Every page's card is
 * made from the page's entry in the list of pages (src/data/page-titles.ts, through src/data/share-cards.ts); the
 * endpoint src/pages/deelkaart/[...kaart].png.ts draws it, and the page's <head> links to it.
 */
export interface CardText {
  kicker: string;
  title: string;
  headline?: string | undefined;
  /** What the headline figure is: a card carries its figure to other sites without the page around it. */
  headlineLabel?: string | undefined;
}

/** A page's key figure and what it is: "€ 18.165.000", "Bijdrage van de gemeenten, 2020". */
export interface HeadlineFigure {
  /** The figure, formatted: "€ 18.165.000", "29%". */
  value: string;
  /** What the figure is, in a few words, with the period its source gives (never a total without what it sums). */
  label: string;
}

/** What a card is made from: the page's title and, for pages in the search index, its kind, year and key figure. */
export interface CardSubject {
  title: string;
  kind?: string | undefined;
  /**
   * The page's year as titles name it (src/data/year-reference.ts): "2020", or for a year whose document gives no
   * period, the document and its date ("dia's van 16 oktober 2024"), never a bare year that is not the figures' period.
   */
  period?: string | undefined;
  figure?: HeadlineFigure | undefined;
}

/** The site a card belongs to (content/site.yaml): its name, and what it is in one sentence. */
export interface CardSite {
  /** "Twente begroting": the kicker of pages without a kind, and the home page's title. */
  name: string;
  /** "De begroting van Regio Twente, open en navolgbaar": the home page's card says that, rather than the name twice. */
  description: string;
}

/** The card of a page: "<kind> · <period>" above the title (the site name for pages without a kind), and the key figure with its label. */
export function cardText({ title, kind, period, figure }: CardSubject, site: CardSite): CardText {
  return {
    kicker: kind ? [kind, period].filter((part) => part !== undefined).join(' · ') : site.name,
    title: title === site.name ? site.description : title,
    headline: figure?.value,
    headlineLabel: figure?.label,
  };
}

/** The card's text in one line, for the image's alt text: "Domein · 2020 – Gezondheid 2020 – Bijdrage van de gemeenten, 2020: € 18.165.000". */
export function cardAltText(card: CardText): string {
  const figure = card.headline ? (card.headlineLabel ? `${card.headlineLabel}: ${card.headline}` : card.headline) : undefined;
  return [card.kicker, card.title, figure].filter(Boolean).join(' – ');
}
