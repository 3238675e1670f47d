import { describe, expect, it } from 'vitest';
import { isSyntaxError, parseYaml, type ParsedYaml } from '../../src/validation/parse-yaml.ts';

const parsed = (source: string): ParsedYaml => {
  const result = parseYaml(source);
  if (isSyntaxError(result)) throw new Error(`unexpected syntax error: ${result.message}`);
  return result;
};

describe('parseYaml syntax errors', () => {
  it.each([
    [
      'a:\n  b: 1\n c: 2\n',
      'YAML-fout: de inspringing klopt niet; gebruik spaties (geen tabs) en lijn velden van dezelfde groep uit (All mapping items must start at the same column)',
      { line: 3, column: 1 },
    ],
    [
      'a: "abc\n',
      'YAML-fout: er ontbreekt een teken, bijvoorbeeld een sluitend aanhalingsteken of haakje (Missing closing "quote)',
      { line: 2, column: 1 },
    ],
    [
      'a: b: c\n',
      'YAML-fout: een regel lijkt een veldnaam zonder dubbele punt; schrijf "veld: waarde" (Nested mappings are not allowed in compact mappings)',
      { line: 1, column: 4 },
    ],
    [
      'a: 1\nfoo\nbar: 2\n',
      'YAML-fout: een veldnaam loopt over meer regels; zet een dubbele punt na de veldnaam (Implicit keys need to be on a single line)',
      { line: 2, column: 1 },
    ],
    [
      'a: 1\n]\n',
      'YAML-fout: onverwacht teken; staat er een dubbele punt of aanhalingsteken te veel? (Unexpected flow-seq-end token in YAML stream: "]")',
      { line: 2, column: 1 },
    ],
    [
      'a: 1\n---\nb: 2\n',
      'YAML-fout: het bestand is geen geldige YAML (Source contains multiple documents; please use YAML.parseAllDocuments())',
      { line: 2, column: 1 },
    ],
  ])('explains %j in Dutch, at the right place', (source, message, position) => {
    expect(parseYaml(source)).toEqual({ message, position });
  });

  it('shifts the line by the offset', () => {
    expect(parseYaml('a: 1\n]\n', 4)).toEqual({
      message:
        'YAML-fout: onverwacht teken; staat er een dubbele punt of aanhalingsteken te veel? (Unexpected flow-seq-end token in YAML stream: "]")',
      position: { line: 6, column: 1 },
    });
  });
});

describe('parseYaml positions', () => {
  it('finds the key of a field inside a nested mapping', () => {
    expect(parsed('a:\n  b: 1\n  c: 2\n').keyPositionOf(['a'], 'c')).toEqual({ line: 3, column: 3 });
  });

  it('falls back to the mapping for a key that is not there', () => {
    expect(parsed('a:\n  b: 1\n  c: 2\n').keyPositionOf(['a'], 'z')).toEqual({ line: 2, column: 3 });
  });

  it('gives the nearest existing parent of a missing value', () => {
    expect(parsed('x: 0\na:\n  b: 1\n').positionOf(['a', 'zz', 'q'])).toEqual({ line: 3, column: 3 });
    expect(parsed('x: 0\na:\n  b: 1\n').positionOf(['a', 'b'])).toEqual({ line: 3, column: 6 });
    expect(parsed('x: 0\na:\n  b: 1\n').positionOf(['nope'])).toEqual({ line: 1, column: 1 });
  });
});
