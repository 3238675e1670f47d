import { describe, expect, it } from 'vitest';
import { REFERENCE_END, REFERENCE_START, rows, withFieldReference } from '../../src/validation/field-reference.ts';
import { RULES_END, RULES_START, withRulesReference } from '../../src/validation/rules-reference.ts';

// The field reference of the content guide from small hand-made JSON Schemas, with the table rows written out.

describe('rows', () => {
  it('names each kind of field in Dutch, with nested groups as groep.veld', () => {
    const table = rows({
      required: ['a'],
      properties: {
        a: { type: 'string', description: 'x | y' },
        g: { type: 'object', properties: { b: { type: 'integer' } }, required: ['b'] },
        r: { type: 'object', additionalProperties: { type: 'string' } },
        l: { type: 'array', items: { type: 'object', properties: { q: { type: 'number' } } } },
        m: { type: 'array' },
        t: { type: ['string', 'null'] },
        k: {
          anyOf: [
            { type: 'string', enum: ['geen'] },
            { type: 'object', properties: { c: { type: 'boolean' } } },
            { properties: { n: { type: 'string' } } },
          ],
        },
        o: { oneOf: [{ type: 'object', properties: { d: { type: 'string' } } }] },
        p: { properties: { z: { type: 'string' } } },
        i: { items: { properties: { s: { type: 'string' } } } },
      },
    });
    expect(table).toEqual([
      '| `a` | tekst | ja | x \\| y |',
      '| `g` | groep velden | nee |  |',
      '| `g.b` | heel getal | ja |  |',
      '| `r` | groep per id | nee |  |',
      '| `l` | lijst van groep velden | nee |  |',
      '| `l[].q` | getal | nee |  |',
      '| `m` | lijst van waarden | nee |  |',
      '| `t` | tekst of null | nee |  |',
      '| `k` | een van: geen of groep velden of waarde | nee |  |',
      '| `k.c` | ja/nee (true/false) | nee |  |',
      '| `o` | groep velden | nee |  |',
      '| `o.d` | tekst | nee |  |',
      '| `p` | waarde | nee |  |',
      '| `i` | waarde | nee |  |',
    ]);
  });
});

describe('withFieldReference', () => {
  it('refuses a guide without both markers', () => {
    const message = 'The field list markers are missing from docs/content.md';
    expect(() => withFieldReference('geen lijst')).toThrow(message);
    expect(() => withFieldReference(`a\n${REFERENCE_START}\nb`)).toThrow(message);
    expect(() => withFieldReference(`a\n${REFERENCE_END}\nb`)).toThrow(message);
  });

  it('replaces what is between the markers and keeps the rest', () => {
    const guide = withFieldReference(`voor\n${REFERENCE_START}\noude lijst\n${REFERENCE_END}\nna`);
    expect(guide.startsWith(`voor\n${REFERENCE_START}\n\n### `)).toBe(true);
    expect(guide.endsWith(`\n${REFERENCE_END}\nna`)).toBe(true);
    expect(guide).not.toContain('oude lijst');
  });
});

describe('withRulesReference', () => {
  it('refuses a guide without both markers', () => {
    const message = 'The rule list markers are missing from docs/content.md';
    expect(() => withRulesReference('geen lijst')).toThrow(message);
    expect(() => withRulesReference(`a\n${RULES_START}\nb`)).toThrow(message);
    expect(() => withRulesReference(`a\n${RULES_END}\nb`)).toThrow(message);
  });

  it('replaces what is between the markers and keeps the rest', () => {
    const guide = withRulesReference(`voor\n${RULES_START}\noude regels\n${RULES_END}\nna`);
    expect(guide.startsWith(`voor\n${RULES_START}\n\n| Regel | Betekenis | Zo lost u het op |\n|---|---|---|\n| \``)).toBe(true);
    expect(guide.endsWith(` |\n\n${RULES_END}\nna`)).toBe(true);
    expect(guide).not.toContain('oude regels');
  });
});
