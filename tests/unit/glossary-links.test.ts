import { describe, expect, it } from 'vitest';
import { markdownToHtml } from 'satteri';
import { glossaryLinks } from '../../src/markdown/glossary-links.ts';

const render = (markdown: string): string =>
  markdownToHtml(markdown, {
    hastPlugins: [
      glossaryLinks([
        { id: 'wmo', term: 'Wet maatschappelijke ondersteuning', afkorting: 'Wmo' },
        { id: 'fte', term: 'fte' },
      ]),
    ],
  }).html.trim();

describe('glossary links', () => {
  it('links the first use of a term or its abbreviation, once per text', () => {
    expect(render('Toezicht op de Wmo. Nog eens de Wmo.')).toBe(
      '<p>Toezicht op de <a href="/begrippen/#wmo" class="term"><abbr title="Wet maatschappelijke ondersteuning">Wmo</abbr></a>. Nog eens de Wmo.</p>',
    );
  });

  it('matches whole words only, and not inside headings or links', () => {
    expect(render('## Wmo\n\nDe Wmoraad en [de Wmo](https://example.org).')).not.toContain('class="term"');
    expect(render('243 fte en meer.')).toBe('<p>243 <a href="/begrippen/#fte" class="term">fte</a> en meer.</p>');
  });

  it('explains an abbreviation where it is first used: a link to the explanation and its full form', () => {
    const html = markdownToHtml('Per deelnemer in DVO vastgelegd; daarna de DVO weer.', {
      hastPlugins: [glossaryLinks([{ id: 'dvo', term: 'Dienstverleningsovereenkomst', afkorting: 'DVO' }])],
    }).html;
    expect(html).toContain('<a href="/begrippen/#dvo" class="term"><abbr title="Dienstverleningsovereenkomst">DVO</abbr></a>');
    expect(html.match(/class="term"/g)).toHaveLength(1);
  });

  it('matches a two-letter abbreviation only in capitals, and a short form without capitals is no abbreviation', () => {
    const terms = [
      { id: 'om', term: 'Openbaar Ministerie', afkorting: 'OM' },
      { id: 'meldcode', term: 'Meldcode huiselijk geweld en kindermishandeling', afkorting: 'meldcode' },
    ];
    const html = (markdown: string) => markdownToHtml(markdown, { hastPlugins: [glossaryLinks(terms)] }).html;
    expect(html('Om te beginnen: om negen uur.')).not.toContain('class="term"');
    expect(html('Samen met het OM en de politie.')).toContain('<abbr title="Openbaar Ministerie">OM</abbr>');
    expect(html('De nieuwe meldcode.')).toContain('<a href="/begrippen/#meldcode" class="term">meldcode</a>');
  });

  it('links each term at its first place in a text, however the glossary orders them', () => {
    const html = markdownToHtml('Veilig Thuis Twente (VTT) voert plustaken uit; VTT en plustaken.', {
      hastPlugins: [
        glossaryLinks([
          { id: 'plustaken', term: 'Plustaken' },
          { id: 'vtt', term: 'Veilig Thuis Twente', afkorting: 'VTT' },
        ]),
      ],
    }).html;
    expect(html).toContain(
      '<p><a href="/begrippen/#vtt" class="term">Veilig Thuis Twente</a> (VTT) voert <a href="/begrippen/#plustaken" class="term">plustaken</a> uit; VTT en plustaken.</p>',
    );
  });
});
