// Open data: the shape of the downloadable datasets, their JSON and JSON Schema. Pure, testable without Astro.
import { z } from 'astro/zod';

/** One column of a dataset, described for the /data/ page and the JSON Schema. */
export interface Column {
  name: string;
  type: 'tekst' | 'geheel getal' | 'getal' | 'datum';
  description: string;
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
  /** The page that shows these figures. */
  page: string;
}

export const LICENCE = { name: 'CC0 1.0 (publiek domein)', url: 'https://creativecommons.org/publicdomain/zero/1.0/deed.nl' };

/** The zod schema of one JSON row, from the column types; its JSON Schema is published too. */
export function rowSchema(dataset: Pick<Dataset, 'columns'>) {
  const type = (column: Column) => {
    const base = column.type === 'tekst' || column.type === 'datum' ? z.string() : column.type === 'geheel getal' ? z.number().int() : z.number();
    return base.nullable().describe(column.description);
  };
  return z.strictObject(Object.fromEntries(dataset.columns.map((column) => [column.name, type(column)])));
}

/** The JSON file: metadata and rows. */
export function datasetJson(dataset: Dataset, sourceTitles: Map<string, string>) {
  return {
    titel: dataset.title,
    omschrijving: dataset.description,
    licentie: LICENCE,
    bronnen: dataset.sources.map((id) => sourceTitles.get(id) ?? id),
    kolommen: dataset.columns,
    rijen: dataset.rows,
  };
}

/** JSON Schema of the JSON file. */
export function datasetJsonSchema(dataset: Dataset) {
  const schema = z.strictObject({
    titel: z.string(),
    omschrijving: z.string(),
    licentie: z.strictObject({ name: z.string(), url: z.string() }),
    bronnen: z.array(z.string()),
    kolommen: z.array(z.strictObject({ name: z.string(), type: z.string(), description: z.string() })),
    rijen: z.array(rowSchema(dataset)),
  });
  return { schema, json: { $id: `/data/${dataset.id}.schema.json`, title: dataset.title, ...z.toJSONSchema(schema) } };
}
