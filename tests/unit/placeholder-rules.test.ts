import { describe, expect, it } from 'vitest';
import { checkPlaceholders } from '../../src/validation/placeholder-rules.ts';

const FILE = 'content/2026/jaar.yaml';
const HINT = 'vervang INVULLEN door wat de bron zegt';

describe('placeholder rule (nog-invullen)', () => {
  it('reports nothing for a file without the placeholder', () => {
    expect(checkPlaceholders(FILE, 'titel: Begroting\nbedrag: 1000\n')).toEqual([]);
  });

  it('reports a placeholder at the very start of a line, with its 1-based line and column and no field', () => {
    expect(checkPlaceholders(FILE, 'titel: x\nINVULLEN: de samenvatting uit de bron')).toEqual([
      {
        file: FILE,
        line: 2,
        column: 1,
        rule: 'nog-invullen',
        message: `nog in te vullen (de samenvatting uit de bron); ${HINT}`,
      },
    ]);
  });

  it('names the field of an indented list item and strips the quotes around the note', () => {
    expect(checkPlaceholders(FILE, 'a: 1\nb: 2\n  - label: "INVULLEN: naam van de post"  ')).toEqual([
      {
        file: FILE,
        line: 3,
        column: 13,
        field: 'label',
        rule: 'nog-invullen',
        message: `nog in te vullen (naam van de post); ${HINT}`,
      },
    ]);
  });

  it('keeps spaces, colons and quotes inside the note, and drops only those around it', () => {
    const [error] = checkPlaceholders(FILE, "bedrag: 'INVULLEN :  zie blz. 'x': 12 ' ");
    expect(error).toEqual({
      file: FILE,
      line: 1,
      column: 10,
      field: 'bedrag',
      rule: 'nog-invullen',
      message: `nog in te vullen (zie blz. 'x': 12); ${HINT}`,
    });
  });

  it('reads the note after a comment placeholder and leaves out empty notes', () => {
    expect(checkPlaceholders(FILE, 'bedrag: 0 # INVULLEN\nx_1: INVULLEN wat "a"b')).toEqual([
      { file: FILE, line: 1, column: 13, field: 'bedrag', rule: 'nog-invullen', message: `nog in te vullen; ${HINT}` },
      { file: FILE, line: 2, column: 6, field: 'x_1', rule: 'nog-invullen', message: `nog in te vullen (wat "a"b); ${HINT}` },
    ]);
  });

  it('keeps what follows the placeholder directly, and trims the spaces at the end of the note', () => {
    expect(checkPlaceholders(FILE, 'titel: INVULLEN-tekst hier\nnaam: INVULLEN   zie  bron   ')).toEqual([
      { file: FILE, line: 1, column: 8, field: 'titel', rule: 'nog-invullen', message: `nog in te vullen (-tekst hier); ${HINT}` },
      { file: FILE, line: 2, column: 7, field: 'naam', rule: 'nog-invullen', message: `nog in te vullen (zie  bron); ${HINT}` },
    ]);
  });

  it('does not take a key that starts with a digit or is not at the line start', () => {
    expect(checkPlaceholders(FILE, 'tekst INVULLEN\n1a: INVULLEN')).toEqual([
      { file: FILE, line: 1, column: 7, rule: 'nog-invullen', message: `nog in te vullen; ${HINT}` },
      { file: FILE, line: 2, column: 5, rule: 'nog-invullen', message: `nog in te vullen; ${HINT}` },
    ]);
  });
});
