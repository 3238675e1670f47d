import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentFiles, kindOfFile } from '../../scripts/lib/content-files.ts';
import { decapFormat, fieldOrder } from '../../scripts/lib/decap-format.ts';

// The browser CMS (/beheer/) writes a whole file when it saves an entry. Every file in content/ is
// already written as it writes them (`npm run normaliseer`), so a save shows only what the editor
// changed: an entry saved unchanged is the same file, byte for byte. tests/browser/beheer.test.ts
// saves through the CMS itself and checks the diff.
describe('content files as the browser CMS writes them', () => {
  const files = contentFiles('content');

  it('covers every content file', () => {
    expect(files.length).toBeGreaterThan(50);
    expect(files.filter((name) => !kindOfFile(name))).toEqual([]);
  });

  it.each(files)('%s is unchanged by a save of the CMS (run `npm run normaliseer` after editing by hand)', (name) => {
    const text = readFileSync(`content/${name}`, 'utf8');
    expect(decapFormat(kindOfFile(name)!, text)).toBe(text);
  });

  it('writes the keys in the order of the schema, and a list under its key', () => {
    expect(fieldOrder('domains').slice(0, 3)).toEqual(['jaar', 'volgorde', 'titel']);
    expect(fieldOrder('domains').at(-1)).toBe('body');
    expect(fieldOrder('glossary')).toEqual(['begrippen']);
    const shuffled = 'titel: Programmabegroting 2020\njaar: 2020\n';
    expect(decapFormat('years', shuffled)).toBe('jaar: 2020\ntitel: Programmabegroting 2020\n');
  });

  it('drops comments, as the CMS does: notes for staff belong in docs/inhoud-toelichting.md', () => {
    expect(decapFormat('site', '# Een opmerking\nnaam: Twente begroting\n')).toBe('naam: Twente begroting\n');
  });
});
