import { existsSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { coalition } from './schemas/coalitions.ts';
import { contributions } from './schemas/contributions.ts';
import { domain } from './schemas/domains.ts';
import { theme } from './schemas/themes.ts';
import { municipality } from './schemas/municipalities.ts';
import { organisation } from './schemas/organisations.ts';
import { population } from './schemas/population.ts';
import { documentPage } from './schemas/documents.ts';
import { documentFigures } from './schemas/figures.ts';
import { glossaryTerm } from './schemas/glossary.ts';
import { timelineEntry } from './schemas/timeline.ts';
import { connection } from './schemas/connections.ts';
import { sourceDocument } from './schemas/sources.ts';
import { budgetYear } from './schemas/years.ts';
import { CONTENT_DIR, CONTENT_FILES } from './validation/layout.ts';

// The same schemas as src/validation/, which checks the rules across files before the build.
// Entry ids follow the file paths, so a URL leads straight to its file:
// /2020/domeinen/gezondheid/ is content/2020/domeinen/gezondheid.md (id "2020/domeinen/gezondheid").
const base = `./${CONTENT_DIR}`;
const yearFolder = ({ entry }: { entry: string }) => entry.slice(0, entry.indexOf('/'));
/** A list file that may be absent: then the collection is empty (its pages say so). */
const optionalFile = (name: string) => (existsSync(`${base}/${name}`) ? file(`${base}/${name}`) : async () => []);
const stripExtension = ({ entry }: { entry: string }) => entry.replace(/\.(md|yaml)$/, '');

export const collections = {
  bronnen: defineCollection({ loader: file(`${base}/${CONTENT_FILES.sources}`), schema: sourceDocument }),
  gemeenten: defineCollection({ loader: file(`${base}/${CONTENT_FILES.municipalities}`), schema: municipality }),
  organisaties: defineCollection({ loader: file(`${base}/${CONTENT_FILES.organisations}`), schema: organisation }),
  jaren: defineCollection({
    loader: glob({ pattern: '*/jaar.yaml', base, generateId: yearFolder }),
    schema: budgetYear,
  }),
  domeinen: defineCollection({
    loader: glob({ pattern: '*/domeinen/*.md', base, generateId: stripExtension }),
    schema: domain,
  }),
  coalities: defineCollection({
    loader: glob({ pattern: '*/coalities/*.md', base, generateId: stripExtension }),
    schema: coalition,
  }),
  themas: defineCollection({
    loader: glob({ pattern: '*/themas/*.md', base, generateId: stripExtension }),
    schema: theme,
  }),
  bijdragen: defineCollection({
    loader: glob({ pattern: '*/bijdragen.yaml', base, generateId: yearFolder }),
    schema: contributions,
  }),
  inwoners: defineCollection({
    loader: glob({ pattern: '*/inwoners.yaml', base, generateId: yearFolder }),
    schema: population,
  }),
  documenten: defineCollection({ loader: glob({ pattern: '*.md', base: `${base}/documenten` }), schema: documentPage }),
  cijfers: defineCollection({ loader: glob({ pattern: '*.yaml', base: `${base}/cijfers` }), schema: documentFigures }),
  begrippen: defineCollection({ loader: optionalFile(CONTENT_FILES.glossary), schema: glossaryTerm }),
  tijdlijn: defineCollection({ loader: optionalFile(CONTENT_FILES.timeline), schema: timelineEntry }),
  verbanden: defineCollection({ loader: optionalFile(CONTENT_FILES.connections), schema: connection }),
};
