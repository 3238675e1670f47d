import { getEntry } from 'astro:content';
import type { Page } from '../schemas/pages.ts';
import { getRegistries, getYears } from './budget.ts';
import { onceInBuild } from './build-cache.ts';
import { getYearPerInhabitant, type YearPerInhabitant } from './per-inhabitant.ts';

// The words of pages that are not about one year or entity, and the content values that their generic
// wording is built from, so no page template names the region, the joint arrangement or a year.

/** A page's words from content/paginas/<naam>.md: its frontmatter and its text, rendered. */
export interface PageText {
  data: Page;
  /** The Markdown text as HTML, with its placeholders ({{bronnen}}) still in it: src/lib/page-parts.ts fills them. */
  html: string;
  /** Whether the text has `## ` headings, which link to themselves. */
  hasHeadings: boolean;
  /** The file, for the "Bewerk deze pagina" link. */
  filePath: string | undefined;
}

/** The words of the page `name` (content/paginas/<name>.md); the build stops when the file is missing. */
export function getPageText(name: string): Promise<PageText> {
  return onceInBuild(`page-text:${name}`, async () => {
    const entry = await getEntry('paginas', name);
    if (!entry) throw new Error(`content/paginas/${name}.md is missing: this page takes its words from it`);
    const headings: unknown = entry.rendered?.metadata?.headings;
    return {
      data: entry.data,
      html: entry.rendered?.html ?? '',
      hasHeadings: Array.isArray(headings) && headings.length > 0,
      filePath: entry.filePath,
    };
  });
}

/** The first and the last year of the site (content/<jaar>/jaar.yaml). */
export function getYearSpan(): Promise<{ first: number; last: number }> {
  return onceInBuild('year-span', async () => {
    const years = (await getYears()).map((year) => year.data.jaar);
    return { first: Math.min(...years), last: Math.max(...years) };
  });
}

/**
 * Every year for which the site divides by a population that a source gives for the whole region,
 * oldest first, each with who published that number (the source's publisher in content/bronnen.yaml).
 */
export function getPopulationYears(): Promise<(YearPerInhabitant & { publisher: string; title: string })[]> {
  return onceInBuild('population-years', async () => {
    const [years, { sources }] = await Promise.all([getYears(), getRegistries()]);
    const found = await Promise.all([...years].reverse().map((year) => getYearPerInhabitant(year.data.jaar)));
    return found.flatMap((year) => {
      const source = year && sources.get(year.population.source.document)?.data;
      return year && source ? [{ ...year, publisher: source.uitgever, title: source.titel }] : [];
    });
  });
}
