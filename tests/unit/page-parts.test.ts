import { describe, expect, it } from 'vitest';
import { definitionTerms, fillParts, placeholdersIn, withOldAnchors } from '../../src/lib/page-parts.ts';

// A page text from content/paginas/ has placeholders where the page puts in what it makes itself.
const FILE = 'content/paginas/over.md';
const TEXT = [
  '<h2 id="bronnen">Bronnen</h2>',
  '<p>Alles komt uit deze documenten:</p>',
  '<p>{{bronnen}}</p>',
  '<p>Ziet u een fout? {{melden}} Noem het adres.</p>',
  '<p>{{bewerken}}</p>',
].join('\n');

describe('the placeholders of a page text', () => {
  it('are found by name, each once', () => {
    expect(placeholdersIn(`${TEXT}<p>{{melden}}</p>`)).toEqual(['bronnen', 'melden', 'bewerken']);
  });

  it('take the place of their paragraph when they stand alone, and stay in the sentence otherwise', () => {
    const html = fillParts(TEXT, { bronnen: '<ul><li>Begroting</li></ul>', melden: 'Meld het <a href="#">hier</a>.', bewerken: '' }, FILE);
    expect(html).toContain('<p>Alles komt uit deze documenten:</p>\n<ul><li>Begroting</li></ul>\n');
    expect(html).toContain('<p>Ziet u een fout? Meld het <a href="#">hier</a>. Noem het adres.</p>');
    // An empty part leaves no empty paragraph.
    expect(html).not.toContain('<p></p>');
    expect(html).not.toContain('{{');
  });

  it('fill every use of a part', () => {
    expect(fillParts('<p>{{aantal}} inwoners; {{aantal}} in totaal.</p>', { aantal: '631.064' }, FILE)).toBe(
      '<p>631.064 inwoners; 631.064 in totaal.</p>',
    );
  });

  it('must all be there: a page whose text lost one does not build, and the error names the file and the part', () => {
    expect(() => fillParts(TEXT.replace('{{melden}}', ''), { bronnen: '', melden: '', bewerken: '' }, FILE)).toThrow(
      /^content\/paginas\/over\.md: the text has no \{\{melden\}\}/,
    );
  });

  it('may only be parts of the page: an unknown one stops the build instead of showing braces', () => {
    expect(() => fillParts(TEXT, { bronnen: '', melden: '' }, FILE)).toThrow(/\{\{bewerken\}\} is not a part of this page/);
  });
});

describe('a definition list in a page text', () => {
  it('is a list of terms, each marked as the word it defines', () => {
    expect(definitionTerms('<dl>\n<dt>Domein</dt>\n<dd>Een deel van de begroting.</dd>\n</dl>')).toBe(
      '<dl class="terms">\n<dt><dfn>Domein</dfn></dt>\n<dd>Een deel van de begroting.</dd>\n</dl>',
    );
  });
});

describe('an old anchor of a page', () => {
  it('stays, just before the heading whose section holds its text', () => {
    expect(withOldAnchors('<p>a</p><h2 id="bijdragen">B</h2>', { verdeelsleutels: 'bijdragen' }, FILE)).toBe(
      '<p>a</p><span id="verdeelsleutels"></span><h2 id="bijdragen">B</h2>',
    );
  });

  it('stops the build when that heading is gone', () => {
    expect(() => withOldAnchors('<h2 id="anders">B</h2>', { verdeelsleutels: 'bijdragen' }, FILE)).toThrow(/#bijdragen/);
  });
});
