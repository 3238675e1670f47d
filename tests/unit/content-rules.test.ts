import { describe, expect, it } from 'vitest';
import { CONTENT_DIR } from '../../src/validation/layout.ts';
import { validateContent } from '../../src/validation/validate-content.ts';
import { errorsAfter, replace } from '../helpers/content-copy.ts';

const GEZONDHEID = '2020/domeinen/gezondheid.md';
const NETWERKSTAD = '2020/coalities/netwerkstad-twente.md';

describe('the real content', () => {
  it('is valid', () => {
    expect(validateContent(CONTENT_DIR).errors).toEqual([]);
  });

  it('holds the five domains and six coalitions of 2020 with the amounts of the source', () => {
    const { content } = validateContent(CONTENT_DIR);
    const amounts = (entries: { slug: string; data: { bijdrage?: number | undefined; kosten?: number | undefined } }[]) =>
      Object.fromEntries(entries.map((entry) => [entry.slug, entry.data.bijdrage ?? entry.data.kosten]));
    expect(amounts(content.domains)).toEqual({
      'bestuur-en-ondersteuning': 7222000,
      gezondheid: 18165000,
      leefomgeving: 3847000,
      'ozjt-samen14': 1145000,
      'veilig-thuis-twente': 2964000,
    });
    expect(amounts(content.coalitions.filter((entry) => entry.folderYear === 2020))).toEqual({
      'agenda-voor-twente': 3881000,
      'it-platform-twente': 395000,
      'kennispunt-twente': 2105000,
      'milieu-duurzaamheid-en-afval': 85000,
      'netwerkstad-twente': 201000,
      'twentse-kracht': 988000,
    });
    expect(content.municipalities?.data).toHaveLength(14);
  });
});

describe('every error of a file in one run', () => {
  it('reports a wrong amount and an unknown municipality of one coalition together, each with its rule', () => {
    expect(
      errorsAfter({
        [NETWERKSTAD]: (text) =>
          text.replace('kosten: 201000', 'kosten: veel').replace('  - hengelo\n    - enschede', '  - hengel0\n    - enschede'),
      }),
    ).toEqual([
      'content/2020/coalities/netwerkstad-twente.md:7:9  kosten: verwacht een heel bedrag in euro\'s, gevonden "veel" (schrijf het hele getal zonder punten, komma\'s of woorden als "miljoen", bijvoorbeeld 18165000) [bedrag]',
      'content/2020/coalities/netwerkstad-twente.md:11:7  deelnemers.gemeenten[1]: onbekende gemeente "hengel0" (bedoelt u "hengelo"?); gebruik een id uit content/gemeenten.yaml [verwijzing]',
    ]);
  });

  it('reports a field error, an unknown source and unsafe HTML in the text of one domain together', () => {
    expect(
      errorsAfter({
        [GEZONDHEID]: (text) =>
          text
            .replace('bijdrage: 18165000', 'bijdrage: -1')
            .replace('document: programmabegroting-2020', 'document: begroting-2020')
            .replace(/\n---\n/, '\n---\n<script>alert(1)</script>\n'),
      }).map((line) => line.replace(/^(\S+)  .*\[([a-z-]+)\]$/, '$1 [$2]')),
    ).toEqual([
      'content/2020/domeinen/gezondheid.md:9:11 [bedrag]',
      expect.stringMatching(/^content\/2020\/domeinen\/gezondheid\.md:\d+:\d+ \[veilige-markdown\]$/),
      expect.stringMatching(/^content\/2020\/domeinen\/gezondheid\.md:\d+:\d+ \[veilige-markdown\]$/),
      expect.stringMatching(/^content\/2020\/domeinen\/gezondheid\.md:\d+:\d+ \[verwijzing\]$/),
    ]);
  });
});

describe('rules across files', () => {
  it('rejects an unknown municipality and suggests the right one', () => {
    expect(errorsAfter({ [NETWERKSTAD]: replace('  - hengelo\n    - enschede', '  - hengel0\n    - enschede') })).toEqual([
      'content/2020/coalities/netwerkstad-twente.md:11:7  deelnemers.gemeenten[1]: onbekende gemeente "hengel0" (bedoelt u "hengelo"?); gebruik een id uit content/gemeenten.yaml [verwijzing]',
    ]);
  });

  it('rejects an unknown organisation and an unknown source', () => {
    expect(
      errorsAfter({
        [GEZONDHEID]: replace('uitvoerders:\n  - ggd-twente\n', 'uitvoerders:\n  - ggd\n'),
        '2020/coalities/agenda-voor-twente.md': replace('document: programmabegroting-2020', 'document: begroting-2020'),
      }),
    ).toEqual([
      'content/2020/domeinen/gezondheid.md:8:5  uitvoerders[0]: onbekende organisatie "ggd"; gebruik een id uit content/organisaties.yaml [verwijzing]',
      'content/2020/coalities/agenda-voor-twente.md:13:13  bron.document: onbekende bron "begroting-2020"; gebruik een id uit content/bronnen.yaml [verwijzing]',
    ]);
  });

  it('rejects duplicate ids and CBS codes', () => {
    const errors = errorsAfter({
      'gemeenten.yaml': replace('  - id: borne\n    naam: Borne\n    cbs: GM0147', '  - id: almelo\n    naam: Borne\n    cbs: GM0141'),
    });
    expect(errors).toEqual([
      'content/gemeenten.yaml:8:9  [1].id: id "almelo" komt twee keer voor (ook op regel 2); elke id moet uniek zijn [uniek]',
      'content/gemeenten.yaml:10:10  [1].cbs: CBS-code "GM0141" komt twee keer voor (ook op regel 4); elke CBS-code moet uniek zijn [uniek]',
      // Borne is gone from the registry now, so the coalitions that list it are wrong too.
      'content/2017/coalities/netwerkstad-twente.md:10:7  deelnemers.gemeenten[1]: onbekende gemeente "borne"; gebruik een id uit content/gemeenten.yaml [verwijzing]',
      'content/2017/coalities/salarisadministratie.md:9:7  deelnemers.gemeenten[0]: onbekende gemeente "borne"; gebruik een id uit content/gemeenten.yaml [verwijzing]',
      'content/2020/coalities/netwerkstad-twente.md:10:7  deelnemers.gemeenten[0]: onbekende gemeente "borne"; gebruik een id uit content/gemeenten.yaml [verwijzing]',
    ]);
  });

  it('asks for the key above a list file, and names it (a list at the top of a file cannot be edited in /beheer/)', () => {
    expect(errorsAfter({ 'gemeenten.yaml': (text) => text.replace(/^gemeenten:\n/, '').replace(/^ {2}/gm, '') })).toEqual([
      'content/gemeenten.yaml:1:1  verwacht bovenaan de regel "gemeenten:" en daaronder de lijst, elk item met "- id:"; de lijst staat nu zonder die regel [lijst]',
    ]);
  });

  it('rejects a year that does not match the folder, and a folder without jaar.yaml', () => {
    expect(errorsAfter({ [GEZONDHEID]: replace('jaar: 2020', 'jaar: 2021') })).toEqual([
      'content/2020/domeinen/gezondheid.md:2:7  jaar: het jaar is 2021, maar het bestand staat in de map 2020; zet het bestand in content/2021/ of schrijf jaar: 2020 [jaar-map]',
    ]);
    const errors = errorsAfter({ '2021/domeinen/gezondheid.md': () => '' });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^content\/2021\/domeinen\/gezondheid\.md:1:1 {2}de gegevens bovenaan/);
  });

  it('rejects a file in a place no page reads', () => {
    expect(errorsAfter({ '2020/domein/gezondheid.md': () => 'x' })).toEqual([
      "content/2020/domein/gezondheid.md  dit bestand hoort bij geen enkele soort inhoud en komt dus niet op de site; een domein staat in <jaar>/domeinen/<naam>.md, een coalitie in <jaar>/coalities/<naam>.md, een jaar in <jaar>/jaar.yaml, een thema in <jaar>/themas/<naam>.md, een deel van een samenwerkingsagenda in <jaar>/agenda/<naam>.md, een pijler in <jaar>/pijlers/<naam>.yaml, soorten taken en scenario's in <jaar>/kerntaken.yaml, bijdragen per gemeente in <jaar>/bijdragen.yaml, inwoners in <jaar>/inwoners.yaml, een documentpagina in documenten/<document>.md, kerncijfers in cijfers/<document>.yaml, een pagina in paginas/<naam>.md [onbekend-bestand]",
    ]);
  });

  it('rejects two domains with the same order number', () => {
    expect(errorsAfter({ '2020/domeinen/ozjt-samen14.md': replace('volgorde: 2', 'volgorde: 1') })).toEqual([
      expect.stringMatching(
        /^content\/2020\/domeinen\/ozjt-samen14\.md:3:11 {2}volgorde: volgorde 1 heeft ook gezondheid\.md in deze map; geef elk bestand een eigen nummer \[volgorde\]$/,
      ),
    ]);
  });

  it('reports every mistake in every file at once', () => {
    const errors = errorsAfter({
      [GEZONDHEID]: replace('bijdrage: 18165000', 'bijdrage: "18,2 miljoen"'),
      '2020/domeinen/leefomgeving.md': replace('bijdrage: 3847000', 'bijdrage: -3847000'),
      [NETWERKSTAD]: replace('kosten: 201000', 'kosten: 201000\nkostn: 1'),
      '2020/jaar.yaml': replace('titel: Programmabegroting 2020', 'titel: [Programmabegroting 2020'),
      'bronnen.yaml': replace('datum: "2019"', 'datum: "2019-13"'),
    });
    expect(errors.map((line) => line.split('  ')[0]).sort()).toEqual([
      'content/2020/coalities/netwerkstad-twente.md:8:1',
      'content/2020/domeinen/gezondheid.md:9:11',
      'content/2020/domeinen/leefomgeving.md:11:11',
      'content/2020/jaar.yaml:3:1',
      'content/bronnen.yaml:5:12',
    ]);
  });
});
