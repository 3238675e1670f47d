import { describe, expect, it } from 'vitest';
import { abbreviationMatcher, explainAbbreviations, glossaryMatcher } from '../../src/markdown/abbreviations.ts';

const matcher = abbreviationMatcher([
  { id: 'ggd', term: 'Gemeentelijke gezondheidsdienst', afkorting: 'GGD' },
  { id: 'dvo', term: 'Dienstverleningsovereenkomst', afkorting: 'DVO' },
  {
    id: 'piofach',
    term: 'Personeel, informatie, organisatie, financiën, automatisering, communicatie en huisvesting',
    afkorting: 'PIOFACH',
  },
  { id: 'euregio', term: 'EUREGIO' },
  { id: 'veerkracht', term: 'Veerkracht' },
]);
const explain = (html: string) => explainAbbreviations(html, { matcher });
const link = (id: string, word: string, title: string) =>
  `<a href="/begrippen/#${id}" class="term"><abbr title="${title}">${word}</abbr></a>`;

describe('abbreviations explained at their first use on a page', () => {
  it('links the first use in running text, once per page, with its full form', () => {
    expect(explain('<p>Uitgevoerd door GGD Twente.</p><p>De GGD en de DVO.</p>')).toBe(
      `<p>Uitgevoerd door ${link('ggd', 'GGD', 'Gemeentelijke gezondheidsdienst')} Twente.</p><p>De GGD en de ${link('dvo', 'DVO', 'Dienstverleningsovereenkomst')}.</p>`,
    );
  });

  it('gives a first use in a heading, link or table header only its full form, and links the next use', () => {
    expect(explain('<h1>GGD Twente</h1><p><a href="/x/">GGD</a> en GGD.</p>')).toBe(
      `<h1><abbr title="Gemeentelijke gezondheidsdienst">GGD</abbr> Twente</h1><p><a href="/x/">GGD</a> en ${link('ggd', 'GGD', 'Gemeentelijke gezondheidsdienst')}.</p>`,
    );
    expect(explain('<table><tr><th>GGD</th><td>GGD</td></tr></table>')).toContain(
      `<th><abbr title="Gemeentelijke gezondheidsdienst">GGD</abbr></th><td>${link('ggd', 'GGD', 'Gemeentelijke gezondheidsdienst')}</td>`,
    );
  });

  it('leaves an abbreviation alone that the page already links to the glossary first', () => {
    const html = '<p><a href="/begrippen/#ggd" class="term"><abbr title="x">GGD</abbr></a> en GGD.</p>';
    expect(explain(html)).toBe(html);
  });

  it('leaves scripts, styles, code, navigation, hidden text and attributes alone', () => {
    const html =
      '<script>const GGD = 1;</script><style>.GGD{}</style><nav><a href="/">GGD</a></nav><code>GGD</code>' +
      '<span class="visually-hidden">GGD</span><p title="GGD" data-x="DVO">tekst</p><img alt="GGD"><svg><text>GGD</text></svg>';
    expect(explain(html)).toBe(html);
  });

  it('explains a term written in capitals (PIOFACH, EUREGIO), but not ordinary glossary words', () => {
    const out = explain('<p>Alle PIOFACH disciplines, de EUREGIO en veerkracht.</p>');
    expect(out).toContain(
      '<abbr title="Personeel, informatie, organisatie, financiën, automatisering, communicatie en huisvesting">PIOFACH</abbr>',
    );
    expect(out).toContain('<a href="/begrippen/#euregio" class="term">EUREGIO</a>');
    expect(out).not.toContain('#veerkracht');
  });

  it('matches whole words in capitals only', () => {
    expect(explain('<p>GGD-taken, GGDs en ggd.</p>')).toBe(
      `<p>${link('ggd', 'GGD', 'Gemeentelijke gezondheidsdienst')}-taken, GGDs en ggd.</p>`,
    );
  });

  it('with every glossary term: links the first use of a name or word too, in running text only', () => {
    const terms = glossaryMatcher([
      { id: 'twents-model', term: 'Twents Model' },
      { id: 'p-en-o', term: 'Personeel en organisatie', afkorting: 'P&O' },
      { id: 'pg-en-l', term: 'Publieke Gezondheid & Leefomgeving', afkorting: 'PG & L' },
    ]);
    expect(explainAbbreviations('<p>Pijler 2: PG &amp; L</p>', { matcher: terms })).toBe(
      '<p>Pijler 2: <a href="/begrippen/#pg-en-l" class="term"><abbr title="Publieke Gezondheid &amp; Leefomgeving">PG &amp; L</abbr></a></p>',
    );
    expect(explainAbbreviations('<h2>Twents Model</h2><p>Inkoop Twents Model en P&amp;O.</p>', { matcher: terms })).toBe(
      '<h2>Twents Model</h2><p>Inkoop <a href="/begrippen/#twents-model" class="term">Twents Model</a> en ' +
        '<a href="/begrippen/#p-en-o" class="term"><abbr title="Personeel en organisatie">P&amp;O</abbr></a>.</p>',
    );
  });

  it('without links (a chart in a frame elsewhere), gives abbreviations their full form only', () => {
    expect(explainAbbreviations('<p>De GGD en de GGD.</p>', { matcher, links: false })).toBe(
      '<p>De <abbr title="Gemeentelijke gezondheidsdienst">GGD</abbr> en de GGD.</p>',
    );
  });
});
