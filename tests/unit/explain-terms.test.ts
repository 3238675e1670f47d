import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { abbreviationMatcher, explainTerms, glossaryMatcher } from '../../src/lib/explain-terms.ts';

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
const explain = (html: string) => explainTerms(html, { matcher });
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

  it('takes as abbreviations: one with a capital or a full stop, a term in capitals (digits and hyphens too); not a short form in lower case or another term', () => {
    const abbreviations = abbreviationMatcher([
      { id: 'ggd', term: 'Gemeentelijke gezondheidsdienst', afkorting: 'GGD' },
      { id: 'wmo', term: 'Wet maatschappelijke ondersteuning', afkorting: 'Wmo' },
      { id: 'it', term: 'in tegenstelling tot', afkorting: 'i.t.' },
      { id: 'meldcode', term: 'Meldcode huiselijk geweld', afkorting: 'meldcode' },
      { id: 'euregio', term: 'EUREGIO' },
      { id: 'covid', term: 'COVID-19' },
      { id: 'samen14', term: 'Samen14' },
      { id: 'ggi-netwerk', term: 'GGI-Netwerk' },
      { id: 'veerkracht', term: 'Veerkracht' },
    ]);
    expect(
      explainTerms('<p>De GGD, i.t. de meldcode, EUREGIO, COVID-19, Samen14, GGI-Netwerk, Wmo en veerkracht.</p>', {
        matcher: abbreviations,
      }),
    ).toBe(
      `<p>De ${link('ggd', 'GGD', 'Gemeentelijke gezondheidsdienst')}, ${link('it', 'i.t.', 'in tegenstelling tot')} de meldcode, ` +
        '<a href="/begrippen/#euregio" class="term">EUREGIO</a>, <a href="/begrippen/#covid" class="term">COVID-19</a>, Samen14, GGI-Netwerk, ' +
        `${link('wmo', 'Wmo', 'Wet maatschappelijke ondersteuning')} en veerkracht.</p>`,
    );
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
    expect(explainTerms('<p>Pijler 2: PG &amp; L</p>', { matcher: terms })).toBe(
      '<p>Pijler 2: <a href="/begrippen/#pg-en-l" class="term"><abbr title="Publieke Gezondheid &amp; Leefomgeving">PG &amp; L</abbr></a></p>',
    );
    expect(explainTerms('<h2>Twents Model</h2><p>Inkoop Twents Model en P&amp;O.</p>', { matcher: terms })).toBe(
      '<h2>Twents Model</h2><p>Inkoop <a href="/begrippen/#twents-model" class="term">Twents Model</a> en ' +
        '<a href="/begrippen/#p-en-o" class="term"><abbr title="Personeel en organisatie">P&amp;O</abbr></a>.</p>',
    );
  });

  it('without links (a chart in a frame elsewhere), gives abbreviations their full form only', () => {
    expect(explainTerms('<p>De GGD en de GGD.</p>', { matcher, links: false })).toBe(
      '<p>De <abbr title="Gemeentelijke gezondheidsdienst">GGD</abbr> en de GGD.</p>',
    );
  });
});

/** Markdown as the site renders it, then the page's pass over it: what a reader gets from a content file. */
const fromMarkdown = (markdown: string, terms: Parameters<typeof glossaryMatcher>[0], glossary?: string) =>
  explainTerms(markdownToHtml(markdown).html.trim(), { matcher: glossaryMatcher(terms), ...(glossary ? { glossary } : {}) });

describe('glossary terms in Markdown content', () => {
  const wmo = { id: 'wmo', term: 'Wet maatschappelijke ondersteuning', afkorting: 'Wmo' };

  it('links the first use of a term or its abbreviation, once per page', () => {
    expect(fromMarkdown('Toezicht op de Wmo. Nog eens de Wmo.', [wmo])).toBe(
      '<p>Toezicht op de <a href="/begrippen/#wmo" class="term"><abbr title="Wet maatschappelijke ondersteuning">Wmo</abbr></a>. Nog eens de Wmo.</p>',
    );
  });

  it('matches whole words only, and links neither inside a link nor in a heading', () => {
    const html = fromMarkdown('## Wmo\n\nDe Wmoraad en [de Wmo](https://example.org).', [wmo]);
    expect(html).not.toContain('class="term"');
    expect(html).toContain('<abbr title="Wet maatschappelijke ondersteuning">Wmo</abbr>');
    expect(fromMarkdown('243 fte en meer.', [{ id: 'fte', term: 'fte' }])).toBe(
      '<p>243 <a href="/begrippen/#fte" class="term">fte</a> en meer.</p>',
    );
  });

  it('matches a two-letter abbreviation only in capitals, and a short form without capitals is no abbreviation', () => {
    const terms = [
      { id: 'om', term: 'Openbaar Ministerie', afkorting: 'OM' },
      { id: 'meldcode', term: 'Meldcode huiselijk geweld en kindermishandeling', afkorting: 'meldcode' },
    ];
    expect(fromMarkdown('Om te beginnen: om negen uur.', terms)).not.toContain('class="term"');
    expect(fromMarkdown('Samen met het OM en de politie.', terms)).toContain('<abbr title="Openbaar Ministerie">OM</abbr>');
    expect(fromMarkdown('De nieuwe meldcode.', terms)).toContain('<a href="/begrippen/#meldcode" class="term">meldcode</a>');
  });

  it('links each term at its first place in a text, however the glossary orders them', () => {
    const terms = [
      { id: 'plustaken', term: 'Plustaken' },
      { id: 'vtt', term: 'Veilig Thuis Twente', afkorting: 'VTT' },
    ];
    expect(fromMarkdown('Veilig Thuis Twente (VTT) voert plustaken uit; VTT en plustaken.', terms)).toBe(
      '<p><a href="/begrippen/#vtt" class="term">Veilig Thuis Twente</a> (VTT) voert <a href="/begrippen/#plustaken" class="term">plustaken</a> uit; VTT en plustaken.</p>',
    );
  });

  it('links to the glossary under the base path the site is built for', () => {
    expect(fromMarkdown('De Wmo.', [wmo], '/twente-begroting/begrippen/')).toBe(
      '<p>De <a href="/twente-begroting/begrippen/#wmo" class="term"><abbr title="Wet maatschappelijke ondersteuning">Wmo</abbr></a>.</p>',
    );
  });

  it('links another form of a term (a plural, the short form of the site) like the term itself, once per page', () => {
    const coalition = { id: 'coalition-of-the-willing', term: 'Coalition of the Willing', vormen: ['coalitie', 'coalities'] };
    expect(fromMarkdown('Aan welke coalities Losser meedoet. Elke coalitie en nog een Coalition of the Willing.', [coalition])).toBe(
      '<p>Aan welke <a href="/begrippen/#coalition-of-the-willing" class="term">coalities</a> Losser meedoet. Elke coalitie en nog een Coalition of the Willing.</p>',
    );
  });
});

describe('reading the page’s HTML', () => {
  const ggd = link('ggd', 'GGD', 'Gemeentelijke gezondheidsdienst');

  it('explains text after the last tag, and a fragment without tags', () => {
    expect(explain('De GGD.')).toBe(`De ${ggd}.`);
    expect(explain('<b>Over</b> de GGD')).toBe(`<b>Over</b> de ${ggd}`);
  });

  it('writes a quote in a full form as &quot; in its title', () => {
    const quoted = abbreviationMatcher([{ id: 'dta', term: 'De "Twentse" aanpak', afkorting: 'DTA' }]);
    expect(explainTerms('<p>De DTA.</p>', { matcher: quoted })).toBe(
      '<p>De <a href="/begrippen/#dta" class="term"><abbr title="De &quot;Twentse&quot; aanpak">DTA</abbr></a>.</p>',
    );
  });

  it('ends an element left open (a table header without </th>) with its parent, so later text is running text again', () => {
    expect(explain('<table><tr><th>GGD<td>x</tr></table><p>De GGD.</p>')).toBe(
      `<table><tr><th><abbr title="Gemeentelijke gezondheidsdienst">GGD</abbr><td>x</tr></table><p>De ${ggd}.</p>`,
    );
  });

  it('lets an end tag without its start tag close nothing: a heading stays a heading', () => {
    expect(explain('<h2>Over</span> de GGD</h2><p>De GGD.</p>')).toBe(
      `<h2>Over</span> de <abbr title="Gemeentelijke gezondheidsdienst">GGD</abbr></h2><p>De ${ggd}.</p>`,
    );
  });

  it('explains the text after an image or a self-closing element, even one hidden from screen readers', () => {
    expect(explain('<p><img src="/i.svg" alt="" aria-hidden="true"> De GGD.</p>')).toBe(
      `<p><img src="/i.svg" alt="" aria-hidden="true"> De ${ggd}.</p>`,
    );
    expect(explain('<p><span class="icoon" aria-hidden="true"/> De GGD.</p>')).toBe(
      `<p><span class="icoon" aria-hidden="true"/> De ${ggd}.</p>`,
    );
  });

  it('leaves alone text with the hidden attribute or the class visually-hidden among others, but not a class that only contains "hidden"', () => {
    expect(explain('<p hidden class="x">GGD</p><span class="label visually-hidden">GGD</span><p class="hidden-on-print">De GGD.</p>')).toBe(
      `<p hidden class="x">GGD</p><span class="label visually-hidden">GGD</span><p class="hidden-on-print">De ${ggd}.</p>`,
    );
  });

  it('does not take a glossary address outside a link (a <link> element) for the term explained', () => {
    expect(explain('<link rel="help" href="/begrippen/#ggd"><p>De GGD.</p>')).toBe(
      `<link rel="help" href="/begrippen/#ggd"><p>De ${ggd}.</p>`,
    );
  });
});
