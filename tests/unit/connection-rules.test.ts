import { describe, expect, it } from 'vitest';
import { formatContentError } from '../../src/validation/content-error.ts';
import { checkConnectionRules } from '../../src/validation/connection-rules.ts';
import { contentSet, loaded } from '../helpers/content-set.ts';

const FILE = 'content/verbanden.yaml';
const year2024 = () => loaded('content/2024/jaar.yaml', 'bron:\n  document: doc-2024\n', { folderYear: 2024, slug: 'jaar' });
const check = (rows: string[], files: string[] = []) =>
  checkConnectionRules(
    contentSet({ connections: loaded(FILE, rows.join('\n')), years: [year2024()], yearFolders: new Set([2024]), files }),
  ).map(formatContentError);

describe('connection rules, on an in-memory verbanden.yaml', () => {
  it('report a year named twice for one subject, and a year without a folder', () => {
    expect(
      check([
        '- id: water',
        '  jaren:',
        '    - jaar: 2024',
        '      bron: { document: doc-2024 }',
        '      citaat: a',
        '    - jaar: 2024',
        '      bron: { document: doc-2024 }',
        '      citaat: b',
        '    - jaar: 2019',
        '      bron: { document: doc-2019 }',
        '      citaat: c',
      ]),
    ).toEqual([
      `${FILE}:6:13  [0].jaren[1].jaar: 2024 staat twee keer bij "water"; noem elk jaar één keer [verband]`,
      `${FILE}:9:13  [0].jaren[2].jaar: er is geen jaar 2019 (content/2019/jaar.yaml ontbreekt); kies een jaar dat op de site staat [jaar-map]`,
    ]);
  });

  it('report two targets in one mention, and a domain that exists only in another year', () => {
    expect(
      check(
        [
          '- id: water',
          '  jaren:',
          '    - jaar: 2024',
          '      bron: { document: doc-2024 }',
          '      citaat: a',
          '      domein: zorg',
          '      thema: wonen',
        ],
        ['2023/domeinen/zorg.md', '2024/themas/wonen.md'],
      ),
    ).toEqual([
      `${FILE}:7:14  [0].jaren[0].thema: geef hoogstens één van domein, coalitie, thema, pijler, cijferblok; nu staan er domein en thema [verband]`,
      `${FILE}:6:15  [0].jaren[0].domein: onbekende domein "zorg" in 2024; kies een id uit content/2024/domeinen/ [verwijzing]`,
    ]);
  });
});
