import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { cmsConfig, cmsField } from '../../src/validation/cms-config.ts';

// Small hand-made schemas through the field builder, with the CMS fields written out: what the form shows for each kind of zod field.

describe('cmsField', () => {
  it('gives a required text field no required key, and a long text a text area', () => {
    const rules = new Map<string, z.ZodType>();
    const schema = z.string().describe('De naam.');
    expect(cmsField('volledigeNaam', schema, 'x.volledigeNaam', rules)).toEqual({
      name: 'volledigeNaam',
      label: 'Volledige naam',
      widget: 'tekst',
      hint: 'De naam.',
      regel: 'x.volledigeNaam',
      meerdere_regels: true,
    });
    expect(rules.get('x.volledigeNaam')).toBe(schema);
  });

  it('unwraps a nullable field to its inner schema and makes it not required', () => {
    const rules = new Map<string, z.ZodType>();
    const inner = z.string().max(20);
    expect(cmsField('a', inner.nullable(), 'p.a', rules)).toEqual({
      name: 'a',
      label: 'A',
      widget: 'tekst',
      required: false,
      regel: 'p.a',
    });
    expect(rules.get('p.a')).toBe(inner);
  });

  it('unwraps an optional field, keeping the description of the inner schema', () => {
    const rules = new Map<string, z.ZodType>();
    const inner = z.number().int().describe('Het aantal.');
    expect(cmsField('aantal', inner.optional(), 'p.aantal', rules)).toEqual({
      name: 'aantal',
      label: 'Aantal',
      widget: 'getal',
      hint: 'Het aantal.',
      required: false,
      regel: 'p.aantal',
      geheel: true,
    });
    expect(rules.get('p.aantal')).toBe(inner);
  });

  it('unwraps an optional nullable field', () => {
    const rules = new Map<string, z.ZodType>();
    expect(cmsField('b', z.boolean().nullable().optional(), 'p.b', rules)).toEqual({
      name: 'b',
      label: 'B',
      widget: 'boolean',
      required: false,
    });
  });

  it('makes a literal a select with its values as text', () => {
    const rules = new Map<string, z.ZodType>();
    expect(cmsField('soort', z.literal(['a', 'b']), 'p.soort', rules)).toEqual({
      name: 'soort',
      label: 'Soort',
      widget: 'select',
      options: ['a', 'b'],
    });
    expect(cmsField('versie', z.literal(2), 'p.versie', rules)).toEqual({
      name: 'versie',
      label: 'Versie',
      widget: 'select',
      options: ['2'],
    });
  });

  it('makes a union of groups one group with the fields of every branch', () => {
    const rules = new Map<string, z.ZodType>();
    const schema = z.discriminatedUnion('soort', [
      z.object({ soort: z.literal('a'), x: z.number().int(), z: z.boolean() }),
      z.object({ soort: z.literal('b'), x: z.number(), z: z.boolean().optional(), w: z.boolean(), y: z.boolean().optional() }),
    ]);
    expect(cmsField('verdeling', schema, 'v', rules)).toEqual({
      name: 'verdeling',
      label: 'Verdeling',
      widget: 'object',
      collapsed: false,
      fields: [
        { name: 'soort', label: 'Soort', widget: 'select', options: ['a', 'b'] },
        { name: 'x', label: 'X', widget: 'getal', regel: 'v.x', geheel: true },
        { name: 'z', label: 'Z', widget: 'boolean', required: false },
        { name: 'w', label: 'W', widget: 'boolean', required: false },
        { name: 'y', label: 'Y', widget: 'boolean', required: false },
      ],
    });
    expect([...rules.keys()]).toEqual(['v', 'v.x']);
    expect(rules.get('v')).toBe(schema);
  });

  it('makes a union of other kinds a YAML field checked with its schema', () => {
    const rules = new Map<string, z.ZodType>();
    const schema = z.union([z.string(), z.number()]);
    expect(cmsField('waarde', schema, 'p.waarde', rules)).toEqual({ name: 'waarde', label: 'Waarde', widget: 'yaml', regel: 'p.waarde' });
    expect(rules.get('p.waarde')).toBe(schema);
  });
});

describe('cmsConfig', () => {
  it('signs in through the OAuth proxy when one is given', () => {
    const { config } = cmsConfig({ files: [], repository: 'eigenaar/repo', branch: 'tak', authBaseUrl: 'https://inloggen.example' });
    expect(config.backend).toEqual({
      name: 'github',
      repo: 'eigenaar/repo',
      branch: 'tak',
      squash_merges: true,
      base_url: 'https://inloggen.example',
      auth_endpoint: 'auth',
    });
  });

  it('signs in through GitHub itself without a proxy', () => {
    const { config } = cmsConfig({ files: [], repository: 'eigenaar/repo', branch: 'tak' });
    expect(config.backend).toEqual({ name: 'github', repo: 'eigenaar/repo', branch: 'tak', squash_merges: true });
  });

  it("groups a year's single files in one collection named after the year", () => {
    const { config } = cmsConfig({ files: ['2021/jaar.yaml'], repository: 'eigenaar/repo', branch: 'tak' });
    const year = config.collections.find((collection) => collection.name === 'jaar-2021');
    expect(year).toMatchObject({
      name: 'jaar-2021',
      label: 'Jaar 2021',
      description: 'De teksten en cijfers van 2021 die in één bestand per jaar staan.',
    });
    expect(year?.files?.map((file) => file.file)).toEqual(['content/2021/jaar.yaml']);
  });
});
