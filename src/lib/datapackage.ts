// datapackage.json: one Frictionless (Tabular) Data Package that describes every CSV file, made
// from the same dataset definitions as the CSV and JSON files. Pure, testable without Astro.
import { CSV_DIALECT, CSV_ENCODING } from './csv.ts';
import { datasetSources, LICENCE, type Column, type Dataset, type SourceInfo } from './open-data.ts';
import { bodyWithNowInBrackets } from './site-names.ts';
import { slugify } from './slug.ts';

/** The Table Schema type of each column type. A date may be as precise as its source ("2019"), so it stays a string. */
const FIELD_TYPE: Record<Column['type'], 'string' | 'integer' | 'number'> = {
  tekst: 'string',
  datum: 'string',
  'geheel getal': 'integer',
  getal: 'number',
};

/** A resource name as the standard allows: lowercase letters, digits, ".", "_" and "-". */
const RESOURCE_NAME = /^[a-z0-9._-]+$/;

/** The file of a dataset next to datapackage.json. */
export const csvPath = (dataset: Pick<Dataset, 'id'>) => `${dataset.id}.csv`;

/** One Table Schema field: name, type, description, and the values or pattern a text column keeps to. */
export function tableField(column: Column) {
  const constraints = column.values ? { enum: [...column.values] } : column.pattern ? { pattern: `(${column.pattern})` } : undefined;
  return { name: column.name, type: FIELD_TYPE[column.type], description: column.description, ...(constraints ? { constraints } : {}) };
}

const source = ({ id, titel, uitgever, datum }: SourceInfo) => ({ id, title: titel, publisher: uitgever, date: datum });

/** The site that publishes the package (content/site.yaml). */
export interface PackageSite {
  /** The site's name, "Twente begroting": the package's title, and as a name ("twente-begroting") its name. */
  name: string;
  /** The joint arrangement the figures are about, as the documents name it: "Regio Twente". */
  body: string;
  /** Its current name where it changed, "SamenTwente"; absent when it kept its name. */
  bodyNow?: string | undefined;
}

/**
 * One resource per dataset, in the order of `datasets`; `sources` holds the documents the resources use, in the
 * order of content/bronnen.yaml; `site` names the site and the joint arrangement.
 */
export function dataPackage(datasets: readonly Dataset[], sources: ReadonlyMap<string, SourceInfo>, site: PackageSite) {
  const names = new Set<string>();
  for (const dataset of datasets) {
    if (!RESOURCE_NAME.test(dataset.id))
      throw new Error(`Dataset "${dataset.id}": a name in datapackage.json has only lower-case letters, digits, ".", "_" and "-"`);
    if (names.has(dataset.id)) throw new Error(`Dataset "${dataset.id}" is in the list twice`);
    names.add(dataset.id);
  }
  const used = new Set(datasets.flatMap((dataset) => dataset.sources));
  return {
    profile: 'tabular-data-package',
    name: slugify(site.name),
    title: `${site.name}: open data`,
    description:
      `Alle cijfers van de site ${site.name} over de begroting van ${bodyWithNowInBrackets(site.body, site.bodyNow)}, als CSV-bestanden met een beschrijving van elke kolom. ` +
      'Elke rij noemt haar bron: bron_document (het id van een document in sources), bron_sectie en periode. ' +
      "De bestanden worden bij elke bouw van de site gemaakt uit dezelfde gecontroleerde inhoud als de pagina's.",
    licenses: [{ name: 'CC0-1.0', title: LICENCE.name, path: LICENCE.uri }],
    sources: [...sources.values()].filter((entry) => used.has(entry.id)).map(source),
    resources: datasets.map((dataset) => ({
      profile: 'tabular-data-resource',
      name: dataset.id,
      path: csvPath(dataset),
      title: dataset.title,
      description: dataset.description,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: CSV_ENCODING,
      dialect: { ...CSV_DIALECT },
      // The standard wants at least one source when the property is there: a register without one leaves it out.
      ...(dataset.sources.length > 0 ? { sources: datasetSources(dataset, sources).map(source) } : {}),
      schema: { fields: dataset.columns.map(tableField), missingValues: [''] },
    })),
  };
}
