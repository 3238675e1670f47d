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

  it('are all named in one error: what is missing, what is unknown, and the parts the page has', () => {
    expect(() => fillParts('<p>{{bronnen}}</p><p>{{onbekend}}</p>', { bronnen: '', melden: '', bewerken: '' }, FILE)).toThrow(
      new Error(
        'content/paginas/over.md: the text has no {{melden}}; the text has no {{bewerken}}; {{onbekend}} is not a part of this page ' +
          '(the parts of this page: {{bronnen}}, {{melden}}, {{bewerken}})',
      ),
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

  it('marks a term of several words, also one that runs over two lines', () => {
    expect(definitionTerms('<dl><dt>Gemeenschappelijke regeling</dt><dd>a</dd><dt>Coalition of\nthe Willing</dt><dd>b</dd></dl>')).toBe(
      '<dl class="terms"><dt><dfn>Gemeenschappelijke regeling</dfn></dt><dd>a</dd><dt><dfn>Coalition of\nthe Willing</dfn></dt><dd>b</dd></dl>',
    );
  });
});

describe('an old anchor of a page', () => {
  it('stays, just before the heading whose section holds its text', () => {
    expect(withOldAnchors('<p>a</p><h2 id="bijdragen">B</h2>', { verdeelsleutels: 'bijdragen' }, FILE)).toBe(
      '<p>a</p><span id="verdeelsleutels"></span><h2 id="bijdragen">B</h2>',
    );
  });

  it('stays before a heading at the very start of the text', () => {
    expect(withOldAnchors('<h2 id="bijdragen">B</h2><p>a</p>', { verdeelsleutels: 'bijdragen' }, FILE)).toBe(
      '<span id="verdeelsleutels"></span><h2 id="bijdragen">B</h2><p>a</p>',
    );
  });

  it('finds a heading whose anchor has a dot by that anchor exactly', () => {
    expect(withOldAnchors('<h3 id="stap-1.2">Stap 1.2</h3>', { stap: 'stap-1.2' }, FILE)).toBe(
      '<span id="stap"></span><h3 id="stap-1.2">Stap 1.2</h3>',
    );
    // The dot is a dot, not any character.
    expect(() => withOldAnchors('<h3 id="stap-1x2">Stap</h3>', { stap: 'stap-1.2' }, FILE)).toThrow(
      'content/paginas/over.md: no heading with the anchor #stap-1.2, where the old anchor #stap leads',
    );
  });

  it('stops the build when that heading is gone', () => {
    expect(() => withOldAnchors('<h2 id="anders">B</h2>', { verdeelsleutels: 'bijdragen' }, FILE)).toThrow(/#bijdragen/);
  });
});
