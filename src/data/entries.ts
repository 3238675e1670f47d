import { getCollection, render, type CollectionEntry } from 'astro:content';
import { onceInBuild } from './build-cache.ts';

// The content entries that pages list whole (a page per entry, an index of them). Pages and
// components read content only through src/data/ (a lint rule): this module and its neighbours
// are the one place that knows the collections.

export type DocumentPageEntry = CollectionEntry<'documenten'>;
export type SourceEntry = CollectionEntry<'bronnen'>;
export type MunicipalityEntry = CollectionEntry<'gemeenten'>;
export type TimelineEntry = CollectionEntry<'tijdlijn'>;
export type GlossaryEntry = CollectionEntry<'begrippen'>;

/** Every domain of every year: a page each. */
export const getAllDomains = () => onceInBuild('all:domeinen', () => getCollection('domeinen'));

/** Every coalition of every year: a page each. */
export const getAllCoalitions = () => onceInBuild('all:coalities', () => getCollection('coalities'));

/** Every theme of every year: a page each. */
export const getAllThemes = () => onceInBuild('all:themas', () => getCollection('themas'));

/** Every pillar of every core-task discussion: a page each. */
export const getAllPillars = () => onceInBuild('all:pijlers', () => getCollection('pijlers'));

/** The core-task file of every year that has one (kinds of task, scenarios, statements). */
export const getAllCoreTasks = () => onceInBuild('all:kerntaken', () => getCollection('kerntaken'));

/** The pages about source documents (content/documenten/). */
export const getDocumentPages = () => onceInBuild('all:documenten', () => getCollection('documenten'));

/** The ids of the documents that have a page on the site. */
export const getDocumentPageIds = () =>
  onceInBuild('ids:documenten', async () => new Set((await getDocumentPages()).map((page) => page.id)));

/** The source documents (content/bronnen.yaml), in file order. */
export const getSourceList = () => onceInBuild('all:bronnen', () => getCollection('bronnen'));

/** The municipalities (content/gemeenten.yaml), in file order: a page each. */
export const getMunicipalityEntries = () => onceInBuild('all:gemeenten', () => getCollection('gemeenten'));

/** The timeline (content/tijdlijn.yaml), in file order. */
export const getTimeline = () => onceInBuild('all:tijdlijn', () => getCollection('tijdlijn'));

/** The glossary (content/begrippen.yaml), in file order. */
export const getGlossaryEntries = () => onceInBuild('all:begrippen', () => getCollection('begrippen'));

/** How the municipalities pay (content/betalen.yaml), when the content has it. */
export const getPayment = () => onceInBuild('betalen', async () => (await getCollection('betalen'))[0]?.data);
/** The words the search treats apart (content/zoeken.yaml), when the content has them. */
export const getSearchWords = () => onceInBuild('zoeken', async () => (await getCollection('zoeken'))[0]?.data);

/** The help box (content/hulp.yaml), when the content has it. */
export const getHelp = () => onceInBuild('hulp', async () => (await getCollection('hulp'))[0]?.data);

/** The organisations (content/organisaties.yaml), in file order. */
export const getOrganisationEntries = () => onceInBuild('all:organisaties', () => getCollection('organisaties'));

/** The Markdown text of an entry, rendered: its component and its headings. */
export const renderEntry = render;
