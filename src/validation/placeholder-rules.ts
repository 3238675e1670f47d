import type { ContentError } from './content-error.ts';

/** The word `npm run nieuw:jaar` writes wherever a new year still needs its figure or text. */
export const PLACEHOLDER = 'INVULLEN';

/** Every line of a content file that still holds the placeholder: one error each, with its field if it has one. */
export function checkPlaceholders(file: string, source: string): ContentError[] {
  return source.split('\n').flatMap((line, index) => {
    const column = line.indexOf(PLACEHOLDER);
    if (column < 0) return [];
    const key = /^\s*(?:- )?([A-Za-z][\w]*):/.exec(line)?.[1];
    const field = key === PLACEHOLDER ? undefined : key;
    const note = line
      .slice(column + PLACEHOLDER.length)
      .replace(/^[\s:]+/, '')
      .replace(/["']\s*$/, '')
      .trim();
    return [
      {
        file,
        line: index + 1,
        column: column + 1,
        ...(field ? { field } : {}),
        rule: 'nog-invullen',
        message: `nog in te vullen${note ? ` (${note})` : ''}; vervang ${PLACEHOLDER} door wat de bron zegt`,
      },
    ];
  });
}
