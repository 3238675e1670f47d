import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { fileSchema, KIND_KEYS, kindOf } from '../../src/content-kinds.ts';
import { cmsConfig, type CmsCollection, type CmsConfig, type CmsField } from '../../src/validation/cms-config.ts';
import { fieldError, typedNumber, withoutEmpty } from '../../src/browser/cms-widgets.ts';

const files = (readdirSync('content', { recursive: true }) as string[]).map((name) => name.split('\\').join('/'));
// Built anew in each test, not when the file loads: Stryker (npm run bench:mutatie) only sees code that runs in a test.
const site = () => cmsConfig({ files, repository: 'voorbeeld/twente-begroting', branch: 'main' });
/** With one file of every kind (the real content has no bijdragen.yaml), so every kind has its form. */
const everyKind = () =>
  cmsConfig({
    files: KIND_KEYS.map((key) =>
      kindOf(key)
        .path.replace('<jaar>', '2099')
        .replace(/<(?:naam|document)>/, 'voorbeeld'),
    ),
    repository: 'voorbeeld/twente-begroting',
    branch: 'main',
  }).config;

type JsonSchema = {
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  additionalProperties?: JsonSchema | boolean;
};

/**
 * Every field path of a schema, read from its JSON Schema (not from the generator's own walk over
 * zod): "bron", "bron.document", "uitvoerders[]", "deelnemers.gemeenten"; a group per id is "x{}".
 */
function schemaPaths(node: JsonSchema, prefix = ''): string[] {
  const own = Object.entries(node.properties ?? {}).flatMap(([name, child]) => {
    const path = prefix ? `${prefix}.${name}` : name;
    return [path, ...schemaPaths(child, path)];
  });
  const items = node.items ? [`${prefix}[]`, ...schemaPaths(node.items, `${prefix}[]`)] : [];
  const branches = [...(node.anyOf ?? []), ...(node.oneOf ?? [])].flatMap((branch) => schemaPaths(branch, prefix));
  const record =
    typeof node.additionalProperties === 'object' ? [`${prefix}{}`, ...schemaPaths(node.additionalProperties, `${prefix}{}`)] : [];
  return [...own, ...items, ...branches, ...record];
}

/** Every field path the CMS form edits; a `yaml` field edits everything under it. */
function cmsPaths(fields: readonly CmsField[], prefix = ''): { paths: string[]; whole: string[] } {
  const paths: string[] = [];
  const whole: string[] = [];
  for (const field of fields) {
    const path = prefix ? `${prefix}.${field.name}` : field.name;
    paths.push(path);
    if (field.widget === 'yaml') whole.push(path);
    if (field.widget === 'relation' && field.multiple) paths.push(`${path}[]`);
    if (field.widget === 'object' && field.fields) merge(cmsPaths(field.fields, path));
    if (field.widget === 'list') {
      paths.push(`${path}[]`);
      if (field.fields) merge(cmsPaths(field.fields, `${path}[]`));
      if (field.field?.fields) merge(cmsPaths(field.field.fields, `${path}[]`));
      if (field.field?.widget === 'yaml') whole.push(`${path}[]`);
    }
  }
  return { paths, whole };
  function merge(inner: { paths: string[]; whole: string[] }) {
    paths.push(...inner.paths);
    whole.push(...inner.whole);
  }
}

/** The form of each kind: a folder collection's fields or a file's fields; every year has the same. */
function formsOf(cms: CmsConfig): Map<string, CmsField[]> {
  const forms = new Map<string, CmsField[]>();
  const add = (collection: CmsCollection) => {
    for (const file of collection.files ?? []) forms.set(file.file.replace(/\d{4}/, '<jaar>'), file.fields);
    if (collection.folder && collection.fields) forms.set(`${collection.folder.replace(/\d{4}/, '<jaar>')}/`, collection.fields);
  };
  cms.collections.forEach(add);
  return forms;
}

/** The schema paths of each kind that its CMS form does not edit. */
function missingFields(cms: CmsConfig): string[] {
  const forms = formsOf(cms);
  return KIND_KEYS.map(kindOf).flatMap((kind) => {
    const folder = `content/${kind.path.slice(0, kind.path.lastIndexOf('/') + 1)}`;
    const form = forms.get(`content/${kind.path}`) ?? forms.get(folder);
    if (!form) return [`${kind.path}: no form`];
    const { paths, whole } = cmsPaths(form);
    const json = z.toJSONSchema(fileSchema(kind), { io: 'input', unrepresentable: 'any' }) as JsonSchema;
    return schemaPaths(json)
      .filter(
        (path) =>
          !paths.includes(path) &&
          !whole.some((top) => path.startsWith(`${top}.`) || path.startsWith(`${top}[`) || path.startsWith(`${top}{`)),
      )
      .map((path) => `${kind.path}: ${path}`);
  });
}

const field = (collection: string, name: string, file?: string): CmsField | undefined => {
  const found = site().config.collections.find((candidate) => candidate.name === collection);
  const fields = file ? found?.files?.find((candidate) => candidate.name === file)?.fields : found?.fields;
  return name
    .split('.')
    .reduce<CmsField | undefined>(
      (at, part, index) => (index === 0 ? fields : at?.fields)?.find((candidate) => candidate.name === part),
      undefined,
    );
};

describe('the CMS configuration made from the registry and the schemas', () => {
  it('has a form field for every field of every schema', () => {
    expect(missingFields(everyKind())).toEqual([]);
  });

  it('notices a schema field without a form field', () => {
    const withoutContribution = structuredClone(everyKind());
    const domains = withoutContribution.collections.find((collection) => collection.name === 'domeinen-2099');
    domains!.fields = domains!.fields!.filter((candidate) => candidate.name !== 'bijdrage');
    expect(missingFields(withoutContribution)).toEqual(['<jaar>/domeinen/<naam>.md: bijdrage']);
  });

  it('has a collection for every kind in every year folder that has its files, and nothing else', () => {
    expect(site().config.collections.map((collection) => collection.name)).toEqual([
      'domeinen-2020',
      'coalities-2017',
      'coalities-2020',
      'jaar-2015',
      'jaar-2017',
      'jaar-2020',
      'jaar-2024',
      'jaar-2025',
      'themas-2025',
      'agenda-2017',
      'pijlers-2024',
      'documenten',
      'cijfers',
      'lijsten',
      'algemeen',
      'paginas',
    ]);
    expect(
      site()
        .config.collections.find((collection) => collection.name === 'jaar-2020')
        ?.files?.map((file) => file.file),
    ).toEqual(['content/2020/jaar.yaml', 'content/2020/inwoners.yaml']);
  });

  it('chooses widgets by the schema: whole euros, choices, references with names, optional fields', () => {
    expect(field('domeinen-2020', 'bijdrage')).toMatchObject({
      widget: 'getal',
      geheel: true,
      regel: 'domains.bijdrage',
      label: 'Bijdrage',
    });
    expect(field('domeinen-2020', 'bijdrage')?.required).toBeUndefined();
    expect(field('domeinen-2020', 'volledigeNaam')).toMatchObject({ label: 'Volledige naam', required: false });
    expect(field('domeinen-2020', 'uitvoerders')).toMatchObject({
      widget: 'relation',
      multiple: true,
      min: 1,
      collection: 'lijsten',
      file: 'organisaties',
      value_field: 'organisaties.*.id',
      display_fields: ['organisaties.*.naam'],
    });
    expect(field('domeinen-2020', 'bron.document')).toMatchObject({
      widget: 'relation',
      file: 'bronnen',
      display_fields: ['bronnen.*.titel'],
    });
    expect(field('domeinen-2020', 'bron.sectie')?.required).toBeUndefined();
    expect(field('cijfers', 'blokken')?.fields?.find((candidate) => candidate.name === 'soort')).toMatchObject({
      widget: 'select',
      options: ['reeks', 'verdeling'],
    });
    expect(field('domeinen-2020', 'body')).toMatchObject({ widget: 'markdown', modes: ['raw'], required: true });
    expect(field('domeinen-2020', 'jaar')?.hint).toBe('Het begrotingsjaar; gelijk aan de map waarin het bestand staat.');
    // A group per municipality has no form of its own: YAML, checked with its schema.
    expect(field('jaar-2020', 'gemeenten', 'inwoners')).toMatchObject({ widget: 'yaml', required: false });
  });

  it('keeps the fields in the order of the schema, the order in which the CMS writes them', () => {
    expect(
      site()
        .config.collections.find((collection) => collection.name === 'domeinen-2020')
        ?.fields?.map((candidate) => candidate.name),
    ).toEqual([
      'jaar',
      'volgorde',
      'titel',
      'volledigeNaam',
      'kernzin',
      'samenvatting',
      'uitvoerders',
      'bijdrage',
      'zoektermen',
      'bron',
      'oudeAdressen',
      'body',
    ]);
  });

  it('makes a list file one list field under its key, each item summarised by its term or name and id', () => {
    const glossary = field('lijsten', 'begrippen', 'begrippen');
    expect(glossary).toMatchObject({ widget: 'list', summary: '{{fields.term}} ({{fields.id}})' });
    // The source of a term is optional: its fields are optional in the form; check:content asks for both when it is there.
    expect(glossary?.fields?.find((candidate) => candidate.name === 'bron')?.fields?.map((candidate) => candidate.required)).toEqual([
      false,
      false,
    ]);
  });

  it('uses the editorial workflow (a pull request per change) and the Dutch interface', () => {
    expect(site().config).toMatchObject({
      locale: 'nl',
      publish_mode: 'editorial_workflow',
      backend: { name: 'github', repo: 'voorbeeld/twente-begroting' },
    });
  });
});

describe('the form checks a value with its schema, with the message of check:content', () => {
  it('refuses a word in an amount, naming the rule', () => {
    const money = site().rules.get('domains.bijdrage')!;
    expect(fieldError(money, typedNumber('veel'))).toBe(
      'verwacht een heel bedrag in euro\'s, gevonden "veel" (schrijf het hele getal zonder punten, komma\'s of woorden als "miljoen", bijvoorbeeld 18165000) [bedrag]',
    );
    expect(fieldError(money, typedNumber('18.165.000'))).toBe(
      'verwacht een heel bedrag in euro\'s, gevonden "18.165.000" (schrijf 18165000) [bedrag]',
    );
    expect(fieldError(money, typedNumber('-1'))).toBe(
      'verwacht een bedrag van 0 of meer, gevonden -1 (een bedrag of aantal is nooit negatief; controleer het getal in de bron) [bedrag]',
    );
    expect(fieldError(money, typedNumber(' 18165000 '))).toBeUndefined();
  });

  it('refuses an id with capitals and a date that does not exist', () => {
    expect(fieldError(site().rules.get('sources.datum')!, '2017-06-31')).toBe(
      'deze datum bestaat niet, gevonden "2017-06-31" (controleer maand en dag) [datum]',
    );
    expect(fieldError(site().rules.get('sources.id')!, 'Almelo')).toBe(
      'verwacht een id van kleine letters, cijfers en streepjes, gevonden "Almelo" (schrijf almelo) [id]',
    );
  });
});

describe('before a save, emptied fields go', () => {
  it('leaves out an emptied field and an emptied group, keeps list items, order and everything else', () => {
    // The Immutable.js that Decap CMS itself uses.
    const { fromJS } = createRequire(createRequire(import.meta.url).resolve('decap-cms-core'))('immutable') as {
      fromJS(value: unknown): unknown;
    };
    const data = fromJS({
      titel: 'Gezondheid',
      volledigeNaam: undefined,
      kernzin: '',
      bron: { document: null, sectie: '' },
      lijst: ['a', 'b'],
      bijdrage: 0,
    });
    const cleaned = withoutEmpty(data) as { toJS(): unknown };
    expect(JSON.stringify(cleaned.toJS())).toBe(JSON.stringify({ titel: 'Gezondheid', lijst: ['a', 'b'], bijdrage: 0 }));
  });
});
