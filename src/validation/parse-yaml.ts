import { isMap, isPair, isScalar, LineCounter, parseDocument, type Document } from 'yaml';

export interface Position {
  line: number;
  column: number;
}

/** YAML data plus a way to find where each value stands in the file. */
export interface ParsedYaml {
  data: unknown;
  /** Position of the value at `path`, or of the nearest parent that exists. */
  positionOf(path: readonly PropertyKey[]): Position;
  /** Position of the key `key` inside the mapping at `path` (for unknown fields). */
  keyPositionOf(path: readonly PropertyKey[], key: string): Position;
}

export interface YamlSyntaxError {
  message: string;
  position: Position;
}

/**
 * Parses YAML and keeps positions. `lineOffset` shifts line numbers, for frontmatter that starts
 * below the first line of a Markdown file.
 */
export function parseYaml(source: string, lineOffset = 0): ParsedYaml | YamlSyntaxError {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const toPosition = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + lineOffset, column: col };
  };
  const [first] = doc.errors;
  if (first) {
    return { message: describeSyntaxError(first.code, first.message), position: toPosition(first.pos[0]) };
  }
  return {
    data: doc.toJS(),
    positionOf: (path) => toPosition(nearestNode(doc, path)?.range?.[0] ?? 0),
    keyPositionOf: (path, key) => {
      const map = path.length ? doc.getIn(path as unknown[], true) : doc.contents;
      if (isMap(map)) {
        const pair = map.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === key);
        const keyNode = pair && isScalar(pair.key) ? pair.key : undefined;
        if (keyNode?.range) return toPosition(keyNode.range[0]);
      }
      return toPosition(nearestNode(doc, path)?.range?.[0] ?? 0);
    },
  };
}

export function isSyntaxError(result: ParsedYaml | YamlSyntaxError): result is YamlSyntaxError {
  return 'position' in result;
}

type NodeWithRange = { range?: [number, number, number] | null };

function nearestNode(doc: Document, path: readonly PropertyKey[]): NodeWithRange | undefined {
  for (let length = path.length; length > 0; length--) {
    const node = doc.getIn(path.slice(0, length) as unknown[], true) as NodeWithRange | undefined;
    if (node && typeof node === 'object' && node.range) return node;
  }
  return (doc.contents as NodeWithRange | null) ?? undefined;
}

function describeSyntaxError(code: string, original: string): string {
  const known: Record<string, string> = {
    DUPLICATE_KEY: 'een veld staat twee keer in dezelfde groep; verwijder een van beide',
    BAD_INDENT: 'de inspringing klopt niet; gebruik spaties (geen tabs) en lijn velden van dezelfde groep uit',
    TAB_AS_INDENT: 'inspringen met een tab kan niet in YAML; gebruik spaties',
    MISSING_CHAR: 'er ontbreekt een teken, bijvoorbeeld een sluitend aanhalingsteken of haakje',
    BLOCK_AS_IMPLICIT_KEY: 'een regel lijkt een veldnaam zonder dubbele punt; schrijf "veld: waarde"',
    MULTILINE_IMPLICIT_KEY: 'een veldnaam loopt over meer regels; zet een dubbele punt na de veldnaam',
    UNEXPECTED_TOKEN: 'onverwacht teken; staat er een dubbele punt of aanhalingsteken te veel?',
  };
  const firstLine = original.split('\n')[0] ?? '';
  // An unclosed [ or { shows up as an indentation error on the next line; say what is really wrong.
  const unclosed = /must be sufficiently indented and end with a ([\]}])/.exec(firstLine);
  if (unclosed) return `YAML-fout: er ontbreekt een sluitend ${unclosed[1]} op de regel hierboven (${firstLine})`;
  return `YAML-fout: ${known[code] ?? 'het bestand is geen geldige YAML'} (${firstLine})`;
}
