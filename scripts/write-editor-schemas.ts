// `npm run schemas`: writes the JSON Schemas of the content files to .vscode/schemas/ and wires
// them up in .vscode/settings.json, so VS Code (YAML extension) checks content while you type.
import { mkdirSync, writeFileSync } from 'node:fs';
import { editorSchemaFiles, vscodeYamlSettings } from '../src/validation/editor-schemas.ts';

mkdirSync('.vscode/schemas', { recursive: true });
for (const [name, json] of Object.entries(editorSchemaFiles())) writeFileSync(`.vscode/schemas/${name}`, json);
writeFileSync(
  '.vscode/settings.json',
  `${JSON.stringify({ 'yaml.schemas': vscodeYamlSettings(), 'files.associations': { '*.md': 'markdown' } }, null, 2)}\n`,
);
writeFileSync('.vscode/extensions.json', `${JSON.stringify({ recommendations: ['redhat.vscode-yaml', 'astro-build.astro-vscode'] }, null, 2)}\n`);
console.log(`Wrote ${Object.keys(editorSchemaFiles()).length} schemas to .vscode/schemas/ and .vscode/settings.json`);
