import { describe, expect, it } from 'vitest';
import { coalition } from '../../src/schemas/coalitions.ts';
import { domain } from '../../src/schemas/domains.ts';
import { municipality } from '../../src/schemas/municipalities.ts';
import { sourceDocument } from '../../src/schemas/sources.ts';
import { formatContentError } from '../../src/validation/content-error.ts';
import { loadMarkdown, loadYaml } from '../../src/validation/load-file.ts';

const domainFile = (frontmatter: string, body = 'Tekst uit de bron.\n') => `---\n${frontmatter}\n---\n\n${body}`;
const validDomain = [
  'jaar: 2020',
  'volgorde: 1',
  'titel: Gezondheid',
  'kernzin: Gezonde levensjaren.',
  'samenvatting: Uitgevoerd door GGD Twente.',
  'uitvoerders: [ggd-twente]',
  'bijdrage: 18165000',
  'bron:',
  '  document: programmabegroting-2020',
  '  sectie: Gezondheid',
].join('\n');

/** Formatted errors of a domain file whose frontmatter line `from` is replaced by `to`. */
function domainErrors(from: string, to: string): string[] {
  if (!validDomain.includes(from)) throw new Error(`Not in the valid domain: ${from}`);
  const result = loadMarkdown('d.md', domainFile(validDomain.replace(from, to)), domain);
  return result.ok ? [] : result.errors.map(formatContentError);
}

describe('domain schema', () => {
  it('accepts a complete domain and keeps its body', () => {
    const result = loadMarkdown('d.md', domainFile(validDomain), domain);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.value.data.bijdrage).toBe(18165000);
      expect(result.value.body?.trim()).toBe('Tekst uit de bron.');
      expect(result.value.bodyLine).toBe(13);
    }
  });

  it('rejects a word where an amount belongs, with a hint', () => {
    expect(domainErrors('bijdrage: 18165000', 'bijdrage: 18,2 miljoen')).toEqual([
      'd.md:8:11  bijdrage: verwacht een heel bedrag in euro\'s, gevonden "18,2 miljoen" (schrijf het hele getal zonder punten, komma\'s of woorden als "miljoen", bijvoorbeeld 18165000) [bedrag]',
    ]);
  });

  it('turns a written-out amount into the number to type', () => {
    expect(domainErrors('bijdrage: 18165000', 'bijdrage: € 18.165.000')).toEqual([
      'd.md:8:11  bijdrage: verwacht een heel bedrag in euro\'s, gevonden "€ 18.165.000" (schrijf 18165000) [bedrag]',
    ]);
  });

  it('rejects negative and fractional amounts', () => {
    expect(domainErrors('bijdrage: 18165000', 'bijdrage: -5')).toEqual([
      'd.md:8:11  bijdrage: verwacht een bedrag van 0 of meer, gevonden -5 (een bedrag of aantal is nooit negatief; controleer het getal in de bron) [bedrag]',
    ]);
    expect(domainErrors('bijdrage: 18165000', 'bijdrage: 18165000.5')).toEqual([
      "d.md:8:11  bijdrage: verwacht een heel bedrag in euro's, gevonden 18165000.5 (schrijf een heel getal, zonder decimalen; bedragen staan in hele euro's, zonder centen) [bedrag]",
    ]);
  });

  it('rejects an unknown field and suggests the right name', () => {
    expect(domainErrors('titel: Gezondheid', 'titel: Gezondheid\ntitle: Health')).toEqual([
      'd.md:5:1  title: onbekend veld (bedoelt u "titel"?); toegestaan zijn: jaar, volgorde, titel, volledigeNaam, kernzin, samenvatting, uitvoerders, bijdrage, zoektermen, bron, oudeAdressen [onbekend-veld]',
    ]);
  });

  it('names a missing required field', () => {
    expect(domainErrors('kernzin: Gezonde levensjaren.\n', '')).toEqual([
      'd.md:2:1  kernzin: verplicht veld ontbreekt; verwacht een tekst [verplicht]',
    ]);
  });

  it('rejects an empty text and a too-long summary', () => {
    expect(domainErrors('kernzin: Gezonde levensjaren.', 'kernzin: ""')).toEqual([
      'd.md:5:10  kernzin: verwacht een tekst, maar het veld is leeg; vul de tekst in [tekst]',
    ]);
    const long = 'a'.repeat(301);
    expect(domainErrors('samenvatting: Uitgevoerd door GGD Twente.', `samenvatting: ${long}`)).toEqual([
      `d.md:6:15  samenvatting: de tekst is te lang: hoogstens 300 tekens, gevonden "${long}" [tekst]`,
    ]);
  });

  it('reports every error in the file at once', () => {
    const text = validDomain.replace('bijdrage: 18165000', 'bijdrage: veel').replace('jaar: 2020', 'jaar: twintig');
    const result = loadMarkdown('d.md', domainFile(text), domain);
    expect(result.ok ? [] : result.errors.map((error) => error.field)).toEqual(['jaar', 'bijdrage']);
  });

  it('reports broken YAML with its line', () => {
    const result = loadMarkdown('d.md', domainFile(validDomain.replace('titel: Gezondheid', 'titel: [Gezondheid')), domain);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors).toHaveLength(1);
      expect(result.errors[0]?.message).toMatch(/^YAML-fout: /);
      expect(result.errors[0]?.line).toBeGreaterThanOrEqual(4);
    }
  });

  it('needs frontmatter and a body', () => {
    const noFrontmatter = loadMarkdown('d.md', 'Alleen tekst.\n', domain);
    expect(noFrontmatter.ok ? [] : noFrontmatter.errors.map(formatContentError)).toEqual([
      'd.md:1:1  de gegevens bovenaan (frontmatter) ontbreken; begin het bestand met een regel "---", dan de velden, dan weer "---" [frontmatter]',
    ]);
    const noBody = loadMarkdown('d.md', domainFile(validDomain, '\n'), domain);
    expect(noBody.ok ? [] : noBody.errors.map(formatContentError)).toEqual([
      'd.md:13  de tekst onder de frontmatter is leeg; zet de tekst uit de bron onder de tweede regel "---" [tekst]',
    ]);
  });
});

describe('coalition schema', () => {
  const base = {
    jaar: 2020,
    volgorde: 1,
    titel: 'Netwerkstad Twente',
    kernzin: 'Samenwerking',
    kosten: 201000,
    bron: { document: 'programmabegroting-2020', sectie: 'Coalitions' },
  };

  it('accepts "alle" or a list of municipalities, and no participants at all', () => {
    const bron = { document: 'samenwerkingsagenda-2017-2020', sectie: 'Bijlage 1' };
    expect(coalition.safeParse({ ...base, deelnemers: { gemeenten: 'alle', bron, periode: '2017-2018' } }).success).toBe(true);
    expect(coalition.safeParse({ ...base, deelnemers: { gemeenten: ['almelo', 'borne'], bron, periode: 'geen' } }).success).toBe(true);
    expect(coalition.safeParse(base).success).toBe(true);
  });

  it('asks for the period of a participant list', () => {
    const bron = { document: 'samenwerkingsagenda-2017-2020', sectie: 'Bijlage 1' };
    expect(coalition.safeParse({ ...base, deelnemers: { gemeenten: 'alle', bron } }).success).toBe(false);
  });

  it('points at the wrong municipality id inside the list', () => {
    const source = [
      'jaar: 2020',
      'volgorde: 1',
      'titel: Netwerkstad Twente',
      'kernzin: Samenwerking',
      'kosten: 201000',
      'deelnemers:',
      '  gemeenten: [almelo, Borne]',
      '  bron: { document: programmabegroting-2020, sectie: Coalitions }',
      '  periode: "2020"',
      'bron: { document: programmabegroting-2020, sectie: Coalitions }',
    ].join('\n');
    const result = loadMarkdown('c.md', domainFile(source), coalition);
    expect(result.ok ? [] : result.errors.map(formatContentError)).toEqual([
      'c.md:8:23  deelnemers.gemeenten[1]: verwacht een id van kleine letters, cijfers en streepjes, gevonden "Borne" (schrijf borne) [id]',
    ]);
  });
});

describe('registries', () => {
  it('checks CBS codes', () => {
    expect(
      municipality.safeParse({ id: 'enschede', naam: 'Enschede', cbs: 'GM0153', bron: { document: 'cbs', sectie: 'Lijst' } }).success,
    ).toBe(true);
    const result = loadYaml(
      'g.yaml',
      '- id: enschede\n  naam: Enschede\n  cbs: 153\n  bron: { document: cbs, sectie: Lijst }\n',
      municipality.array(),
    );
    expect(result.ok ? [] : result.errors.map(formatContentError)).toEqual([
      'g.yaml:3:8  [0].cbs: verwacht een CBS-gemeentecode (GM en vier cijfers), gevonden 153 [cbs-code]',
    ]);
  });

  it('rejects a date that does not exist', () => {
    const doc = { id: 'x', titel: 'X', uitgever: 'Regio Twente', omschrijving: 'Y' };
    expect(sourceDocument.safeParse({ ...doc, datum: '2017-06-28' }).success).toBe(true);
    expect(sourceDocument.safeParse({ ...doc, datum: '2019' }).success).toBe(true);
    const result = sourceDocument.safeParse({ ...doc, datum: '2019-02-30' });
    // The schema reports its own error by code; the formatter shows its Dutch text ("deze datum bestaat niet").
    expect(result.error?.issues.map((issue) => issue.message)).toEqual(['nonexistentDate']);
  });
});
