import { describe, expect, it } from 'vitest';
import { formatContentError } from '../../src/validation/content-error.ts';
import { checkCoreTaskRules } from '../../src/validation/core-task-rules.ts';
import { contentSet, loaded } from '../helpers/content-set.ts';

const lines = (...rows: string[]) => rows.join('\n');
const year = (folderYear: number, document: string) =>
  loaded(`content/${folderYear}/jaar.yaml`, `bron:\n  document: ${document}\n`, { folderYear, slug: 'jaar' });
const coreTasks = (folderYear: number, body: string) =>
  loaded(`content/${folderYear}/kerntaken.yaml`, body, { folderYear, slug: 'kerntaken' });
const figures = (document: string, body: string) => loaded(`content/cijfers/${document}.yaml`, body, { slug: document });
const check = (parts: Parameters<typeof contentSet>[0]) => checkCoreTaskRules(contentSet(parts)).map(formatContentError);

describe('core-task rules', () => {
  it('report a pillar named twice in samenhang, at the second', () => {
    const pillar = loaded(
      'content/2024/pijlers/zorg.yaml',
      lines('nummer: 1', 'samenhang:', '  relaties:', '    - pijler: werk', '    - pijler: werk'),
      { folderYear: 2024, slug: 'zorg' },
    );
    expect(check({ pillars: [pillar], files: ['2024/pijlers/zorg.yaml', '2024/pijlers/werk.yaml'] })).toEqual([
      'content/2024/pijlers/zorg.yaml:5:15  samenhang.relaties[1].pijler: pijler "werk" komt twee keer voor; geef elk een eigen pijler [uniek]',
    ]);
  });

  it('report a statement number used twice, at the second', () => {
    const tasks = coreTasks(
      2024,
      lines(
        'taaksoorten:',
        '  soorten: [{ id: a }]',
        'scenarios:',
        '  lijst: [{ id: s }]',
        'stellingen:',
        '  lijst:',
        '    - nummer: 3',
        '    - nummer: 3',
      ),
    );
    expect(check({ coreTasks: [tasks] })).toEqual([
      'content/2024/kerntaken.yaml:8:15  stellingen.lijst[1].nummer: stelling "3" komt twee keer voor; geef elk een eigen nummer [uniek]',
    ]);
  });

  it('report pillars of a figures file whose document is no year’s, without a pillar missing from the share', () => {
    const file = figures(
      'los-document',
      lines('blokken:', '  - id: blok', '    pijler: zorg', '    cijfers:', '      - pijler: zorg', '      - pijler: werk'),
    );
    expect(check({ figures: [file], files: ['2024/pijlers/zorg.yaml'] })).toEqual([
      'content/cijfers/los-document.yaml:3:13  blokken[0].pijler: onbekende pijler "zorg"; kies een bestandsnaam uit content/het jaar van dit document/pijlers/ [verwijzing]',
      'content/cijfers/los-document.yaml:5:17  blokken[0].cijfers[0].pijler: onbekende pijler "zorg"; kies een bestandsnaam uit content/het jaar van dit document/pijlers/ [verwijzing]',
      'content/cijfers/los-document.yaml:6:17  blokken[0].cijfers[1].pijler: onbekende pijler "werk"; kies een bestandsnaam uit content/het jaar van dit document/pijlers/ [verwijzing]',
    ]);
  });

  it('check a kind of task only against the core tasks of the figures’ own year', () => {
    const body = lines('blokken:', '  - id: blok', '    cijfers:', '      - taaksoort: uitvoering');
    const otherYear = coreTasks(2023, lines('taaksoorten:', '  soorten: [{ id: beleid }]', 'scenarios:', '  lijst: []'));
    expect(check({ years: [year(2024, 'doc-2024')], coreTasks: [otherYear], figures: [figures('doc-2024', body)] })).toEqual([]);
  });

  it('report a kind of task and a pillar given twice in one block, and every pillar missing from a share', () => {
    const tasks = coreTasks(2024, lines('taaksoorten:', '  soorten: [{ id: beleid }]', 'scenarios:', '  lijst: []'));
    const file = figures(
      'doc-2024',
      lines(
        'blokken:',
        '  - id: blok',
        '    cijfers:',
        '      - { pijler: zorg, taaksoort: beleid }',
        '      - { pijler: zorg, taaksoort: beleid }',
      ),
    );
    const files = ['2024/pijlers/zorg.yaml', '2024/pijlers/werk.yaml', '2024/pijlers/wonen.yaml'];
    expect(check({ years: [year(2024, 'doc-2024')], coreTasks: [tasks], figures: [file], files })).toEqual([
      'content/cijfers/doc-2024.yaml:5:36  blokken[0].cijfers[1].taaksoort: soort taak "beleid" komt twee keer voor; geef elk een eigen taaksoort [uniek]',
      'content/cijfers/doc-2024.yaml:5:19  blokken[0].cijfers[1].pijler: pijler "zorg" komt twee keer voor; geef elk een eigen pijler [uniek]',
      'content/cijfers/doc-2024.yaml:4:7  blokken[0].cijfers: dit blok geeft een aandeel per pijler, maar werk, wonen ontbreekt; zet pijler: bij het cijfer van elke pijler [pijler]',
    ]);
  });
});
