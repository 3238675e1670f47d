import { describe, expect, it } from 'vitest';
import { formatContentError } from '../../src/validation/content-error.ts';
import { checkMarkdownBody } from '../../src/validation/markdown-rules.ts';
import { errorsAfter } from '../helpers/content-copy.ts';

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
      'd.md:13:1  een link naar "javascript:" mag niet; gebruik een gewoon webadres (https://...) of een pagina van deze site [veilige-markdown]',
    ]);
  });
});

// Every way a Markdown text can make a link whose address runs code, as the site's renderer reads it:
// the check and the renderer must agree on what a link is, not only on `](javascript:`.
describe('safe Markdown: every kind of link', () => {
  // The errors about links (an address in angle brackets may also read as an HTML tag, refused on its own).
  const refused = (body: string) => check(body).filter((error) => error.includes('een link naar'));

  it.each([
    ['a reference-style link', '[tekst][a]\n\n[a]: javascript:alert(1)', 'd.md:14:1  een link naar "javascript:"'],
    ['a shortcut reference, in capitals', 'Zie [tekst].\n\n[tekst]: JaVaScRiPt:alert(1)', 'd.md:14:1  een link naar "javascript:"'],
    ['a data: link', 'Zie [x](data:text/html;base64,PHNjcmlwdD4=).', 'd.md:12:5  een link naar "data:"'],
    ['a vbscript: link', 'Zie [x](vbscript:msgbox(1)).', 'd.md:12:5  een link naar "vbscript:"'],
    ['an image from javascript:', '![x](javascript:alert(1))', 'd.md:12:1  een link naar "javascript:"'],
    ['an autolink', 'Zie <javascript:alert(1)>.', 'd.md:12:5  een link naar "javascript:"'],
    ['an address in angle brackets', '[x](<javascript:alert(1)>)', 'd.md:12:1  een link naar "javascript:"'],
    ['an address written with character references', '[x](java&#115;cript:alert(1))', 'd.md:12:1  een link naar "javascript:"'],
    ['an address with a tab, which browsers drop', '[x](<java\tscript:alert(1)>)', 'd.md:12:1  een link naar "javascript:"'],
    ['an address with a space in front, which browsers drop', 'Zie [x](< javascript:alert(1)>)', 'd.md:12:5  een link naar "javascript:"'],
    ['an address with a control character in front', '[x](<\u0001javascript:alert(1)>)', 'd.md:12:1  een link naar "javascript:"'],
    ['a reference definition on a later line', 'Tekst.\n\nMeer [hier][b].\n\n[b]:\n  vbscript:x', 'd.md:16:1  een link naar "vbscript:"'],
  ])('refuses %s, naming file, line and rule', (_, body, start) => {
    const errors = refused(body);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(new RegExp(`^${start.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}.* \\[veilige-markdown\\]$`));
  });

  it('accepts ordinary links, and the words javascript or data in the text', () => {
    expect(
      check('Open data: de cijfers. [Data](/data/), [bron][b] en <https://example.org/javascript:>.\n\n[b]: https://example.org/data:x'),
    ).toEqual([]);
  });

  it.each([
    ['a script tag split over two lines', 'Tekst <scr\nipt>alert(1)</script>', ['d.md:12:7', 'd.md:13:13']],
    ['an event handler on the next line of an allowed tag', '<abbr\nonclick="x()">A</abbr>', ['d.md:12:1']],
    ['a style on the next line', 'm<sup\n  style="color:red">2</sup>', ['d.md:12:2']],
    ['a link tag split over lines', 'Zie <a\nhref="javascript:alert(1)">hier</a>.', ['d.md:12:5', 'd.md:13:32']],
  ])('refuses %s at the line where the tag starts', (_, body, places) => {
    expect(check(body).map((error) => error.split('  ')[0])).toEqual(places);
    for (const error of check(body)) expect(error).toMatch(/ \[veilige-markdown\]$/);
  });
});

describe('safe Markdown: how tags are read', () => {
  it('accepts the allowed tags in capitals, and refuses handlers and styles however they are written', () => {
    expect(check('m<SUP>2</SUP> en <Abbr title="x">X</Abbr>')).toEqual([]);
    expect(
      check('<abbr ONCLICK ="x()">A</abbr> <sup style ="color:red">2</sup> <sub Style= "x">1</sub>').map((error) => error.split('  ')[0]),
    ).toEqual(['d.md:12:1', 'd.md:12:31', 'd.md:12:63']);
  });

  it('lists the errors in the order of the text, links and tags together', () => {
    expect(check('[x](javascript:y) <b>vet</b>\n<i>\nZie [z](data:x)').map((error) => error.split('  ')[0])).toEqual([
      'd.md:12:1',
      'd.md:12:19',
      'd.md:12:25',
      'd.md:13:1',
      'd.md:14:5',
    ]);
  });
});

describe('npm run check:content', () => {
  it('refuses a reference-style javascript: link in a content file, naming file, line and rule', () => {
    // gezondheid.md has 54 lines: the definition is on line 58.
    expect(errorsAfter({ '2020/domeinen/gezondheid.md': (text) => `${text}\nZie [de bron][b].\n\n[b]: javascript:alert(1)\n` })).toEqual([
      'content/2020/domeinen/gezondheid.md:58:1  een link naar "javascript:" mag niet; gebruik een gewoon webadres (https://...) of een pagina van deze site [veilige-markdown]',
    ]);
  });
});
