// Open data: the shape of the downloadable datasets, their JSON and JSON Schema. Pure, testable without Astro.
import { z } from 'astro/zod';
import type { SourceDocument } from '../schemas/sources.ts';
import { datasetPath, type DatasetFile } from './paths.ts';

/** What the files say about a source document: the id that bron_document holds, title, publisher and date. */
export type SourceInfo = Pick<SourceDocument, 'id' | 'titel' | 'uitgever' | 'datum'>;

/** One column of a dataset, described for the /data/ page, the JSON Schema and datapackage.json. */
export interface Column {
  name: string;
  type: 'tekst' | 'geheel getal' | 'getal' | 'datum';
  description: string;
  /** The only values a text column may hold (besides empty). */
  values?: readonly string[];
  /** A pattern every non-empty text value matches in full (a regular expression that reads the same in JavaScript and XML Schema). */
  pattern?: string;
}

/**
 * A theme of the EU data-theme vocabulary, for the DCAT catalogue (src/lib/dcat.ts): GOVE "government
 * and public sector", ECON "economy and finance", SOCI "population and society".
 */
export type DataTheme = 'GOVE' | 'ECON' | 'SOCI';

/** The period a dataset's figures hold for, each end as precise as the source gives it: "2020", "2020-01" or "2020-01-01". */
export interface Coverage {
  start: string;
  end: string;
}

/** A downloadable table, written as CSV and JSON from the validated content. */
export interface Dataset {
  id: string;
  title: string;
  description: string;
  columns: Column[];
  rows: Record<string, string | number | null>[];
  /** Ids of the source documents the figures come from. */
  sources: string[];
  /** The page that shows these figures, when one page does: a path within the site (src/lib/paths.ts). */
  page?: string | undefined;
  /** What the figures are about, for the DCAT catalogue: at least one theme. */
  themes: readonly [DataTheme, ...DataTheme[]];
  /** The period all figures hold for, as the sources give it; absent when a source gives none or a row's period is not a year or a range of years. */
  period?: Coverage | undefined;
}

/**
 * The licence of every open-data file. `url` is the Dutch page for people (the /data/ page and the JSON
 * files link to it); `uri` is the licence's canonical address, which the machine-readable descriptions
 * (datapackage.json, the DCAT catalogue) name: one licence, CC0 1.0, in both.
 */
export const LICENCE = {
  name: 'CC0 1.0 (publiek domein)',
  url: 'https://creativecommons.org/publicdomain/zero/1.0/deed.nl',
  uri: 'https://creativecommons.org/publicdomain/zero/1.0/',
};

/** The media type of each kind of file (without charset): what the routes send and the DCAT catalogue states. */
export const MEDIA_TYPES = {
  csv: 'text/csv',
  json: 'application/json',
  'schema.json': 'application/schema+json',
} as const satisfies Record<DatasetFile, string>;

/** The id of a dataset's section on the /data/ page. */
export const datasetSectionId = (id: string): string => `dataset-${id}`;

/** The zod schema of one value of a column: its type, and its values or pattern when it has them. */
function valueSchema(column: Column) {
  if (column.type === 'geheel getal') return z.number().int();
  if (column.type === 'getal') return z.number();
  if (column.values) return z.enum(column.values as [string, ...string[]]);
  if (column.pattern) return z.string().regex(new RegExp(`^(?:${column.pattern})$`));
  return z.string();
}

/** The zod schema of one JSON row, from the column types; its JSON Schema is published too. */
export function rowSchema(dataset: Pick<Dataset, 'columns'>) {
  return z.strictObject(
    Object.fromEntries(dataset.columns.map((column) => [column.name, valueSchema(column).nullable().describe(column.description)])),
  );
}

/** The sources of a dataset, in its order; an id without a document is a bug in the content checks. */
export function datasetSources(dataset: Pick<Dataset, 'id' | 'sources'>, sources: ReadonlyMap<string, SourceInfo>): SourceInfo[] {
  return dataset.sources.map((id) => {
    const source = sources.get(id);
    if (!source) throw new Error(`Dataset ${dataset.id}: source "${id}" is not in content/bronnen.yaml`);
    return source;
  });
}

/** The JSON file: metadata and rows; each source with the id its rows give in bron_document. */
export function datasetJson(dataset: Dataset, sources: ReadonlyMap<string, SourceInfo>) {
  return {
    titel: dataset.title,
    omschrijving: dataset.description,
    licentie: { name: LICENCE.name, url: LICENCE.url },
    bronnen: datasetSources(dataset, sources).map(({ id, titel, uitgever, datum }) => ({ id, titel, uitgever, datum })),
    kolommen: dataset.columns.map(({ name, type, description }) => ({ name, type, description })),
    rijen: dataset.rows,
  };
}

/** JSON Schema of the JSON file; `id` is its own address ($id), with the base path when the site has one. */
export function datasetJsonSchema(dataset: Dataset, id = datasetPath(dataset.id, 'schema.json')) {
  const schema = z.strictObject({
    titel: z.string(),
    omschrijving: z.string(),
    licentie: z.strictObject({ name: z.string(), url: z.string() }),
    bronnen: z.array(z.strictObject({ id: z.string(), titel: z.string(), uitgever: z.string(), datum: z.string() })),
    kolommen: z.array(z.strictObject({ name: z.string(), type: z.string(), description: z.string() })),
    rijen: z.array(rowSchema(dataset)),
  });
  return { schema, json: { $id: id, title: dataset.title, ...z.toJSONSchema(schema) } };
}
