import { describe, expect, it } from 'vitest';
import { formatContentError } from '../../src/validation/content-error.ts';
import { checkCrossRules } from '../../src/validation/cross-rules.ts';
import { contentSet, loaded } from '../helpers/content-set.ts';

const lines = (...rows: string[]) => rows.join('\n');
const check = (parts: Parameters<typeof contentSet>[0]) => checkCrossRules(contentSet(parts)).map(formatContentError);

describe('cross-file rules, on a small in-memory content model', () => {
  it('report a principle id used twice, naming the line of the first id', () => {
    const payment = loaded('content/betalen.yaml', lines('beginselen:', '  - titel: A', '    id: een', '  - titel: B', '    id: een'));
    expect(check({ payment })).toEqual([
      'content/betalen.yaml:5:9  beginselen[1].id: id "een" komt twee keer voor (ook op regel 3); elke id moet uniek zijn [uniek]',
    ]);
  });

  it('check the organisations of a coalition, skipping values that are not ids', () => {
    const coalition = loaded(
      'content/2024/coalities/water.md',
      lines('uitvoerders: [5, Geen Id, ggd]', 'deelnemers:', '  organisaties: [ggd, onbekend]'),
      { folderYear: 2024, slug: 'water' },
    );
    expect(check({ invalid: [coalition], knownIds: { organisations: ['ggd'] } })).toEqual([
      'content/2024/coalities/water.md:3:23  deelnemers.organisaties[1]: onbekende organisatie "onbekend"; gebruik een id uit content/organisaties.yaml [verwijzing]',
    ]);
  });

  it('report a jaar.yaml whose year differs from its folder, and a file in a year without jaar.yaml', () => {
    const year = loaded('content/2024/jaar.yaml', 'jaar: 2023\nbron: { document: doc-a }', { folderYear: 2024, slug: 'jaar' });
    const domain = loaded('content/2025/domeinen/zorg.md', 'jaar: 2025\nvolgorde: 1', { folderYear: 2025, slug: 'zorg' });
    expect(check({ years: [year], domains: [domain], yearFolders: new Set([2024]) })).toEqual([
      'content/2024/jaar.yaml:1:7  jaar: het jaar is 2023, maar het bestand staat in de map 2024; maak die twee gelijk [jaar-map]',
      'content/2025/domeinen/zorg.md:1:7  jaar: er is geen content/2025/jaar.yaml; maak dat bestand aan voor het jaar 2025 [jaar-map]',
    ]);
  });

  it('report a figures file named after another document, and an unknown document on the timeline', () => {
    const figures = loaded('content/cijfers/doc-b.yaml', 'document: doc-a\nblokken: []', { slug: 'doc-b' });
    const timeline = loaded('content/tijdlijn.yaml', lines('- id: start', '- id: besluit', '  document: onbekend'));
    expect(check({ figures: [figures], timeline, knownIds: { sources: ['doc-a'] } })).toEqual([
      'content/cijfers/doc-b.yaml:1:11  document: het document is "doc-a", maar het bestand heet doc-b; maak die twee gelijk [bestandsnaam]',
      'content/tijdlijn.yaml:3:13  [1].document: onbekende bron "onbekend"; gebruik een id uit content/bronnen.yaml [verwijzing]',
    ]);
  });

  it('read source references only from bron fields, and old addresses only from kinds that have them', () => {
    const year = loaded(
      'content/2024/jaar.yaml',
      lines('jaar: 2024', 'bron: { document: doc-a }', 'overig: { document: onbekend }', 'oudeAdressen: [/]'),
      { folderYear: 2024, slug: 'jaar' },
    );
    expect(check({ years: [year], yearFolders: new Set([2024]), knownIds: { sources: ['doc-a'] } })).toEqual([]);
  });
});
