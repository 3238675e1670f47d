// The DCAT-AP-NL 3.0 catalogue of the open data (/data/catalogus.jsonld): one dcat:Catalog in JSON-LD
// with a dcat:Dataset per dataset and a dcat:Distribution per data file, made from the same dataset
// definitions as the files and datapackage.json, so a new dataset is in it without further work.
// Pure, testable without Astro. The profile: DCAT-AP-NL 3.0 (Geonovum, 2024-12-12,
// https://docs.geostandaarden.nl/dcat/dcat-ap-nl30/), which builds on DCAT-AP 3.0 (SEMIC); the
// section numbers in the comments below are those of DCAT-AP-NL 3.0.
import { formatSourceDate } from './dates.ts';
import {
  datasetSectionId,
  datasetSources,
  LICENCE,
  MEDIA_TYPES,
  type Coverage,
  type DataTheme,
  type Dataset,
  type SourceInfo,
} from './open-data.ts';
import { aboutPath, atSection, catalogPath, dataPackagePath, datasetPath, homePath, openDataPath } from './paths.ts';
import { bodyWithNowInBrackets } from './site-names.ts';

/** The vocabularies, by the prefixes the document uses; inline, so a reader needs nothing from elsewhere. */
export const CONTEXT = {
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  prov: 'http://www.w3.org/ns/prov#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
} as const;

const AUTHORITY = 'http://publications.europa.eu/resource/authority/';
/** dct:language: Dutch, from the EU language list (6, "Waardelijsten"). */
export const DUTCH = `${AUTHORITY}language/NLD`;
/** dct:accessRights: public, from the EU access-right list; DCAT-AP-NL allows public, restricted and non-public (4.1.1). */
export const PUBLIC_ACCESS = `${AUTHORITY}access-right/PUBLIC`;
/** dcat:theme: the EU data-theme vocabulary (4.1.33). */
export const DATA_THEMES = `${AUTHORITY}data-theme`;
/** dct:format: the EU file-type list (4.2.11). */
export const FILE_TYPES = `${AUTHORITY}file-type`;
/** dcat:mediaType: the IANA media types (4.2.16). */
export const IANA_MEDIA_TYPES = 'https://www.iana.org/assignments/media-types';

/** The Dutch labels of the themes in the EU data-theme vocabulary. */
const THEME_LABELS: Record<DataTheme, string> = {
  GOVE: 'Overheid en publieke sector',
  ECON: 'Economie en financiën',
  SOCI: 'Bevolking en samenleving',
};

/** The files each dataset is distributed as, with their EU file type and the schema that describes their columns. */
export const DISTRIBUTIONS = [
  { file: 'csv', fileType: 'CSV', schema: () => dataPackagePath() },
  { file: 'json', fileType: 'JSON', schema: (id: string) => datasetPath(id, 'schema.json') },
] as const;

/** What the catalogue says about the site that publishes it. */
export interface CatalogueSite {
  /** The site's name: it publishes and makes the datasets. */
  name: string;
  /** The joint arrangement the datasets are about, as the documents name it: "Regio Twente". */
  body: string;
  /** Its current name where it changed, "SamenTwente"; absent when it kept its name. */
  bodyNow?: string | undefined;
  /** The full address of a path within the site, with the domain and base path (absoluteUrl of src/urls.ts). */
  url: (path: string) => string;
  /** The repository's address (REPOSITORY_URL of src/settings.ts): its issues are a second way to reach the makers. Empty when not set. */
  repositoryUrl: string;
}

const nl = (value: string) => ({ '@value': value, '@language': 'nl' });

/** A date as precise as the source gives it ("2019", "2017-06" or "2017-06-28"), typed so; undefined for two possible dates ("2020-12/2021-01"). */
export function dateLiteral(value: string): { '@value': string; '@type': string } | undefined {
  if (/^\d{4}$/.test(value)) return { '@value': value, '@type': 'xsd:gYear' };
  if (/^\d{4}-\d{2}$/.test(value)) return { '@value': value, '@type': 'xsd:gYearMonth' };
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return { '@value': value, '@type': 'xsd:date' };
  return undefined;
}

/** dct:temporal (4.1.31): a dct:PeriodOfTime, only when both ends are dates the source gives. */
function temporal(period: Coverage | undefined) {
  const start = period && dateLiteral(period.start);
  const end = period && dateLiteral(period.end);
  return start && end ? { 'dct:temporal': { '@type': 'dct:PeriodOfTime', 'dcat:startDate': start, 'dcat:endDate': end } } : {};
}

const language = { '@id': DUTCH, '@type': 'dct:LinguisticSystem' };
const licence = { '@id': LICENCE.uri, '@type': 'dct:LicenseDocument' };

/** The document the figures come from (content/bronnen.yaml): id (as in bron_document), title, publisher and, when it is one date, its date. */
function sourceDocument(catalogueUrl: string, source: SourceInfo) {
  const issued = dateLiteral(source.datum);
  return {
    '@id': `${catalogueUrl}#bron-${source.id}`,
    '@type': 'foaf:Document',
    'dct:identifier': source.id,
    'dct:title': nl(source.titel),
    'dct:publisher': { '@type': 'foaf:Agent', 'foaf:name': nl(source.uitgever) },
    ...(issued ? { 'dct:issued': issued } : {}),
  };
}

/** The catalogue of `datasets`; `sources` holds the documents they use (content/bronnen.yaml). */
export function dcatCatalogue(datasets: readonly Dataset[], sources: ReadonlyMap<string, SourceInfo>, site: CatalogueSite) {
  const catalogueUrl = site.url(catalogPath());
  const agent = { '@id': `${catalogueUrl}#uitgever` };
  const contact = { '@id': `${catalogueUrl}#contact` };
  const contactUrls = [
    site.url(aboutPath('een-fout-gezien')),
    ...(site.repositoryUrl ? [`${site.repositoryUrl.replace(/\/+$/, '')}/issues`] : []),
  ];

  const distribution = (dataset: Dataset, kind: (typeof DISTRIBUTIONS)[number]) => {
    const fileUrl = site.url(datasetPath(dataset.id, kind.file));
    return {
      '@id': `${catalogueUrl}#${dataset.id}-${kind.file}`,
      '@type': 'dcat:Distribution',
      'dct:title': nl(`${dataset.title} (${kind.fileType})`),
      // 4.2.2 access URL (mandatory) and 4.2.10 download URL: the file itself.
      'dcat:accessURL': { '@id': fileUrl },
      'dcat:downloadURL': { '@id': fileUrl },
      'dcat:mediaType': { '@id': `${IANA_MEDIA_TYPES}/${MEDIA_TYPES[kind.file]}`, '@type': 'dct:MediaType' },
      'dct:format': { '@id': `${FILE_TYPES}/${kind.fileType}`, '@type': 'dct:MediaTypeOrExtent' },
      // 4.2.14 licence (mandatory).
      'dct:license': licence,
      'dct:language': language,
      // 4.2.15 linked schemas: what describes the columns (datapackage.json for the CSV, the JSON Schema for the JSON).
      'dct:conformsTo': { '@id': site.url(kind.schema(dataset.id)), '@type': 'dct:Standard' },
    };
  };

  const dataset = (entry: Dataset) => {
    const documents = datasetSources(entry, sources);
    const id = `${catalogueUrl}#${entry.id}`;
    return {
      '@id': id,
      '@type': 'dcat:Dataset',
      // 4.1.13 identifier (mandatory, one): a URI that resolves, to this catalogue.
      'dct:identifier': id,
      'dct:title': nl(entry.title),
      'dct:description': nl(entry.description),
      // 4.1.22 publisher and 4.1.5 creator (mandatory): the site makes the tables from the documents.
      'dct:publisher': agent,
      'dct:creator': agent,
      // 4.1.4 contact point (mandatory).
      'dcat:contactPoint': contact,
      // 4.1.33 theme (mandatory).
      'dcat:theme': entry.themes.map((theme) => ({
        '@id': `${DATA_THEMES}/${theme}`,
        '@type': 'skos:Concept',
        'skos:prefLabel': nl(THEME_LABELS[theme]),
      })),
      // 4.1.1 access rights (mandatory).
      'dct:accessRights': { '@id': PUBLIC_ACCESS, '@type': 'dct:RightsStatement' },
      'dct:language': language,
      'dcat:landingPage': { '@id': site.url(atSection(openDataPath(), datasetSectionId(entry.id))), '@type': 'foaf:Document' },
      ...(entry.page ? { 'foaf:page': { '@id': site.url(entry.page), '@type': 'foaf:Document' } } : {}),
      ...temporal(entry.period),
      // The documents the figures come from. Not dct:source, whose value DCAT-AP wants to be a dcat:Dataset.
      ...(documents.length > 0
        ? {
            'prov:wasDerivedFrom': documents.map((source) => sourceDocument(catalogueUrl, source)),
            'dct:provenance': {
              '@type': 'dct:ProvenanceStatement',
              'rdfs:label': nl(
                `${site.name} maakt deze tabel uit ${documents
                  .map((source) => `"${source.titel}" (${source.uitgever}, ${formatSourceDate(source.datum)})`)
                  .join(' en ')}. Elke rij noemt haar bron in de kolommen bron_document, bron_sectie en periode.`,
              ),
            },
          }
        : {}),
      'dcat:distribution': DISTRIBUTIONS.map((kind) => distribution(entry, kind)),
    };
  };

  return {
    '@context': CONTEXT,
    '@id': catalogueUrl,
    '@type': 'dcat:Catalog',
    'dct:title': nl(`${site.name}: open data`),
    'dct:description': nl(
      `Alle datasets van de site ${site.name} over de begroting van ${bodyWithNowInBrackets(site.body, site.bodyNow)}, elk als CSV- en als JSON-bestand, ` +
        "met de documenten waar de cijfers uit komen. De bestanden worden bij elke bouw van de site gemaakt uit dezelfde gecontroleerde inhoud als de pagina's.",
    ),
    // Catalogue publisher (mandatory in DCAT-AP 3.0): one foaf:Agent with a name (5.3).
    'dct:publisher': { ...agent, '@type': 'foaf:Agent', 'foaf:name': nl(site.name), 'foaf:homepage': { '@id': site.url(homePath()) } },
    'dct:creator': agent,
    // 4.4.3 contact point (mandatory, one): the site has no e-mail address; how to report a question or an error.
    'dcat:contactPoint': {
      ...contact,
      '@type': 'vcard:Kind',
      'vcard:fn': nl(site.name),
      'vcard:hasURL': contactUrls.map((url) => ({ '@id': url })),
    },
    'foaf:homepage': { '@id': site.url(homePath()), '@type': 'foaf:Document' },
    'dct:language': language,
    'dct:license': licence,
    'dcat:themeTaxonomy': { '@id': DATA_THEMES, '@type': 'skos:ConceptScheme', 'dct:title': { '@value': 'Data theme', '@language': 'en' } },
    // 4.4.5 dataset (mandatory, at least one).
    'dcat:dataset': datasets.map(dataset),
  };
}
