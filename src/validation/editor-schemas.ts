import { z } from 'astro/zod';
import { fileSchema, KIND_KEYS, kindOf, pathGlob, type AnyKind } from '../content-kinds.ts';

/**
 * JSON Schemas of the YAML content files, generated from the zod schemas, for editors: VS Code
 * with the YAML extension completes and checks these files as staff type. `npm run schemas`
 * writes them to .vscode/schemas/; a test fails when the written files are out of date. One per
 * kind of content in YAML (src/content-kinds.ts); Markdown frontmatter has no such check.
 */
export const EDITOR_SCHEMAS = KIND_KEYS.map(kindOf)
  .filter((kind) => kind.format !== 'markdown')
  .map((kind) => ({ name: schemaName(kind), files: [pathGlob(kind)], schema: fileSchema(kind) }));

/** Named after its file ("jaar" for <jaar>/jaar.yaml), or after its folder when files are named freely ("pijlers"). */
function schemaName(kind: AnyKind): string {
  const parts = kind.path.replace(/\.[a-z]+$/, '').split('/');
  const last = parts.at(-1) ?? '';
  return /^<[a-z]+>$/.test(last) ? (parts.at(-2) ?? last) : last;
}

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
