import { getDocumentPages, getMunicipalityEntries, getSourceList } from './entries.ts';
import { findPageTitle, pageTitleList, type PageTitle } from '../lib/page-titles.ts';
import {
  aboutPath,
  accessibilityPath,
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
  subjectPath,
  subjectsPath,
  yearPath,
  yearsPath,
} from '../urls.ts';
import { KINDS } from '../content-kinds.ts';
import { onceInBuild } from './build-cache.ts';
import { getPageText } from './page-texts.ts';
import { getOptionalPages } from './optional-pages.ts';
import { coalitionFigure, domainFigure, pillarShareFigure, yearTotalFigure } from './headline-figures.ts';
import { pillarTitle, scenariosTitle } from './core-task-pages.ts';
import { getCoreTasks, getPillarFigures, getPillars } from './core-tasks.ts';
import { getLatestYear, getYearOverview, getYears } from './budget.ts';
import { getEmbeds } from './embeds.ts';
import { getSite } from './site.ts';
import { getSubjects } from './subjects.ts';
import { shortSubjectName } from '../lib/mentions.ts';
import { chartFacts, EMBED_CARD_KIND } from '../lib/embeds.ts';
import { getYearReference, getYearReferences } from './year-reference.ts';
import { themePageTitle, themeSearchKind } from '../lib/themes.ts';

/**
 * Every page of the site with its title and its kind, year and key figure (src/lib/page-titles.ts), by
 * its key ("2020/domeinen/gezondheid", "home"): the one place that names a page. The layouts take a
 * page's <title>, Open Graph title and search metadata from here, and the preview cards are drawn from
 * it (src/data/share-cards.ts). A page that is not listed stops the build, so a new page gets its line here.
 */
export function getPageTitles(): Promise<ReadonlyMap<string, PageTitle>> {
  return onceInBuild('page-titles', listPageTitles);
}

/** The listed page at `pathname` (without the base path); fails for a page that is not listed. */
export async function requirePageTitle(pathname: string): Promise<PageTitle> {
  return findPageTitle(await getPageTitles(), pathname);
}

async function listPageTitles(): Promise<ReadonlyMap<string, PageTitle>> {
  const pages: [string, Omit<PageTitle, 'period'>][] = [];
  const add = (pathname: string, page: Omit<PageTitle, 'period'>) => pages.push([pathname, page]);
  const references = await getYearReferences();
  const site = await getSite();

  // Pages that are not about one year or entity (src/pages/*.astro, *.mdx).
  const latest = await getYearOverview((await getLatestYear()).data.jaar);
  add(homePath(), { title: site.naam, figure: yearTotalFigure(latest) });
  add(notFoundPath(), { title: 'Pagina niet gevonden' });
  add(searchPath(), { title: 'Zoeken' });
  // The fixed pages are named by their content files (content/paginas/<naam>.md, field titel).
  const fixedTitle = async (name: string) => (await getPageText(name)).data.titel;
  const optional = await getOptionalPages();
  for (const [pathname, title] of [
    ...(optional.glossary ? [[glossaryPath(), 'Begrippen'] as const] : []),
    ...(optional.organisation ? [[organisationPath(), await fixedTitle('organisatie')] as const] : []),
    [accessibilityPath(), await fixedTitle('toegankelijkheid')],
    [aboutPath(), await fixedTitle('over')],
    [openDataPath(), 'Open data'],
  ] as const)
    add(pathname, { title, kind: 'Uitleg' });
  for (const [pathname, title] of [
    [yearsPath(), 'Alle jaren'],
    [documentsPath(), 'Documenten'],
    [municipalitiesPath(), 'Gemeenten'],
    ...(optional.subjects ? [[subjectsPath(), 'Door de jaren'] as const] : []),
  ] as const)
    add(pathname, { title, kind: 'Overzicht' });
  for (const { entry } of await getSubjects())
    add(subjectPath(entry.data.id), { title: `${shortSubjectName(entry.data.naam)} per jaar`, kind: 'Overzicht' });

  // Per year: the year page, the overviews of its domains and coalitions, and a page per entry.
  for (const year of await getYears()) {
    const jaar = year.data.jaar;
    const overview = await getYearOverview(jaar);
    const { domains, coalitions, themes } = overview;
    add(yearPath(jaar), { title: year.data.titel, kind: KINDS.years.label, year: jaar, figure: yearTotalFigure(overview) });
    if (domains.length > 0) add(domainsPath(jaar), { title: `Domeinen ${jaar}`, kind: 'Overzicht', year: jaar });
    if (coalitions.length > 0) add(coalitionsPath(jaar), { title: `Coalitions of the Willing ${jaar}`, kind: 'Overzicht', year: jaar });
    for (const { item } of domains) {
      add(entryPath(item), { title: `${item.data.titel} ${jaar}`, kind: KINDS.domains.label, year: jaar, figure: domainFigure(item) });
    }
    for (const coalition of coalitions) {
      add(entryPath(coalition), {
        title: `${coalition.data.titel} ${jaar}`,
        kind: KINDS.coalitions.label,
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
        kind: KINDS.pillars.label,
        year: jaar,
        figure: pillarShareFigure(share?.value),
      });
    }
    if (await getCoreTasks(jaar)) add(scenariosPath(jaar), { title: scenariosTitle(reference), kind: 'Uitleg', year: jaar });
  }

  // A page per document that is in the sources, and per municipality.
  const [documents, sources, municipalities] = await Promise.all([getDocumentPages(), getSourceList(), getMunicipalityEntries()]);
  const sourceIds = new Set(sources.map((source) => source.id));
  for (const page of documents) if (sourceIds.has(page.id)) add(documentPath(page.id), { title: page.data.korteTitel, kind: 'Document' });
  for (const municipality of municipalities)
    add(municipalityPath(municipality.id), { title: `Gemeente ${municipality.data.naam}`, kind: KINDS.municipalities.label });

  // A page per embeddable chart (src/layouts/EmbedLayout.astro): "Grafiek" and the chart's title.
  for (const embed of (await getEmbeds()).values())
    add(embedPath(embed.slug), { title: chartFacts(embed.chart).title, kind: EMBED_CARD_KIND });

  // The year as titles name it: the document and its date for a year whose document gives no period.
  return pageTitleList(
    pages.map(([path, page]) => [
      path,
      { ...page, period: page.year === undefined ? undefined : (references.get(page.year)?.label ?? String(page.year)) },
    ]),
  );
}
