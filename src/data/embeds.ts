import { getCollection } from 'astro:content';
import { getDocumentPageIds } from './entries.ts';
import { formatSourceDate } from '../lib/dates.ts';
import { roundingNote } from '../lib/figures.ts';
import { describePeriod } from '../lib/period.ts';
import {
  checkEmbeds,
  coalitionsEmbedSlug,
  distinctSources,
  domainsEmbedSlug,
  figureBlockEmbedSlug,
  municipalityEmbedSlug,
  pillarComparisonEmbedSlug,
  type Embed,
  type EmbedSource,
} from '../lib/embeds.ts';
import { coalitionsPath, documentPath, domainsPath, municipalitiesPath, municipalityPath, yearPath } from '../urls.ts';
import { onceInBuild } from './build-cache.ts';
import { getRegistries, getYearOverview, getYears, slugOf } from './budget.ts';
import { coalitionChart, domainChart, figureBlockChart, municipalityYearChart } from './chart-specs.ts';
import { getYearContributions } from './contributions.ts';
import { getMunicipalityComparison } from './municipality-comparison.ts';
import { getPillarFigures, getPillars, taskKindComparison } from './core-tasks.ts';

/**
 * Every chart of the site that other sites can embed, by slug: each has a page /insluiten/<slug>/
 * (src/pages/insluiten/[grafiek].astro), and every chart on the site links to its embed
 * (src/components/ChartShare.astro). BarChart fails the build for a chart that is missing here, so a
 * new chart gets an entry in listEmbeds() below, with a slug function in src/lib/embeds.ts.
 */
export function getEmbeds(): Promise<ReadonlyMap<string, Embed>> {
  return onceInBuild('embeds', async () => checkEmbeds(await listEmbeds()));
}

/** The embed with this slug; throws for a slug the registry does not have. */
export async function getEmbed(slug: string): Promise<Embed> {
  const embed = (await getEmbeds()).get(slug);
  if (!embed) throw new Error(`No embeddable chart "${slug}": add it to src/data/embeds.ts`);
  return embed;
}

async function listEmbeds(): Promise<Embed[]> {
  const embeds: Embed[] = [];
  const years = await getYears();

  // Per year: the domains and the Coalitions of the Willing, at home on their overview pages. The
  // overview says the source of each amount is on the entry's page; an embed names them itself.
  for (const year of years) {
    const jaar = year.data.jaar;
    const overview = await getYearOverview(jaar);
    if (overview.domains.length > 0) {
      embeds.push({
        slug: domainsEmbedSlug(jaar),
        chart: { kind: 'bar', spec: domainChart(overview) },
        sources: labelShared(
          overview.domains.map(({ item }) => ({ label: item.data.titel, ref: item.data.bron })),
          'Bijdragen',
        ),
        home: { path: domainsPath(jaar), label: `Domeinen ${jaar}` },
      });
    }
    const coalitions = coalitionChart(jaar, overview.coalitions);
    if (coalitions) {
      const withCosts = overview.coalitions.filter((coalition) => coalition.data.kosten !== undefined);
      embeds.push({
        slug: coalitionsEmbedSlug(jaar),
        chart: { kind: 'bar', spec: coalitions },
        sources: labelShared(
          withCosts.map((coalition) => ({ label: coalition.data.titel, ref: coalition.data.bron })),
          'Verwachte kosten',
        ),
        home: { path: coalitionsPath(jaar), label: `Coalitions of the Willing ${jaar}` },
      });
    }
  }

  // Key figures that divide a whole, per document: at home on the document's page (or, for a
  // document without a page, on the year page that shows its figures).
  const documentPages = await getDocumentPageIds();
  const { sources } = await getRegistries();
  for (const figures of await getCollection('cijfers')) {
    const document = figures.id;
    const year = years.find((entry) => entry.data.bron.document === document);
    const title = sources.get(document)?.data.titel ?? document;
    const home = documentPages.has(document)
      ? { path: documentPath(document), label: title }
      : year
        ? { path: yearPath(year.data.jaar), label: year.data.titel }
        : undefined;
    if (!home) continue;
    for (const block of figures.data.blokken) {
      if (block.soort !== 'verdeling') continue;
      // As FigureBlocks shows them: the period the source gives, and whether its percentages are rounded.
      const blockSource = sources.get(block.bron.document);
      const period = describePeriod(block.periode, blockSource ? formatSourceDate(blockSource.data.datum) : undefined);
      const rounding = roundingNote(block);
      embeds.push({
        notes: [block.periodeToelichting ? `${period} ${block.periodeToelichting}` : period, ...(rounding ? [rounding] : [])],
        slug: figureBlockEmbedSlug(document, block.id),
        chart: { kind: 'bar', spec: figureBlockChart(block) },
        sources: [{ label: 'Cijfers', ref: block.bron }],
        home,
      });
    }
  }

  // Per core-task discussion: its pillars side by side by kind of task, at home on the year page.
  for (const year of years) {
    const jaar = year.data.jaar;
    const comparison = await taskKindComparison(jaar);
    if (!comparison) continue;
    const splits = await Promise.all((await getPillars(jaar)).map(async (pillar) => (await getPillarFigures(pillar)).split));
    embeds.push({
      slug: pillarComparisonEmbedSlug(year.data.bron.document),
      chart: { kind: 'stacked', spec: comparison },
      notes: [PILLAR_COMPARISON_NOTE],
      sources: distinctSources(splits.flatMap((split) => (split ? [{ label: 'Cijfers', ref: split.block.bron }] : []))),
      home: { path: yearPath(jaar), label: year.data.titel },
    });
  }

  // Per municipality and year, what it pays per domain, when a source gives it (content/<jaar>/bijdragen.yaml).
  const { municipalityList } = await getRegistries();
  for (const year of years) {
    const jaar = year.data.jaar;
    const overview = await getYearOverview(jaar);
    const contributions = await getYearContributions(jaar);
    for (const municipality of municipalityList) {
      const spec = municipalityYearChart({ id: municipality.id, naam: municipality.data.naam }, overview, contributions);
      if (!spec) continue;
      const parts = contributions.byMunicipality.get(municipality.id)?.parts ?? [];
      const partSources: EmbedSource[] = parts.flatMap((part) => {
        const domain = overview.domains.find(({ item }) => slugOf(item) === part.domain)?.item;
        const ref = contributions.sources.get(part.domain) ?? domain?.data.bron;
        return ref ? [{ label: domain?.data.titel ?? part.domain, ref }] : [];
      });
      const population = contributions.byMunicipality.get(municipality.id)?.population?.source;
      embeds.push({
        slug: municipalityEmbedSlug(municipality.id, jaar),
        chart: { kind: 'bar', spec },
        sources: distinctSources([
          ...partSources,
          ...(population && parts.some((part) => part.method === 'inwonertal') ? [{ label: 'Inwoners', ref: population }] : []),
        ]),
        home: { path: municipalityPath(municipality.id), label: `Gemeente ${municipality.data.naam}` },
      });
    }
  }

  // The comparison of all municipalities on /gemeenten/: its charts, and the matrices of documents without a count.
  const comparison = await getMunicipalityComparison();
  for (const matrix of comparison.matrices) {
    embeds.push({ ...matrix, sources: distinctSources(matrix.sources), home: { path: municipalitiesPath(), label: 'Gemeenten' } });
  }
  for (const chart of comparison.charts) {
    embeds.push({
      slug: chart.slug,
      chart: { kind: 'bar', spec: chart.spec },
      sources: distinctSources(chart.sources),
      home: { path: municipalitiesPath(), label: 'Gemeenten' },
    });
  }
  return embeds;
}

/** What the year page says next to the comparison of the pillars, in one sentence. */
export const PILLAR_COMPARISON_NOTE =
  "De bron geeft afgeronde percentages; ze staan hier zoals in de bron, ook waar ze samen niet precies 100% zijn. Bedragen in euro's geeft de bron niet.";

/** Rows that all cite one place give one line with a common label; otherwise one line per place, named after its row. */
function labelShared(sources: EmbedSource[], label: string): EmbedSource[] {
  const distinct = distinctSources(sources);
  return distinct.length === 1 && distinct[0] ? [{ label, ref: distinct[0].ref }] : distinct;
}
