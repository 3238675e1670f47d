/**
 * The configuration of the browser CMS on /beheer/ (Decap CMS), generated from the content registry
 * (src/content-kinds.ts) and the zod schemas: one collection per kind of content (per year where the
 * kind lives in year folders), one CMS field per schema field, in the schema's order (the order in
 * which the CMS writes the keys), with a Dutch label and the schema's description as hint. Nothing
 * here is kept by hand: a new field in a schema is a new field in the form
 * (tests/unit/cms-config.test.ts fails when a schema field has no CMS field).
 *
 * Scalar fields use two widgets of our own (src/browser/beheer.ts): `getal` and `tekst`. Each
 * carries a `regel`, the key of its zod schema in `rules`; the form checks a value with that schema
 * and shows the same Dutch message as `npm run check:content` before it saves anything. Fields the
 * CMS has no form for (a choice between "alle" and a list, a group per id) use the widget `yaml`:
 * the field's value as YAML text, checked the same way.
 *
 * Pure: no file system; the page passes the list of content files (src/pages/beheer/index.astro).
 */
import type { z } from 'astro/zod';
import { isPattern, isPerYear, KIND_KEYS, kindOf, type AnyKind, type KindKey } from '../content-kinds.ts';

/** One field of the CMS form, as Decap CMS reads it. */
export interface CmsField {
  name: string;
  label: string;
  widget: string;
  hint?: string;
  required?: boolean;
  /** Key of the field's zod schema in `rules` (our widgets). */
  regel?: string;
  /** Our `tekst` widget: a text area instead of one line. */
  meerdere_regels?: boolean;
  /** Our `getal` widget: whole numbers only. */
  geheel?: boolean;
  options?: string[];
  fields?: CmsField[];
  field?: CmsField;
  collapsed?: boolean;
  summary?: string;
  min?: number;
  modes?: string[];
  default?: unknown;
  collection?: string;
  file?: string;
  value_field?: string;
  search_fields?: string[];
  display_fields?: string[];
  multiple?: boolean;
  options_length?: number;
}

export interface CmsCollection {
  name: string;
  label: string;
  label_singular?: string;
  description?: string;
  folder?: string;
  extension?: string;
  format?: string;
  create?: boolean;
  delete?: boolean;
  slug?: string;
  identifier_field?: string;
  files?: { name: string; label: string; file: string; fields: CmsField[] }[];
  fields?: CmsField[];
}

export interface CmsConfig {
  locale: string;
  backend: Record<string, unknown>;
  publish_mode: 'editorial_workflow';
  media_folder: string;
  public_folder: string;
  load_config_file: false;
  editor: { preview: boolean };
  collections: CmsCollection[];
}

export interface CmsOptions {
  /** The content files, relative to the content folder ("2020/domeinen/gezondheid.md"). */
  files: readonly string[];
  /** The repository on GitHub as owner/name, and its branch. */
  repository: string;
  branch: string;
  /** The address of the OAuth proxy for GitHub sign-in (docs/beheer.md); empty: GitHub's own, via Netlify. */
  authBaseUrl?: string;
  /** Where the content folder is inside the repository. */
  contentRoot?: string;
}

/** The configuration, and the zod schema of every field that has a `regel`. */
export function cmsConfig(options: CmsOptions): { config: CmsConfig; rules: Map<string, z.ZodType> } {
  const rules = new Map<string, z.ZodType>();
  const root = options.contentRoot ?? 'content';
  const collections = KIND_KEYS.flatMap((key) => kindCollections(key, options.files, root, rules));
  const config: CmsConfig = {
    locale: 'nl',
    backend: {
      name: 'github',
      repo: options.repository,
      branch: options.branch,
      squash_merges: true,
      ...(options.authBaseUrl ? { base_url: options.authBaseUrl, auth_endpoint: 'auth' } : {}),
    },
    publish_mode: 'editorial_workflow',
    media_folder: 'public/media',
    public_folder: '/media',
    load_config_file: false,
    editor: { preview: false },
    collections: mergeFileCollections(collections),
  };
  return { config, rules };
}

/** The collections of one kind: a file, a folder, or one per year folder that has its files. */
function kindCollections(key: KindKey, files: readonly string[], root: string, rules: Map<string, z.ZodType>): CmsCollection[] {
  const kind = kindOf(key);
  const fields = () => kindFields(key, kind, rules);
  if (!isPattern(kind)) {
    const group = kind.format === 'list' ? LISTS : GENERAL;
    return [{ ...group, files: [{ name: kind.collection, label: kind.label, file: `${root}/${kind.path}`, fields: fields() }] }];
  }
  const years = isPerYear(kind) ? yearsWith(kind, files) : [undefined];
  return years.map((year) => {
    const path = year === undefined ? kind.path : kind.path.replace('<jaar>', String(year));
    const suffix = year === undefined ? '' : ` ${year}`;
    if (!/<(naam|document)>/.test(path)) {
      // One file per year (2020/jaar.yaml): a file of the year's collection.
      return { ...yearGroup(year), files: [{ name: kind.collection, label: kind.label, file: `${root}/${path}`, fields: fields() }] };
    }
    const folder = path.slice(0, path.lastIndexOf('/'));
    const names = Object.keys(shapeOf(kind.schema));
    return {
      name: `${kind.collection}${year === undefined ? '' : `-${year}`}`,
      label: `${kind.label}${suffix}`,
      label_singular: kind.label,
      description: kind.description,
      folder: `${root}/${folder}`,
      extension: kind.format === 'markdown' ? 'md' : 'yaml',
      format: kind.format === 'markdown' ? 'yaml-frontmatter' : 'yaml',
      create: true,
      slug: '{{slug}}',
      identifier_field: ['titel', 'document', 'term', 'naam'].find((name) => names.includes(name)) ?? names[0] ?? 'titel',
      fields: fields(),
    };
  });
}

const LISTS: CmsCollection = {
  name: 'lijsten',
  label: 'Lijsten',
  description: 'Begrippen, bronnen, gemeenten, organisaties, de tijdlijn en de verbanden door de jaren.',
};
const GENERAL: CmsCollection = { name: 'algemeen', label: 'De site', description: 'Naam van de site en hoe de gemeenten betalen.' };
const yearGroup = (year: number | undefined): CmsCollection => ({
  name: `jaar-${year ?? ''}`,
  label: `Jaar ${year ?? ''}`,
  description: `De teksten en cijfers van ${year ?? ''} die in één bestand per jaar staan.`,
});

/** File collections of the same name (the lists, a year's files) become one collection. */
function mergeFileCollections(collections: CmsCollection[]): CmsCollection[] {
  const out: CmsCollection[] = [];
  for (const collection of collections) {
    const same = collection.files ? out.find((other) => other.name === collection.name && other.files) : undefined;
    if (same?.files && collection.files) same.files.push(...collection.files);
    else out.push({ ...collection, ...(collection.files ? { files: [...collection.files] } : {}) });
  }
  return out;
}

/** The years whose folder has a file of this kind. */
function yearsWith(kind: AnyKind, files: readonly string[]): number[] {
  const folder = kind.path.split('/').slice(1, -1).join('/');
  const years = files
    .map((file) => /^(\d{4})\/(.*)$/.exec(file))
    .filter((match): match is RegExpExecArray => match !== null)
    .filter(([, , rest]) => {
      const inFolder = folder === '' ? !(rest ?? '').includes('/') : (rest ?? '').startsWith(`${folder}/`);
      return inFolder && (folder !== '' || rest === kind.path.split('/').at(-1));
    })
    .map(([, year]) => Number(year));
  return [...new Set(years)].sort((a, b) => a - b);
}

/** The fields of one entry of a kind; a list file is one field: the list. */
function kindFields(key: KindKey, kind: AnyKind, rules: Map<string, z.ZodType>): CmsField[] {
  const fields = objectFields(kind.schema, `${key}`, rules);
  if (kind.format === 'list') {
    const names = fields.map((field) => field.name);
    const title = ['term', 'naam', 'titel', 'datum'].find((name) => names.includes(name));
    return [
      {
        name: kind.collection,
        label: kind.label,
        widget: 'list',
        hint: kind.description,
        collapsed: true,
        ...(title ? { summary: `{{fields.${title}}} ({{fields.id}})` } : {}),
        fields,
      },
    ];
  }
  if (kind.format === 'markdown') {
    return [
      ...fields,
      {
        name: 'body',
        label: 'Tekst',
        widget: 'markdown',
        // Raw Markdown only: the rich-text editor writes the text again in its own way, a diff far larger than the change.
        modes: ['raw'],
        hint: 'De tekst uit de bron, in Markdown.',
        required: !kind.bodyOptional,
      },
    ];
  }
  return fields;
}

type Def = { type: string; innerType?: z.ZodType; shape?: Record<string, z.ZodType>; element?: z.ZodType; options?: z.ZodType[] };
const defOf = (schema: z.ZodType): Def => (schema as unknown as { def: Def }).def;

/** The schema without optional: whether it was optional, and its description. */
function unwrap(schema: z.ZodType): { inner: z.ZodType; optional: boolean; description: string | undefined } {
  let inner = schema;
  let optional = false;
  let description = schema.description;
  while (defOf(inner).type === 'optional' || defOf(inner).type === 'nullable') {
    optional = true;
    inner = defOf(inner).innerType as z.ZodType;
    description ??= inner.description;
  }
  return { inner, optional, description };
}

/** The fields of an object schema, by name, in the schema's order. */
export function shapeOf(schema: z.ZodType): Record<string, z.ZodType> {
  const { inner } = unwrap(schema);
  return defOf(inner).shape ?? {};
}

function objectFields(schema: z.ZodType, path: string, rules: Map<string, z.ZodType>): CmsField[] {
  return Object.entries(shapeOf(schema)).map(([name, field]) => cmsField(name, field, `${path}.${name}`, rules));
}

/** "volledigeNaam" → "Volledige naam". */
export function labelOf(name: string): string {
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * The list an id field refers to: the list kind whose file its description names ("Id uit
 * content/gemeenten.yaml"), shown by its name, title or term.
 */
function referenceOf(description: string | undefined): { file: string; display: string } | undefined {
  const kind = KIND_KEYS.map(kindOf).find((candidate) => candidate.format === 'list' && description?.includes(`content/${candidate.path}`));
  if (!kind) return undefined;
  const names = Object.keys(shapeOf(kind.schema));
  return { file: kind.collection, display: ['naam', 'titel', 'term'].find((name) => names.includes(name)) ?? 'id' };
}

function relation(reference: { file: string; display: string }, multiple: boolean): Partial<CmsField> {
  return {
    widget: 'relation',
    collection: LISTS.name,
    file: reference.file,
    value_field: `${reference.file}.*.id`,
    search_fields: [`${reference.file}.*.${reference.display}`, `${reference.file}.*.id`],
    display_fields: [`${reference.file}.*.${reference.display}`],
    options_length: 100,
    ...(multiple ? { multiple: true } : {}),
  };
}

/** One CMS field for one schema field. */
export function cmsField(name: string, schema: z.ZodType, path: string, rules: Map<string, z.ZodType>): CmsField {
  const { inner, optional, description } = unwrap(schema);
  const base: CmsField = {
    name,
    label: labelOf(name),
    widget: 'tekst',
    ...(description ? { hint: description } : {}),
    ...(optional ? { required: false } : {}),
  };
  const def = defOf(inner);
  const checked = (widget: string, extra: Partial<CmsField> = {}): CmsField => {
    rules.set(path, inner);
    return { ...base, widget, regel: path, ...extra };
  };
  switch (def.type) {
    case 'string': {
      const reference = hasFormat(inner) ? referenceOf(description) : undefined;
      if (reference) return { ...base, ...relation(reference, false) };
      const { maxLength } = inner as z.ZodString;
      const oneLine = hasFormat(inner) || (maxLength !== null && maxLength <= 90);
      return checked('tekst', oneLine ? {} : { meerdere_regels: true });
    }
    case 'number':
      return checked('getal', isWhole(inner) ? { geheel: true } : {});
    case 'boolean':
      return { ...base, widget: 'boolean' };
    case 'enum':
      return { ...base, widget: 'select', options: Object.values((inner as z.ZodEnum).enum).map(String) };
    case 'literal':
      return { ...base, widget: 'select', options: [...(inner as z.ZodLiteral).values].map(String) };
    case 'object': {
      // Decap CMS checks the fields of a group even when the group is left out: in an optional group
      // (a term's bron) they are optional in the form; check:content still asks for them when the group is there.
      const fields = objectFields(inner, path, rules).map((field) => (optional ? { ...field, required: false } : field));
      return { ...base, widget: 'object', collapsed: false, fields };
    }
    case 'array': {
      const element = def.element as z.ZodType;
      const { inner: item, description: itemDescription } = unwrap(element);
      const reference = referenceOf(description) ?? referenceOf(itemDescription);
      const min = (inner as z.ZodArray<z.ZodType>).def.checks?.length ? minItems(inner) : undefined;
      const limits = min ? { min } : {};
      if (reference && defOf(item).type === 'string') return { ...base, ...relation(reference, true), ...limits };
      if (defOf(item).type === 'object') {
        const fields = objectFields(item, `${path}[]`, rules);
        return { ...base, widget: 'list', collapsed: true, ...limits, fields };
      }
      return { ...base, widget: 'list', ...limits, field: cmsField(name, element, `${path}[]`, rules) };
    }
    case 'union': {
      // A discriminated union of groups (bijdragen.yaml: verdeling) is one group with the fields of every branch.
      const branches = (def.options ?? []).map((option) => unwrap(option).inner);
      if (branches.length > 0 && branches.every((branch) => defOf(branch).type === 'object')) {
        rules.set(path, inner);
        const fields = new Map<string, CmsField>();
        for (const branch of branches) {
          for (const field of objectFields(branch, path, rules)) {
            const known = fields.get(field.name);
            if (known?.options && field.options) known.options = [...new Set([...known.options, ...field.options])];
            else if (!known) fields.set(field.name, field);
          }
        }
        for (const field of fields.values())
          if (!branches.every((branch) => field.name in shapeOf(branch) && !unwrap(shapeOf(branch)[field.name]!).optional))
            field.required = false;
        return { ...base, widget: 'object', collapsed: false, fields: [...fields.values()] };
      }
      return checked('yaml');
    }
    default:
      // record and what else the CMS has no form for: the value as YAML text, checked with its schema.
      return checked('yaml');
  }
}

function hasFormat(schema: z.ZodType): boolean {
  const checks = (schema as unknown as { def: { checks?: { _zod: { def: { check: string } } }[] } }).def.checks ?? [];
  return checks.some((check) => check._zod.def.check === 'string_format');
}

/** A number schema with .int(): only whole numbers. */
function isWhole(schema: z.ZodType): boolean {
  const checks = (schema as unknown as { def: { checks?: { _zod: { def: { check: string; format?: string } } }[] } }).def.checks ?? [];
  return checks.some((check) => check._zod.def.check === 'number_format' && /int/.test(check._zod.def.format ?? ''));
}

function minItems(schema: z.ZodType): number | undefined {
  const checks = (schema as unknown as { def: { checks?: { _zod: { def: { check: string; minimum?: number } } }[] } }).def.checks ?? [];
  return checks.find((check) => check._zod.def.check === 'min_length')?._zod.def.minimum;
}
