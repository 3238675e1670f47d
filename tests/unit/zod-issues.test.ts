import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { ID_PATTERN, PERIOD_PATTERN } from '../../src/schemas/common.ts';
import { ERROR } from '../../src/schemas/messages.ts';
import type { ParsedYaml } from '../../src/validation/parse-yaml.ts';
import { zodIssuesToErrors } from '../../src/validation/zod-issues.ts';

type Issue = z.core.$ZodIssue;

// Hand-made schemas and values: each message below is written out as a staff member must see it.
function parsedOf(data: unknown): ParsedYaml {
  return { data, positionOf: () => ({ line: 4, column: 7 }), keyPositionOf: () => ({ line: 5, column: 3 }) };
}

/** The messages for `data` checked by `schema`, or for hand-made `issues`, as `field: message [rule]`. */
function messages(schema: z.ZodType, data: unknown, issues?: Issue[]): string[] {
  const result = schema.safeParse(data);
  const found = issues ?? result.error?.issues ?? [];
  return zodIssuesToErrors(found, data, parsedOf(data), schema, 'content/a.yaml').map(
    (error) => `${error.field}: ${error.message} [${error.rule}]`,
  );
}

describe('zod issues as Dutch messages', () => {
  it('report the union alternative that got furthest, and the first of two that got as far', () => {
    const deepFirst = z.object({ a: z.union([z.object({ b: z.object({ c: z.number() }) }), z.string()]) });
    expect(messages(deepFirst, { a: { b: { c: 'x' } } })).toEqual([
      'a.b.c: verwacht een getal, gevonden "x" (schrijf het hele getal zonder punten, komma\'s of woorden als "miljoen", bijvoorbeeld 18165000) [soort-waarde]',
    ]);
    const tie = z.object({ a: z.union([z.object({ b: z.number() }), z.object({ b: z.boolean() })]) });
    expect(messages(tie, { a: { b: 'x' } })).toEqual([
      'a.b: verwacht een getal, gevonden "x" (schrijf het hele getal zonder punten, komma\'s of woorden als "miljoen", bijvoorbeeld 18165000) [soort-waarde]',
    ]);
  });

  it('say a missing field is required, with what it expects', () => {
    const schema = z.object({ soort: z.enum(['a', 'b']), naam: z.string(), bron: z.object({ document: z.string() }) });
    expect(messages(schema, {})).toEqual([
      'soort: verplicht veld ontbreekt; verwacht een van: a, b [verplicht]',
      'naam: verplicht veld ontbreekt; verwacht een tekst [verplicht]',
      'bron: verplicht veld ontbreekt; elk cijfer noemt zijn bron: schrijf bron: met daaronder document: en sectie: [verplicht]',
    ]);
  });

  it("show zod's own text for a check without a Dutch message", () => {
    const schema = z.object({ naam: z.string().refine(() => false, { error: 'kapot' }) });
    expect(messages(schema, { naam: 'x' })).toEqual(['naam: ongeldige waarde (kapot), gevonden "x" [soort-waarde]']);
  });

  it('name the rule of a text or list that is too long or too short, whatever its message', () => {
    const schema = z.object({
      kort: z.string().min(3, { error: ERROR.id }),
      lang: z.string().max(3, { error: ERROR.id }),
      leeg: z.string().min(1, { error: ERROR.id }),
      lijst: z.array(z.string()).min(2, { error: ERROR.id }),
      lijst2: z.array(z.string()).min(1, { error: ERROR.id }),
    });
    expect(messages(schema, { kort: 'ab', lang: 'abcdef', leeg: '', lijst: ['a'], lijst2: [] })).toEqual([
      'kort: verwacht een id van kleine letters, cijfers en streepjes, gevonden "ab" [tekst]',
      'lang: de tekst is te lang: hoogstens 3 tekens, gevonden "abcdef" [tekst]',
      'leeg: verwacht een id van kleine letters, cijfers en streepjes; vul de tekst in [tekst]',
      'lijst: verwacht minstens 2 item(s) in de lijst, gevonden een lijst [lijst]',
      'lijst2: verwacht minstens 1 item(s) in de lijst, gevonden een lege lijst [lijst]',
    ]);
  });

  it('suggest quotes only for a number or yes/no that is valid as text', () => {
    const schema = z.object({
      jaar: z.string(),
      ja: z.string(),
      lijst: z.string(),
      cbs: z.string().regex(/^GM\d{4}$/),
      vlag: z.boolean(),
    });
    expect(messages(schema, { jaar: 2016, ja: true, lijst: ['x'], cbs: 153, vlag: 5 })).toEqual([
      'jaar: verwacht een tekst, gevonden 2016 (zet het tussen aanhalingstekens: "2016") [soort-waarde]',
      'ja: verwacht een tekst, gevonden true (zet het tussen aanhalingstekens: "true") [soort-waarde]',
      'lijst: verwacht een tekst, gevonden een lijst [soort-waarde]',
      'cbs: verwacht een tekst, gevonden 153 [soort-waarde]',
      'vlag: verwacht true of false, gevonden 5 (schrijf true of false) [soort-waarde]',
    ]);
  });

  it('find the field through lists, optional groups and a word-or-group choice', () => {
    const schema = z.object({
      lijst: z.array(z.string()),
      optioneel: z.object({ b: z.string() }).optional(),
      standaard: z.object({ b: z.string() }).default({ b: 'x' }),
      keuze: z.union([z.literal('geen'), z.object({ b: z.string() })]),
    });
    expect(messages(schema, { lijst: [2016], optioneel: { b: 2017 }, standaard: { b: 2018 }, keuze: { b: 2019 } })).toEqual([
      'lijst[0]: verwacht een tekst, gevonden 2016 (zet het tussen aanhalingstekens: "2016") [soort-waarde]',
      'optioneel.b: verwacht een tekst, gevonden 2017 (zet het tussen aanhalingstekens: "2017") [soort-waarde]',
      'standaard.b: verwacht een tekst, gevonden 2018 (zet het tussen aanhalingstekens: "2018") [soort-waarde]',
      'keuze.b: verwacht een tekst, gevonden 2019 (zet het tussen aanhalingstekens: "2019") [soort-waarde]',
    ]);
  });

  it('do not look for a list item in a group of fields', () => {
    const schema = z.object({ a: z.union([z.array(z.string()), z.object({ '0': z.string() })]) });
    expect(messages(schema, { a: [2016] })).toEqual(['a[0]: verwacht een tekst, gevonden 2016 [soort-waarde]']);
  });

  it('hint at a negative amount only for a minimum of 0', () => {
    const schema = z.object({
      bedrag: z.number().min(0, { error: ERROR.moneyNegative }),
      aantal: z.number().min(5, { error: ERROR.figure }),
    });
    expect(messages(schema, { bedrag: -1, aantal: 3 })).toEqual([
      'bedrag: verwacht een bedrag van 0 of meer, gevonden -1 (een bedrag of aantal is nooit negatief; controleer het getal in de bron) [bedrag]',
      'aantal: verwacht een getal van 0 of meer, zonder punten (641000) en met een punt voor decimalen (2.5), gevonden 3 [getal]',
    ]);
  });

  it('show how to write a number', () => {
    const schema = z.object({
      a: z.number({ error: ERROR.money }),
      b: z.number({ error: ERROR.money }),
      c: z.number({ error: ERROR.money }),
      d: z.number({ error: ERROR.money }),
      e: z.int({ error: ERROR.money }),
      f: z.number({ error: ERROR.money }),
    });
    expect(messages(schema, { a: '2016', b: ' 2017 ', c: '€ 18.165.000', d: 'ca 5', e: 1.5, f: true })).toEqual([
      'a: verwacht een heel bedrag in euro\'s, gevonden "2016" (schrijf 2016 zonder aanhalingstekens) [bedrag]',
      'b: verwacht een heel bedrag in euro\'s, gevonden " 2017 " (schrijf 2017 zonder aanhalingstekens) [bedrag]',
      'c: verwacht een heel bedrag in euro\'s, gevonden "€ 18.165.000" (schrijf 18165000) [bedrag]',
      'd: verwacht een heel bedrag in euro\'s, gevonden "ca 5" (schrijf het hele getal zonder punten, komma\'s of woorden als "miljoen", bijvoorbeeld 18165000) [bedrag]',
      "e: verwacht een heel bedrag in euro's, gevonden 1.5 (schrijf een heel getal, zonder decimalen; bedragen staan in hele euro's, zonder centen) [bedrag]",
      'f: verwacht een heel bedrag in euro\'s, gevonden true (schrijf het hele getal zonder punten, komma\'s of woorden als "miljoen", bijvoorbeeld 18165000) [bedrag]',
    ]);
  });

  it.each([
    ['yes', 'true'],
    [' Ja ', 'true'],
    ['y', 'true'],
    ['j', 'true'],
    ['on', 'true'],
    ['aan', 'true'],
    ['waar', 'true'],
    ['1', 'true'],
    ['no', 'false'],
    ['nee', 'false'],
    ['n', 'false'],
    ['off', 'false'],
    ['uit', 'false'],
    ['onwaar', 'false'],
    ['0', 'false'],
    ['misschien', 'true of false'],
  ])('read "%s" as yes or no: schrijf %s', (word, hint) => {
    const schema = z.object({ vlag: z.boolean() });
    expect(messages(schema, { vlag: word })).toEqual([`vlag: verwacht true of false, gevonden "${word}" (schrijf ${hint}) [soort-waarde]`]);
  });

  it('suggest an id made of the text', () => {
    const schema = z.object({ a: z.string().regex(ID_PATTERN, { error: ERROR.id }) });
    const id = (value: string): string[] => messages(schema, { a: value });
    expect(id(' Één  Twee ')).toEqual([
      'a: verwacht een id van kleine letters, cijfers en streepjes, gevonden " Één  Twee " (schrijf een-twee) [id]',
    ]);
    expect(id('A b')).toEqual(['a: verwacht een id van kleine letters, cijfers en streepjes, gevonden "A b" (schrijf a-b) [id]']);
    expect(id('!!!')).toEqual(['a: verwacht een id van kleine letters, cijfers en streepjes, gevonden "!!!" [id]']);
  });

  it('suggest a period written with a dash', () => {
    const schema = z.object({ p: z.string().regex(PERIOD_PATTERN, { error: ERROR.period }) });
    const period = (value: string): string[] => messages(schema, { p: value });
    const expected =
      'p: verwacht een periode zoals de bron die geeft: een jaar ("2016"), twee jaren ("2017-2018"), "per jaar", "onbepaalde tijd" of "geen"';
    expect(period(' 2017 tot 2018 ')).toEqual([`${expected}, gevonden " 2017 tot 2018 " (schrijf "2017-2018") [periode]`]);
    expect(period('2017 -2018')).toEqual([`${expected}, gevonden "2017 -2018" (schrijf "2017-2018") [periode]`]);
    expect(period('2017- 2018')).toEqual([`${expected}, gevonden "2017- 2018" (schrijf "2017-2018") [periode]`]);
    expect(period('x2017-2018')).toEqual([`${expected}, gevonden "x2017-2018" [periode]`]);
    expect(period('2017-2018x')).toEqual([`${expected}, gevonden "2017-2018x" [periode]`]);
  });

  it('give no id or period hint for another pattern or format', () => {
    const schema = z.object({ a: z.string().regex(/^x$/, { error: ERROR.searchWord }) });
    expect(messages(schema, { a: '2017 tot 2018' })).toEqual([
      'a: verwacht één woord in kleine letters, zonder spaties, gevonden "2017 tot 2018" [zoekwoord]',
    ]);
    const email: Issue = {
      code: 'invalid_format',
      format: 'email',
      pattern: String(ID_PATTERN),
      path: ['a'],
      message: ERROR.id,
      input: 'Foo Bar',
    };
    expect(messages(schema, { a: 'Foo Bar' }, [email])).toEqual([
      'a: verwacht een id van kleine letters, cijfers en streepjes, gevonden "Foo Bar" [id]',
    ]);
  });

  it('hint at month and day only for a date check that asks for it', () => {
    const schema = z.object({
      datum: z.string().refine(() => false, { error: ERROR.nonexistentDate, params: { hint: 'checkDate' } }),
      tekst: z.string().refine(() => false, { error: ERROR.text }),
    });
    expect(messages(schema, { datum: '2020-02-30', tekst: 'x' })).toEqual([
      'datum: deze datum bestaat niet, gevonden "2020-02-30" (controleer maand en dag) [datum]',
      'tekst: verwacht een tekst, gevonden "x" [tekst]',
    ]);
  });

  it('describe an empty field and a group of fields', () => {
    const schema = z.object({ a: z.string(), b: z.string() });
    expect(messages(schema, { a: null, b: { c: 1 } })).toEqual([
      'a: verwacht een tekst, gevonden een leeg veld [soort-waarde]',
      'b: verwacht een tekst, gevonden een groep velden [soort-waarde]',
    ]);
  });

  it('find no value below an empty field or a text', () => {
    const schema = z.object({ a: z.string() });
    const issue = (path: PropertyKey[]): Issue => ({
      code: 'invalid_type',
      expected: 'string',
      path,
      message: ERROR.text,
      input: undefined,
    });
    expect(messages(schema, { a: null }, [issue(['a', 'b'])])).toEqual(['a.b: verplicht veld ontbreekt; verwacht een tekst [verplicht]']);
    expect(messages(schema, { a: 'abc' }, [issue(['a', 0])])).toEqual(['a[0]: verplicht veld ontbreekt; verwacht een tekst [verplicht]']);
  });

  it('name the allowed fields of an unknown one, with a suggestion', () => {
    const schema = z.strictObject({ naam: z.string(), bedrag: z.number() });
    const data = { naam: 'a', bedrag: 1, nam: 'x' };
    expect(zodIssuesToErrors(schema.safeParse(data).error?.issues ?? [], data, parsedOf(data), schema, 'content/a.yaml')).toEqual([
      {
        file: 'content/a.yaml',
        line: 5,
        column: 3,
        field: 'nam',
        rule: 'onbekend-veld',
        message: 'onbekend veld (bedoelt u "naam"?); toegestaan zijn: naam, bedrag',
      },
    ]);
  });

  it('name no allowed fields where the schema has no group of fields', () => {
    const schema = z.object({ a: z.string(), lijst: z.array(z.object({ b: z.string() })) });
    const unknown = (path: PropertyKey[]): Issue => ({ code: 'unrecognized_keys', keys: ['x'], path, message: '', input: {} });
    expect(messages(schema, {}, [unknown(['a'])])).toEqual(['a.x: onbekend veld; toegestaan zijn:  [onbekend-veld]']);
    expect(messages(schema, {}, [unknown(['lijst', 'foo'])])).toEqual(['lijst.foo.x: onbekend veld; toegestaan zijn:  [onbekend-veld]']);
    expect(messages(schema, {}, [unknown(['onbekend'])])).toEqual(['onbekend.x: onbekend veld; toegestaan zijn:  [onbekend-veld]']);
  });
});
