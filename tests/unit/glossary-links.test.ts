import { describe, expect, it } from 'vitest';
import { markdownToHtml } from 'satteri';
import { glossaryLinks } from '../../src/markdown/glossary-links.ts';

const render = (markdown: string): string =>
  markdownToHtml(markdown, {
    hastPlugins: [glossaryLinks([{ id: 'wmo', term: 'Wet maatschappelijke ondersteuning', afkorting: 'Wmo' }, { id: 'fte', term: 'fte' }])],
  }).html.trim();

describe('glossary links', () => {
  it('links the first use of a term or its abbreviation, once per text', () => {
    expect(render('Toezicht op de Wmo. Nog eens de Wmo.')).toBe('<p>Toezicht op de <a href="/begrippen/#wmo" class="term">Wmo</a>. Nog eens de Wmo.</p>');
  });

  it('matches whole words only, and not inside headings or links', () => {
    expect(render('## Wmo\n\nDe Wmoraad en [de Wmo](https://example.org).')).not.toContain('class="term"');
    expect(render('243 fte en meer.')).toBe('<p>243 <a href="/begrippen/#fte" class="term">fte</a> en meer.</p>');
  });
});
