// `npm run schemas`: writes the JSON Schemas of the content files to .vscode/schemas/, wires them
// up in .vscode/settings.json (VS Code checks content while you type), and refreshes the field
// reference in docs/content.md from the schemas' descriptions, and its list of rules (src/validation/rules.ts).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { editorSchemaFiles, vscodeYamlSettings } from '../src/validation/editor-schemas.ts';
import { withFieldReference } from '../src/validation/field-reference.ts';
import { withRulesReference } from '../src/validation/rules-reference.ts';

mkdirSync('.vscode/schemas', { recursive: true });
for (const [name, json] of Object.entries(editorSchemaFiles())) writeFileSync(`.vscode/schemas/${name}`, json);
writeFileSync(
  '.vscode/settings.json',
  `${JSON.stringify({ 'yaml.schemas': vscodeYamlSettings(), 'files.associations': { '*.md': 'markdown' } }, null, 2)}\n`,
);
writeFileSync(
  '.vscode/extensions.json',
  `${JSON.stringify({ recommendations: ['redhat.vscode-yaml', 'astro-build.astro-vscode'] }, null, 2)}\n`,
);
const GUIDE = 'docs/content.md';
writeFileSync(GUIDE, withRulesReference(withFieldReference(readFileSync(GUIDE, 'utf8'))));
console.log(`Wrote the field reference and the list of rules in ${GUIDE}`);
console.log(`Wrote ${Object.keys(editorSchemaFiles()).length} schemas to .vscode/schemas/ and .vscode/settings.json`);
