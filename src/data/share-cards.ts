import { getCollection } from 'astro:content';
import { cardText, type CardSubject, type CardText } from '../lib/share-card.ts';
import {
  aboutPath,
  accessibilityPath,
  cardName,
  coalitionsPath,
  documentPath,
  documentsPath,
  domainsPath,
  embedPath,
  entryPath,
  glossaryPath,
  homePath,
  municipalitiesPath,
  municipalityPath,
  notFoundPath,
  openDataPath,
  organisationPath,
  scenariosPath,
  searchPath,
  yearPath,
  yearsPath,
} from '../urls.ts';
import { onceInBuild } from './build-cache.ts';
import { coalitionFigure, domainFigure, pillarShareFigure, yearTotalFigure } from './headline-figures.ts';
import { pillarTitle, scenariosTitle } from './core-task-pages.ts';
import { getCoreTasks, getPillarFigures, getPillars } from './core-tasks.ts';
import { getLatestYear, getYearOverview, getYears } from './budget.ts';
import { getEmbeds } from './embeds.ts';
import { chartFacts, EMBED_CARD_KIND } from '../lib/embeds.ts';
import { getYearReference, getYearReferences } from './year-reference.ts';
import { themePageTitle, themeSearchKind } from '../lib/themes.ts';

/**
 * The preview image ("deelkaart") of every page on the site, by the card's name
 * ("2020/domeinen/gezondheid", the image /deelkaart/2020/domeinen/gezondheid.png): the one list the card endpoint
 * (src/pages/deelkaart/[...kaart].png.ts) draws from. Each page's card says what the page's own
 * title and search metadata say (src/lib/share-card.ts, cardText); the layout checks that they agree
 * and fails the build for a page that is missing here, so a new page must be added to this list.
 */
export function getShareCards(): Promise<ReadonlyMap<string, CardText>> {
  return onceInBuild('share-cards', listShareCards);
}

/**
 * A layout's check that the card listed for the page at `pathname` says what the page says about
 * itself (`card`); fails the build otherwise, or when the list lacks the page.
 */
export async function requireShareCard(pathname: string, card: CardText): Promise<void> {
  const listed = await getShareCard(pathname);
  if (
    listed?.kicker === card.kicker &&
    listed.title === card.title &&
    listed.headline === card.headline &&
    listed.headlineLabel === card.headlineLabel
  )
    return;
  throw new Error(
    listed
      ? `Preview card of ${pathname} in src/data/share-cards.ts says ${JSON.stringify(listed)}, the page says ${JSON.stringify(card)}`
      : `No preview card for ${pathname}: add the page to src/data/share-cards.ts`,
  );
}

/** The card of the page at `pathname` (without the base path), or undefined when the list does not have it. */
export async function getShareCard(pathname: string): Promise<CardText | undefined> {
  return (await getShareCards()).get(cardName(pathname));
}

/** A page in the list: its card's subject, with the page's year rather than how cards name it. */
type ListedPage = Omit<CardSubject, 'period'> & { year?: number | undefined };

async function listShareCards(): Promise<ReadonlyMap<string, CardText>> {
  const pages = new Map<string, ListedPage>();
  const add = (pathname: string, subject: ListedPage) => pages.set(cardName(pathname), subject);
  const references = await getYearReferences();

  // Pages that are not about one year or entity (src/pages/*.astro, *.mdx).
  const latest = await getYearOverview((await getLatestYear()).data.jaar);
  add(homePath(), { title: 'Twente begroting', figure: yearTotalFigure(latest) });
  add(notFoundPath(), { title: 'Pagina niet gevonden' });
  add(searchPath(), { title: 'Zoeken' });
  for (const [pathname, title] of [
    [glossaryPath(), 'Begrippen'],
    [organisationPath(), 'Van Regio Twente naar SamenTwente'],
    [accessibilityPath(), 'Toegankelijkheid'],
    [aboutPath(), 'Over deze site'],
    [openDataPath(), 'Open data'],
  ] as const)
    add(pathname, { title, kind: 'Uitleg' });
  for (const [pathname, title] of [
    [yearsPath(), 'Alle jaren'],
    [documentsPath(), 'Documenten'],
    [municipalitiesPath(), 'Gemeenten'],
  ] as const)
    add(pathname, { title, kind: 'Overzicht' });

  // Per year: the year page, the overviews of its domains and coalitions, and a page per entry.
  for (const year of await getYears()) {
    const jaar = year.data.jaar;
    const overview = await getYearOverview(jaar);
    const { domains, coalitions, themes } = overview;
    add(yearPath(jaar), { title: year.data.titel, kind: 'Jaar', year: jaar, figure: yearTotalFigure(overview) });
    if (domains.length > 0) add(domainsPath(jaar), { title: `Domeinen ${jaar}`, kind: 'Overzicht', year: jaar });
    if (coalitions.length > 0) add(coalitionsPath(jaar), { title: `Coalitions of the Willing ${jaar}`, kind: 'Overzicht', year: jaar });
    for (const { item } of domains) {
      add(entryPath(item), { title: `${item.data.titel} ${jaar}`, kind: 'Domein', year: jaar, figure: domainFigure(item) });
    }
    for (const coalition of coalitions) {
      add(entryPath(coalition), {
        title: `${coalition.data.titel} ${jaar}`,
        kind: 'Coalitie',
        year: jaar,
        figure: coalitionFigure(coalition),
      });
    }
    // A theme's title names the programme's period ("2025-2030" from its title), or the year.
    const period = /\d{4}-\d{4}/.exec(year.data.titel)?.[0] ?? String(jaar);
    for (const theme of themes) add(entryPath(theme), { title: themePageTitle(theme, period), kind: themeSearchKind(theme), year: jaar });
    const reference = await getYearReference(jaar);
    for (const pillar of await getPillars(jaar)) {
      const share = (await getPillarFigures(pillar)).shares[0];
      add(entryPath(pillar), {
        title: pillarTitle(pillar, reference),
        kind: 'Pijler',
        year: jaar,
        figure: pillarShareFigure(share?.value),
      });
    }
    if (await getCoreTasks(jaar)) add(scenariosPath(jaar), { title: scenariosTitle(reference), kind: 'Uitleg', year: jaar });
  }

  // A page per document that is in the sources, and per municipality.
  const [documents, sources, municipalities] = await Promise.all([
    getCollection('documenten'),
    getCollection('bronnen'),
    getCollection('gemeenten'),
  ]);
  const sourceIds = new Set(sources.map((source) => source.id));
  for (const page of documents) if (sourceIds.has(page.id)) add(documentPath(page.id), { title: page.data.korteTitel, kind: 'Document' });
  for (const municipality of municipalities)
    add(municipalityPath(municipality.id), { title: `Gemeente ${municipality.data.naam}`, kind: 'Gemeente' });

  // A page per embeddable chart (src/layouts/EmbedLayout.astro): "Grafiek" and the chart's title.
  for (const embed of (await getEmbeds()).values())
    add(embedPath(embed.slug), { title: chartFacts(embed.chart).title, kind: EMBED_CARD_KIND });

  // Above the title, a year as titles name it: the document and its date for a year whose document gives no period.
  return new Map(
    [...pages].map(([path, { year, ...subject }]) => [
      path,
      cardText({ ...subject, period: year === undefined ? undefined : (references.get(year)?.label ?? String(year)) }),
    ]),
  );
}
