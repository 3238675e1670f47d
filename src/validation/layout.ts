/**
 * Where each kind of content lives inside the content folder (content/, or CONTENT_DIR). The Astro
 * collections and the validator both read this, so a page's URL always maps to one file:
 * /2020/domeinen/gezondheid/ is content/2020/domeinen/gezondheid.md.
 */
export { CONTENT_DIR } from '../settings.ts';

export const CONTENT_FILES = {
  sources: 'bronnen.yaml',
  municipalities: 'gemeenten.yaml',
  organisations: 'organisaties.yaml',
  glossary: 'begrippen.yaml',
  timeline: 'tijdlijn.yaml',
  connections: 'verbanden.yaml',
  payment: 'betalen.yaml',
} as const;

export const CONTENT_PATTERNS = {
  years: /^(\d{4})\/jaar\.yaml$/,
  domains: /^(\d{4})\/domeinen\/([^/]+)\.md$/,
  coalitions: /^(\d{4})\/coalities\/([^/]+)\.md$/,
  themes: /^(\d{4})\/themas\/([^/]+)\.md$/,
  agendaParts: /^(\d{4})\/agenda\/([^/]+)\.md$/,
  pillars: /^(\d{4})\/pijlers\/([^/]+)\.yaml$/,
  coreTasks: /^(\d{4})\/kerntaken\.yaml$/,
  contributions: /^(\d{4})\/bijdragen\.yaml$/,
  population: /^(\d{4})\/inwoners\.yaml$/,
  documents: /^documenten\/([^/]+)\.md$/,
  figures: /^cijfers\/([^/]+)\.yaml$/,
} as const;

/** Files in content/ that are documentation for staff, not site content. */
export const IGNORED_FILES = /(^|\/)(README\.md|\.gitkeep)$/;
