import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { loadMarkdown, loadYamlList } from '../../src/validation/load-file.ts';

const item = z.strictObject({ id: z.string() });
const list = z.array(item);
const expected = 'verwacht bovenaan de regel "bronnen:" en daaronder de lijst, elk item met "- id:"; ';

describe('loadYamlList', () => {
  it('reads the list under its key', () => {
    const result = loadYamlList('bronnen.yaml', 'bronnen:\n  - id: a\n', 'bronnen', list);
    expect(result.ok && result.value.data).toEqual([{ id: 'a' }]);
  });

  it.each([
    ['- id: a\n', 'de lijst staat nu zonder die regel'],
    ['iets:\n  - id: a\n', 'gevonden "iets:"'],
    ['andere: 1\nbronnen:\n  - id: a\n', 'gevonden "andere:", "bronnen:"'],
    ['42\n', 'gevonden iets anders'],
    ['{}\n', 'gevonden iets anders'],
  ])('refuses %j without the one key', (source, end) => {
    expect(loadYamlList('bronnen.yaml', source, 'bronnen', list)).toEqual({
      ok: false,
      errors: [{ file: 'bronnen.yaml', line: 1, column: 1, rule: 'lijst', message: expected + end }],
    });
  });

  it('places an error in an item on the item, as in the list itself', () => {
    const result = loadYamlList('bronnen.yaml', 'bronnen:\n  - id: a\n  - id: 5\n', 'bronnen', list);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.map(({ line, column, field }) => ({ line, column, field }))).toEqual([
      { line: 3, column: 9, field: '[1].id' },
    ]);
  });

  it('places an unknown field on its key', () => {
    const result = loadYamlList('bronnen.yaml', 'bronnen:\n  - id: a\n    extra: 1\n', 'bronnen', list);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.map(({ line, column }) => ({ line, column }))).toEqual([{ line: 3, column: 5 }]);
  });

  it('reports a YAML syntax error as such', () => {
    const result = loadYamlList('bronnen.yaml', 'bronnen:\n  - id: "a\n', 'bronnen', list);
    expect(!result.ok && result.errors.map(({ rule, line }) => ({ rule, line }))).toEqual([{ rule: 'yaml', line: 3 }]);
  });
});

describe('loadMarkdown', () => {
  const schema = z.strictObject({ titel: z.string() });
  const missing = {
    ok: false,
    errors: [
      {
        file: 'a.md',
        line: 1,
        column: 1,
        rule: 'frontmatter',
        message: 'de gegevens bovenaan (frontmatter) ontbreken; begin het bestand met een regel "---", dan de velden, dan weer "---"',
      },
    ],
  };

  it('needs the frontmatter at the very start', () => {
    expect(loadMarkdown('a.md', 'x\n---\ntitel: a\n---\nTekst.\n', schema)).toEqual(missing);
    expect(loadMarkdown('a.md', 'titel: a\nTekst.\n', schema)).toEqual(missing);
  });

  it('accepts frontmatter that ends the file without a newline when no text is needed', () => {
    const result = loadMarkdown('a.md', '---\ntitel: a\n---', schema, { bodyRequired: false });
    expect(result.ok && { data: result.value.data, body: result.value.body, bodyLine: result.value.bodyLine }).toEqual({
      data: { titel: 'a' },
      body: '',
      bodyLine: 3,
    });
  });

  it('gives the body and the line it starts on', () => {
    const result = loadMarkdown('a.md', '---\ntitel: a\n---\nTekst.\n', schema);
    expect(result.ok && { body: result.value.body, bodyLine: result.value.bodyLine }).toEqual({ body: 'Tekst.\n', bodyLine: 4 });
  });
});
