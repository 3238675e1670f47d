import type { ContentError } from './content-error.ts';

/** HTML that staff content may use; everything else is written in Markdown. */
export const ALLOWED_TAGS = ['abbr', 'br', 'sub', 'sup'];

/**
 * Checks the Markdown body of a content file: only a few harmless HTML tags, no attributes that run
 * code or style the page, and no javascript: links. Errors name the line in the file.
 */
export function checkMarkdownBody(file: string, body: string, firstLine: number): ContentError[] {
  const errors: ContentError[] = [];
  body.split('\n').forEach((text, index) => {
    const line = firstLine + index;
    for (const match of text.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>/g)) {
      const [tag, name = '', attributes = ''] = match;
      const column = (match.index ?? 0) + 1;
      if (!ALLOWED_TAGS.includes(name.toLowerCase())) {
        errors.push({
          file,
          line,
          column,
          rule: 'veilige-markdown',
          message: `HTML ${tag} mag niet in de inhoud; schrijf het in Markdown (toegestaan zijn alleen: ${ALLOWED_TAGS.map((allowed) => `<${allowed}>`).join(', ')})`,
        });
      } else if (/\bon[a-z]+\s*=|\bstyle\s*=/i.test(attributes)) {
        errors.push({
          file,
          line,
          column,
          rule: 'veilige-markdown',
          message: `de HTML-attributen style= en on...= mogen niet in de inhoud; verwijder ze uit ${tag}`,
        });
      }
    }
    for (const match of text.matchAll(/\]\(\s*(javascript|data|vbscript):/gi)) {
      errors.push({
        file,
        line,
        column: (match.index ?? 0) + 1,
        rule: 'veilige-markdown',
        message: `een link naar "${match[1]}:" mag niet; gebruik een gewoon webadres (https://...) of een pagina van deze site`,
      });
    }
  });
  return errors;
}
