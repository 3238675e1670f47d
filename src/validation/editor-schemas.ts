import { z } from 'astro/zod';
import { connection } from '../schemas/connections.ts';
import { contributions } from '../schemas/contributions.ts';
import { documentFigures } from '../schemas/figures.ts';
import { glossaryTerm } from '../schemas/glossary.ts';
import { municipality } from '../schemas/municipalities.ts';
import { organisation } from '../schemas/organisations.ts';
import { payment } from '../schemas/payment.ts';
import { population } from '../schemas/population.ts';
import { pillar } from '../schemas/pillars.ts';
import { coreTasks } from '../schemas/core-tasks.ts';
import { sourceDocument } from '../schemas/sources.ts';
import { timelineEntry } from '../schemas/timeline.ts';
import { budgetYear } from '../schemas/years.ts';

/**
 * JSON Schemas of the YAML content files, generated from the zod schemas, for editors: VS Code
 * with the YAML extension completes and checks these files as staff type. `npm run schemas`
 * writes them to .vscode/schemas/; a test fails when the written files are out of date.
 */
export const EDITOR_SCHEMAS = [
  { name: 'bronnen', files: ['content/bronnen.yaml'], schema: z.array(sourceDocument) },
  { name: 'gemeenten', files: ['content/gemeenten.yaml'], schema: z.array(municipality) },
  { name: 'organisaties', files: ['content/organisaties.yaml'], schema: z.array(organisation) },
  { name: 'begrippen', files: ['content/begrippen.yaml'], schema: z.array(glossaryTerm) },
  { name: 'tijdlijn', files: ['content/tijdlijn.yaml'], schema: z.array(timelineEntry) },
  { name: 'verbanden', files: ['content/verbanden.yaml'], schema: z.array(connection) },
  { name: 'betalen', files: ['content/betalen.yaml'], schema: payment },
  { name: 'jaar', files: ['content/*/jaar.yaml'], schema: budgetYear },
  { name: 'bijdragen', files: ['content/*/bijdragen.yaml'], schema: contributions },
  { name: 'inwoners', files: ['content/*/inwoners.yaml'], schema: population },
  { name: 'pijler', files: ['content/*/pijlers/*.yaml'], schema: pillar },
  { name: 'kerntaken', files: ['content/*/kerntaken.yaml'], schema: coreTasks },
  { name: 'cijfers', files: ['content/cijfers/*.yaml'], schema: documentFigures },
] as const;

/** The JSON text of each schema file, by file name. */
export function editorSchemaFiles(): Record<string, string> {
  return Object.fromEntries(
    EDITOR_SCHEMAS.map(({ name, schema }) => [
      `${name}.schema.json`,
      `${JSON.stringify(z.toJSONSchema(schema, { io: 'input', target: 'draft-7' }), null, 2)}\n`,
    ]),
  );
}

/** The yaml.schemas setting for .vscode/settings.json. */
export function vscodeYamlSettings(): Record<string, string[]> {
  return Object.fromEntries(EDITOR_SCHEMAS.map(({ name, files }) => [`./.vscode/schemas/${name}.schema.json`, [...files]]));
}
