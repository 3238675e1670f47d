import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { editorSchemaFiles, vscodeYamlSettings } from '../../src/validation/editor-schemas.ts';
import { withFieldReference } from '../../src/validation/field-reference.ts';
import { RULES } from '../../src/validation/rules.ts';
import { withRulesReference } from '../../src/validation/rules-reference.ts';

describe('editor schemas', () => {
  it('are up to date with the zod schemas (run `npm run schemas` after changing a schema)', () => {
    for (const [name, json] of Object.entries(editorSchemaFiles())) {
      expect(readFileSync(`.vscode/schemas/${name}`, 'utf8'), name).toBe(json);
    }
    const settings = JSON.parse(readFileSync('.vscode/settings.json', 'utf8')) as { 'yaml.schemas': unknown };
    expect(settings['yaml.schemas']).toEqual(vscodeYamlSettings());
  });

  it('carry the Dutch field descriptions and forbid unknown fields', () => {
    const jaar = JSON.parse(editorSchemaFiles()['jaar.schema.json'] ?? '{}') as {
      properties: Record<string, { description?: string }>;
      additionalProperties: boolean;
      required: string[];
    };
    expect(jaar.properties.jaar?.description).toBe('Het begrotingsjaar; gelijk aan de mapnaam.');
    expect(jaar.additionalProperties).toBe(false);
    expect(jaar.required).toEqual(expect.arrayContaining(['jaar', 'titel', 'inleiding', 'bron']));
  });
});

describe('content guide', () => {
  it('has the field reference of the current schemas (run `npm run schemas` after changing a schema)', () => {
    const guide = readFileSync('docs/content.md', 'utf8');
    expect(guide).toBe(withFieldReference(guide));
    expect(guide).toContain("| `bijdrage` | heel getal | ja | Wat de gemeenten samen bijdragen, in hele euro's (18165000). |");
    expect(guide).toContain('| `bron.document` | tekst | ja |');
  });

  it('lists every rule an error can end with, with its meaning and fix (run `npm run schemas` after changing a rule)', () => {
    const guide = readFileSync('docs/content.md', 'utf8');
    expect(guide).toBe(withRulesReference(guide));
    for (const name of Object.keys(RULES)) expect(guide, name).toContain(`| \`[${name}]\` |`);
    expect(guide).toContain("| `[bedrag]` | Een bedrag is een heel aantal euro's van 0 of meer");
  });
});

describe('the rules', () => {
  it('are each used by a check: no rule is listed for staff that no error can name', () => {
    const checks = readdirSync('src/validation')
      .filter((file) => file.endsWith('.ts') && !file.startsWith('rules'))
      .map((file) => readFileSync(`src/validation/${file}`, 'utf8'))
      .join('\n');
    const unused = Object.keys(RULES).filter((name) => !checks.includes(`'${name}'`));
    expect(unused).toEqual([]);
  });
});
