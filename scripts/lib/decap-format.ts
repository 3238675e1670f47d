/**
 * How the browser CMS (Decap CMS, /beheer/) writes a content file: its YAML library and its
 * frontmatter code, the versions Decap itself uses (required from decap-cms-core), with the keys
 * in the order of the CMS fields, which is the order of the schema (src/validation/cms-config.ts).
 * `npm run normaliseer` writes every content file this way once, so that a save in the CMS changes
 * only the lines of the fields the editor changed (tests/unit/decap-format.test.ts).
 */
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { kindOf, type KindKey } from '../../src/content-kinds.ts';
import { shapeOf } from '../../src/validation/cms-config.ts';

const fromDecap = createRequire(createRequire(fileURLToPath(import.meta.url)).resolve('decap-cms-core'));

interface YamlV1 {
  parseDocument(source: string, options?: object): { errors: { message: string }[]; toJSON(): unknown };
  createNode(value: unknown): { items: { key?: { toString(): string } }[] };
  Document: new () => { contents: unknown; toString(): string };
}
interface GrayMatter {
  (source: string, options: object): { data: Record<string, unknown>; content: string };
  stringify(body: string, data: object, options: object): string;
}
const yaml = fromDecap('yaml') as YamlV1;
const matter = fromDecap('gray-matter') as GrayMatter;
const immutable = fromDecap('immutable') as { fromJS(value: unknown): { toJS(): unknown } };

/**
 * The data as the CMS holds it: an Immutable.js Map, whose order is the file's up to eight keys and
 * its own (by hash) beyond; the CMS writes the top level in the order of its fields, a group within
 * in the Map's order. (Only a few groups of key figures have more than eight fields.)
 */
const asTheCmsHoldsIt = <T>(data: T): T => immutable.fromJS(data).toJS() as T;

/** Decap's YAML reading (decap-cms-core/src/formats/yaml.ts, fromFile). */
function fromYaml(source: string): Record<string, unknown> {
  let content = source;
  if (content && content.trim().endsWith('---')) content = content.trim().slice(0, -3);
  const doc = yaml.parseDocument(content, { prettyErrors: true });
  if (doc.errors.length > 0) throw new Error(`YAML parsing error: ${doc.errors.map((error) => error.message).join('\n')}`);
  return doc.toJSON() as Record<string, unknown>;
}

/** Decap's YAML writing (toFile): the top-level keys in the order of the fields. */
function toYaml(data: object, sortedKeys: readonly string[]): string {
  const contents = yaml.createNode(data);
  contents.items.sort((a, b) => {
    const first = sortedKeys.indexOf(a.key?.toString() ?? '');
    const second = sortedKeys.indexOf(b.key?.toString() ?? '');
    if (first === -1 || second === -1) return 0;
    return first - second;
  });
  const doc = new yaml.Document();
  doc.contents = contents;
  return doc.toString();
}

const engines = {
  yaml: {
    parse: (input: string) => fromYaml(input),
    stringify: (data: object, options?: { sortedKeys?: string[] }) => toYaml(data, options?.sortedKeys ?? []),
  },
};

/** The top-level keys of a kind's file, in the order the CMS writes them. */
export function fieldOrder(key: KindKey): string[] {
  const kind = kindOf(key);
  if (kind.format === 'list') return [kind.collection];
  return [...Object.keys(shapeOf(kind.schema)), ...(kind.format === 'markdown' ? ['body'] : [])];
}

/** The file as the CMS writes it when it saves the entry unchanged. */
export function decapFormat(key: KindKey, source: string): string {
  const kind = kindOf(key);
  const order = fieldOrder(key);
  if (kind.format !== 'markdown') return toYaml(asTheCmsHoldsIt(fromYaml(source)), order);
  // decap-cms-core/src/formats/frontmatter.ts (FrontmatterFormatter, language yaml).
  const parsed = matter(source, { engines, language: 'yaml', delimiters: '---' });
  const data: Record<string, unknown> = asTheCmsHoldsIt({ ...parsed.data, ...(parsed.content.trim() ? { body: parsed.content } : {}) });
  const { body = '', ...meta } = data as { body?: string };
  const trimLastLineBreak = body.slice(-1) !== '\n';
  const file = matter.stringify(body, meta, { engines, sortedKeys: order, language: 'yaml', delimiters: '---' });
  return trimLastLineBreak && file.slice(-1) === '\n' ? file.slice(0, -1) : file;
}
