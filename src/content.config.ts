import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { coalition } from './schemas/coalitions.ts';
import { contributions } from './schemas/contributions.ts';
import { domain } from './schemas/domains.ts';
import { municipality } from './schemas/municipalities.ts';
import { organisation } from './schemas/organisations.ts';
import { population } from './schemas/population.ts';
import { sourceDocument } from './schemas/sources.ts';
import { budgetYear } from './schemas/years.ts';
import { CONTENT_DIR, CONTENT_FILES } from './validation/layout.ts';

// The same schemas as src/validation/, which checks the rules across files before the build.
// Entry ids follow the file paths, so a URL leads straight to its file:
// /2020/domeinen/gezondheid/ is content/2020/domeinen/gezondheid.md (id "2020/domeinen/gezondheid").
const base = `./${CONTENT_DIR}`;
const yearFolder = ({ entry }: { entry: string }) => entry.slice(0, entry.indexOf('/'));
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
  bijdragen: defineCollection({
    loader: glob({ pattern: '*/bijdragen.yaml', base, generateId: yearFolder }),
    schema: contributions,
  }),
  inwoners: defineCollection({
    loader: glob({ pattern: '*/inwoners.yaml', base, generateId: yearFolder }),
    schema: population,
  }),
};
