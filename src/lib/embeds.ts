/**
 * Charts other sites can embed: every chart of the site has an entry with a stable slug, its data,
 * its sources and the page it belongs to. src/data/embeds.ts lists them from the content; each gets a
 * page /insluiten/<slug>/ (src/pages/insluiten/[grafiek].astro), the only pages other sites may frame
 * (public/_headers). Pure: slugs, checks and the snippet, without Astro.
 */
import type { SourceRef } from '../schemas/common.ts';
import { narrowChartHeight, reservedLines, type ChartSpec } from './chart-data.ts';
import type { StackedSpec } from './stacked-chart.ts';

/** A bar chart drawn by src/components/BarChart.astro. */
export interface BarEmbedChart {
  kind: 'bar';
  spec: ChartSpec;
}

/** A stacked percentage chart drawn by src/components/StackedBarChart.astro. */
export interface StackedEmbedChart {
  kind: 'stacked';
  spec: StackedSpec;
}

/**
 * Who takes part in which coalition according to one document, drawn by
 * src/components/ParticipationMatrix.astro: the embed of a document that names the participants of
 * only some coalitions, where a count per municipality would turn silence into zeros.
 */
export interface MatrixEmbedChart {
  kind: 'matrix';
  /** The year whose document the matrix shows. */
  jaar: number;
  /** The matrix's id on its page (the anchor) and its caption. */
  id: string;
  title: string;
  /** Rows (municipalities) and columns (coalitions), for the checks and the frame height. */
  municipalities: number;
  coalitions: number;
}

/**
 * What an embed page draws, by kind: the embed page picks the component by `kind`. A new kind of
 * chart adds a member here, a case in chartFacts() and embedHeight() below and a branch in
 * src/pages/insluiten/[grafiek].astro.
 */
export type EmbedChart = BarEmbedChart | StackedEmbedChart | MatrixEmbedChart;

/** One line of a source note: "Bedragen: <document>, <section>" (src/components/SourceNote.astro). */
export interface EmbedSource {
  label: string;
  ref: SourceRef;
}

export interface Embed {
  /** The last part of the address /insluiten/<slug>/; never change it once published, other sites link to it. */
  slug: string;
  chart: EmbedChart;
  /** The sources of the chart's figures, as its page names them. */
  sources: EmbedSource[];
  /** What the chart's page says next to it that a reader needs, such as the period of key figures: one sentence each. */
  notes?: string[] | undefined;
  /** The page the chart belongs to: the embed page's canonical address and its link back. */
  home: { path: string; label: string };
}

/** What an embed page's preview card says above its title. */
export const EMBED_CARD_KIND = 'Grafiek';

// Slugs, one function per kind of chart on the site. Pages call the same function as the registry, so
// a chart on a page and its embed page cannot drift apart.
/** The domains of a year: "2020-domeinen". */
export const domainsEmbedSlug = (jaar: number): string => `${jaar}-domeinen`;
/** The Coalitions of the Willing of a year: "2017-coalities". */
export const coalitionsEmbedSlug = (jaar: number): string => `${jaar}-coalities`;
/** A block of key figures of a document: "kerntakendiscussie-2024-pijlers-aandeel-kosten". */
export const figureBlockEmbedSlug = (document: string, block: string): string => `${document}-${block}`;
/** The pillars of a core-task discussion by kind of task: "kerntakendiscussie-2024-pijlers-soort-taak". */
export const pillarComparisonEmbedSlug = (document: string): string => `${document}-pijlers-soort-taak`;
/** What one municipality pays per domain in a year: "enschede-bijdrage-2020". */
export const municipalityEmbedSlug = (municipality: string, jaar: number): string => `${municipality}-bijdrage-${jaar}`;
/**
 * A comparison of all municipalities (page /gemeenten/): "gemeenten-bijdrage-2020", "gemeenten-coalities-2017".
 * For coalitions: the count per municipality where the document names every coalition's participants,
 * otherwise the document's matrix of who takes part (the address stays the same either way).
 */
export const municipalitiesEmbedSlug = (column: string, jaar: number): string => `gemeenten-${column}-${jaar}`;

/** True when two bar charts show the same data; a page may highlight its own row, the embed does not. */
export function sameChart(embedded: ChartSpec, shown: ChartSpec): boolean {
  const plain = (spec: ChartSpec) => JSON.stringify({ ...spec, rows: spec.rows.map((row) => ({ ...row, highlight: undefined })) });
  return plain(embedded) === plain(shown);
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** What every kind of chart must tell the registry: its id on the page (the anchor) and its title. */
export function chartFacts(chart: EmbedChart): { id: string; title: string; rows: number } {
  switch (chart.kind) {
    case 'bar':
    case 'stacked':
      return { id: chart.spec.id, title: chart.spec.title, rows: chart.spec.rows.length };
    case 'matrix':
      return { id: chart.id, title: chart.title, rows: chart.municipalities };
  }
}

/**
 * The registry, checked: slugs are unique and URL-safe, every chart has rows, names a source and has
 * a home page. Throws one error listing every problem (the build stops on it).
 */
export function checkEmbeds(embeds: readonly Embed[]): ReadonlyMap<string, Embed> {
  const problems: string[] = [];
  const bySlug = new Map<string, Embed>();
  for (const embed of embeds) {
    const { rows } = chartFacts(embed.chart);
    if (!SLUG.test(embed.slug)) problems.push(`${embed.slug}: a slug has lower-case letters, digits and single hyphens only`);
    if (bySlug.has(embed.slug)) problems.push(`${embed.slug}: two charts have this slug`);
    if (rows === 0) problems.push(`${embed.slug}: the chart has no rows`);
    if (embed.sources.length === 0) problems.push(`${embed.slug}: the chart names no source`);
    if (!embed.home.path.startsWith('/') || embed.home.path.includes('#'))
      problems.push(`${embed.slug}: home must be a page path without anchor`);
    bySlug.set(embed.slug, embed);
  }
  if (problems.length > 0) throw new Error(`Embeddable charts (src/data/embeds.ts):\n${problems.join('\n')}`);
  return bySlug;
}

/** One source line per distinct reference, in order: several rows from one section of a document give one line. */
export function distinctSources(sources: readonly EmbedSource[]): EmbedSource[] {
  const seen = new Set<string>();
  return sources.filter(({ ref }) => {
    const key = `${ref.document}\u0000${ref.sectie}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * A height for the frame that shows the whole chart on a phone without a scroll bar inside: the
 * chart's narrow height plus room for title, summary, buttons, source line and link back.
 */
export function embedHeight(chart: EmbedChart): number {
  switch (chart.kind) {
    case 'bar': {
      const lines = reservedLines(chart.spec.rows.map((row) => row.label));
      return Math.min(1600, narrowChartHeight(chart.spec.rows.length, lines) + 340);
    }
    // Summary, legend, a labelled bar per row and the table below it (a row per part), on a phone.
    case 'stacked':
      return Math.min(1600, 420 + chart.spec.rows.length * 70 + chart.spec.series.length * 90);
    // Caption and column headers (a coalition name and its period each), a row per municipality, the note below.
    case 'matrix':
      return Math.min(1600, 420 + chart.municipalities * 42);
  }
}

/** Longest page title that browsers show in full (html-validate's long-title rule). */
const MAX_TITLE = 70;

/**
 * An embed page's <title>: "<chart title> | Twente begroting", or the chart's title alone when that is
 * too long, cut at a word with an ellipsis if even that is too long (the frame's title attribute and
 * the page's heading keep the whole title).
 */
export function embedPageTitle(title: string, siteName: string): string {
  const full = `${title} | ${siteName}`;
  if (full.length <= MAX_TITLE) return full;
  if (title.length <= MAX_TITLE) return title;
  const cut = title.slice(0, MAX_TITLE - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 1)).replace(/[\s,:;]+$/, '')}…`;
}

const escapeAttribute = (value: string): string => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The HTML another site pastes to show a chart: an iframe with a title that names the chart and this site
 * ("<chart title> (Twente begroting)"), full width, loaded when near.
 */
export function embedSnippet({ url, title, height, siteName }: { url: string; title: string; height: number; siteName: string }): string {
  return `<iframe src="${escapeAttribute(url)}" title="${escapeAttribute(`${title} (${siteName})`)}" width="100%" height="${height}" loading="lazy"></iframe>`;
}

/**
 * Rows for a box that shows `code` whole where it cannot grow with its text (the CSS `field-sizing`
 * lets browsers that support it fit the box exactly): each line wrapped at `charsPerLine` characters,
 * about what a phone of 320 px shows in monospace.
 */
export function codeRows(code: string, charsPerLine = 32): number {
  return code.split('\n').reduce((rows, line) => rows + Math.max(1, Math.ceil(line.length / charsPerLine)), 0);
}
