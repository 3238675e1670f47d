import { describe, expect, it } from 'vitest';
import { formatContentError } from '../../src/validation/content-error.ts';
import { checkMarkdownBody } from '../../src/validation/markdown-rules.ts';

const check = (body: string) => checkMarkdownBody('d.md', body, 12).map(formatContentError);

describe('safe Markdown', () => {
  it('accepts Markdown and the few allowed tags', () => {
    expect(
      check(
        '## Kop\n\nTekst met <abbr title="Gemeentelijke Gezondheidsdienst">GGD</abbr>, m<sup>2</sup> en [een link](https://example.org).',
      ),
    ).toEqual([]);
  });

  it('rejects scripts, iframes and other HTML, naming the line', () => {
    expect(check('Tekst\n<script>alert(1)</script>\n<iframe src="x"></iframe>')).toEqual([
      'd.md:13:1  HTML <script> mag niet in de inhoud; schrijf het in Markdown (toegestaan zijn alleen: <abbr>, <br>, <sub>, <sup>) [veilige-markdown]',
      'd.md:13:17  HTML </script> mag niet in de inhoud; schrijf het in Markdown (toegestaan zijn alleen: <abbr>, <br>, <sub>, <sup>) [veilige-markdown]',
      'd.md:14:1  HTML <iframe src="x"> mag niet in de inhoud; schrijf het in Markdown (toegestaan zijn alleen: <abbr>, <br>, <sub>, <sup>) [veilige-markdown]',
      'd.md:14:17  HTML </iframe> mag niet in de inhoud; schrijf het in Markdown (toegestaan zijn alleen: <abbr>, <br>, <sub>, <sup>) [veilige-markdown]',
    ]);
  });

  it('rejects event handlers and style on allowed tags, and javascript: links', () => {
    expect(check('<abbr onclick="x()">A</abbr> <sup style="color:red">2</sup>\n[klik](javascript:alert(1))')).toEqual([
      'd.md:12:1  de HTML-attributen style= en on...= mogen niet in de inhoud; verwijder ze uit <abbr onclick="x()"> [veilige-markdown]',
      'd.md:12:30  de HTML-attributen style= en on...= mogen niet in de inhoud; verwijder ze uit <sup style="color:red"> [veilige-markdown]',
      'd.md:13:6  een link naar "javascript:" mag niet; gebruik een gewoon webadres (https://...) of een pagina van deze site [veilige-markdown]',
    ]);
  });
});
