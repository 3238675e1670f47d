/**
 * Every address of the site, as a root-relative path within the site ("/2020/domeinen/gezondheid/"),
 * built from the thing it shows. The site can live at a domain root or under a base path such as
 * /twente-begroting/ (GitHub Pages, set with BASE_PATH when building): pages and components put the
 * base path in front while rendering, through `href` in src/urls.ts; build steps that run outside
 * Vite (src/integrations/) take the base from Astro's config and use `underBase`.
 *
 * Pure: no Astro, no environment. Paths carry no base path, so they can be compared with each other
 * and with the path of the page being rendered (src/urls.ts: `pagePath`).
 */
import type { Mention } from '../schemas/connections.ts';

/** A path with a fragment: the section `id` of the page, or the page itself when there is no id. */
export const atSection = (path: string, id?: string | undefined): string => (id ? `${path}#${id}` : path);

// Pages that exist once.
export const homePath = (): string => '/';
export const yearsPath = (): string => '/jaren/';
/** The subjects that run through the years (content/verbanden.yaml), and one of them with a row per year. */
export const subjectsPath = (): string => '/door-de-jaren/';
export const subjectPath = (id: string): string => `/door-de-jaren/${id}/`;
export const municipalitiesPath = (): string => '/gemeenten/';
export const documentsPath = (): string => '/documenten/';
export const organisationPath = (section?: string): string => atSection('/organisatie/', section);
export const glossaryPath = (term?: string): string => atSection('/begrippen/', term);
export const openDataPath = (): string => '/data/';
export const searchPath = (): string => '/zoeken/';
export const aboutPath = (section?: string): string => atSection('/over/', section);
export const accessibilityPath = (): string => '/toegankelijkheid/';
/** The page a host shows for an address that does not exist. */
export const notFoundPath = (): string => '/404/';
/** The browser CMS for staff (src/pages/beheer/index.astro). */
export const adminPath = (): string => '/beheer/';
/** Where /beheer/ finds Decap CMS's code, copied from node_modules (src/integrations/cms.ts). */
export const adminAssetsPath = (): string => '/beheer/decap/';
/** Where /beheer/ reaches the CMS's local backend in `astro dev`; with a trailing slash, as every address of the site. */
export const adminApiPath = (): string => '/beheer/api/';
/** The address of the local backend's own API on its port (decap-server), where `astro dev` passes those requests on. */
export const cmsServerApiPath = (): string => '/api/v1';

// Pages per budget year.
export const yearPath = (jaar: number, section?: string): string => atSection(`/${jaar}/`, section);
export const domainsPath = (jaar: number): string => `/${jaar}/domeinen/`;
export const domainPath = (jaar: number, slug: string): string => `/${jaar}/domeinen/${slug}/`;
export const coalitionsPath = (jaar: number): string => `/${jaar}/coalities/`;
export const coalitionPath = (jaar: number, slug: string): string => `/${jaar}/coalities/${slug}/`;
export const themePath = (jaar: number, slug: string): string => `/${jaar}/themas/${slug}/`;
export const pillarPath = (jaar: number, slug: string, section?: string): string => atSection(`/${jaar}/pijlers/${slug}/`, section);
/** The scenarios, the process and the statements of a core-task discussion. */
export const scenariosPath = (jaar: number, section?: string): string => atSection(`/${jaar}/scenarios/`, section);

/** The page a mention in content/verbanden.yaml points at: the entity's page, a block of key figures on the year page, or the year page. */
export function mentionPath(mention: Pick<Mention, 'jaar' | 'domein' | 'coalitie' | 'thema' | 'pijler' | 'cijferblok'>): string {
  if (mention.domein) return domainPath(mention.jaar, mention.domein);
  if (mention.coalitie) return coalitionPath(mention.jaar, mention.coalitie);
  if (mention.thema) return themePath(mention.jaar, mention.thema);
  if (mention.pijler) return pillarPath(mention.jaar, mention.pijler);
  return yearPath(mention.jaar, mention.cijferblok ? `cijfers-${mention.cijferblok}` : undefined);
}

// Pages per municipality and per document.
export const municipalityPath = (id: string): string => `/gemeenten/${id}/`;
export const documentPath = (id: string, section?: string): string => atSection(`/documenten/${id}/`, section);

// Charts for other sites (src/data/embeds.ts): one page per chart, the only pages other sites may frame.
/** The folder of the embed pages; public/_headers lets other sites frame what is under it. */
export const embedsPath = (): string => '/insluiten/';
/** The page of one embeddable chart: "/insluiten/2020-domeinen/". */
export const embedPath = (slug: string): string => `${embedsPath()}${slug}/`;
/** True for the path of an embed page (without the base path). */
export const isEmbedPath = (path: string): boolean => path.startsWith(embedsPath());

// Files.
/** The kinds of file each open dataset is published as. */
export type DatasetFile = 'csv' | 'json' | 'schema.json';
/** An open-data file: "/data/domeinen-2020.csv". */
export const datasetPath = (id: string, file: DatasetFile): string => `/data/${id}.${file}`;
/** The copy of a dataset's CSV for Excel with Dutch settings (semicolons, decimal comma): "/data/excel/domeinen-2020.csv". */
export const excelPath = (id: string): string => `/data/excel/${id}.csv`;
/** The name a downloaded Excel copy gets, so it does not overwrite the standard CSV: "domeinen-2020-excel.csv". */
export const excelFileName = (id: string): string => `${id}-excel.csv`;
/** The Data Package that describes every CSV file. */
export const dataPackagePath = (): string => '/data/datapackage.json';
/** The DCAT-AP-NL catalogue (JSON-LD) of every dataset, for data portals such as data.overheid.nl. */
export const catalogPath = (): string => '/data/catalogus.jsonld';
/** The preview image ("deelkaart") of a page: "/2020/domeinen/gezondheid/" → "/deelkaart/2020/domeinen/gezondheid.png"; home is "home". */
export function cardPath(pagePath: string): string {
  return `/deelkaart/${cardName(pagePath)}.png`;
}
/** The card's name within /deelkaart/ (the route parameter of src/pages/deelkaart/[...kaart].png.ts): "2020/domeinen/gezondheid". */
export function cardName(pagePath: string): string {
  return pagePath.replace(/^\/+|\/+$/g, '').replace(/\.html$/, '') || 'home';
}
export const faviconPath = (): string => '/favicon.svg';
/** The script of the search index that the build writes (src/integrations/search-index.ts). */
export const searchIndexPath = (): string => '/pagefind/pagefind.js';
/** The site's own words that start with `bucket` (src/lib/site-words.ts), for spelling suggestions, written next to the index (src/integrations/search-index.ts). */
export const searchWordsPath = (bucket: string): string => `/pagefind/woorden/${bucket}.json`;
/** The sitemap index that @astrojs/sitemap writes, and the address the sitemap had before (src/pages/sitemap.xml.ts). */
export const sitemapPath = (): string => '/sitemap-index.xml';
export const oldSitemapPath = (): string => '/sitemap.xml';
/** One part of the sitemap: @astrojs/sitemap numbers them from 0. */
export const sitemapPartPath = (index: number): string => `/sitemap-${index}.xml`;

// The base path.
/** "twente-begroting" or "/twente-begroting" → "/twente-begroting/"; empty → "/". */
export function normaliseBase(base: string | undefined): string {
  const trimmed = (base ?? '').replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** A root-relative path under the base path: "/2020/" under "/twente-begroting/" is "/twente-begroting/2020/". */
export function underBase(path: string, base: string): string {
  return `${base}${path.replace(/^\//, '')}`;
}

/** The path within the site, without the base path in front (a path outside the base stays as it is). */
export function withoutBase(path: string, base: string): string {
  return path.startsWith(base) ? `/${path.slice(base.length)}` : path;
}

/** True for a link to a page or file of this site written from its root ("/2020/"), not for "//host/" or "https:". */
export const isRootRelative = (url: string): boolean => url.startsWith('/') && !url.startsWith('//');
