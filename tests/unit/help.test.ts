import { describe, expect, it } from 'vitest';
import { mentionsAny, telHref, unbrokenNumber } from '../../src/lib/help.ts';

const WORDS = ['huiselijk geweld', 'Veilig Thuis'];

describe('mentionsAny', () => {
  it('finds a word in the visible text, in any case and across tags and line breaks', () => {
    expect(mentionsAny('<p>Het advies- en meldpunt voor <strong>huiselijk\n geweld</strong>.</p>', WORDS)).toBe(true);
    expect(mentionsAny('<li><strong>Veilig</strong> <em>Thuis</em> Twente</li>', WORDS)).toBe(true);
    expect(mentionsAny('<p>HUISELIJK GEWELD</p>', WORDS)).toBe(true);
  });

  it('does not count a name the page only lists: in a link, heading, table, navigation or hidden text', () => {
    expect(mentionsAny('<p>Domeinen: <a href="/x/">Veilig Thuis Twente</a></p>', WORDS)).toBe(false);
    expect(mentionsAny('<h3 class="card-title">Veilig Thuis Twente</h3><p>Stoppen van geweld</p>', WORDS)).toBe(false);
    expect(mentionsAny('<table><tr><th>Veilig Thuis</th><td>ja</td></tr></table>', WORDS)).toBe(false);
    expect(mentionsAny('<nav><ul><li>Veilig Thuis</li></ul></nav>', WORDS)).toBe(false);
    expect(mentionsAny('<dl><dt>VTT</dt><dd>Veilig Thuis Twente</dd></dl>', WORDS)).toBe(false);
    expect(mentionsAny('<span hidden data-pagefind-meta="x">huiselijk geweld</span><p>Jeugd</p>', WORDS)).toBe(false);
    expect(mentionsAny('<h2>Veilig Thuis</h2><p>Meldingen bij Veilig Thuis nemen toe.</p>', WORDS)).toBe(true);
  });

  it('does not find a word in attributes, scripts or styles, or inside a longer word', () => {
    expect(mentionsAny('<a href="/2020/domeinen/veilig-thuis-twente/" title="Veilig Thuis">Domein</a>', WORDS)).toBe(false);
    expect(mentionsAny('<script>const x = "huiselijk geweld";</script><p>Gezondheid</p>', WORDS)).toBe(false);
    expect(mentionsAny('<p>onveilig thuisgevoel</p>', WORDS)).toBe(false);
  });

  it('does not count a link that holds other elements (a term with its full form), or an element hidden by aria-hidden among other attributes', () => {
    expect(mentionsAny('<p>Zie <a href="/x/"><abbr title="Veilig Thuis Twente">VTT</abbr> Veilig Thuis</a>.</p>', WORDS)).toBe(false);
    expect(mentionsAny('<span class="icoon" aria-hidden="true">Veilig Thuis</span><p>Jeugd</p>', WORDS)).toBe(false);
    expect(mentionsAny('<span hidden>Veilig Thuis</span ><p>Jeugd</p>', WORDS)).toBe(false);
  });

  it('reads elements written next to each other (compressed HTML) as separate words, and &nbsp; as a space', () => {
    expect(mentionsAny('<ul><li>Jeugd</li><li>Veilig Thuis</li></ul>', WORDS)).toBe(true);
    expect(mentionsAny('<p>Bel Veilig&nbsp;Thuis.</p>', ['Veilig Thuis'])).toBe(true);
    expect(mentionsAny('<p>Bel Veilig&#160;Thuis.</p>', ['Veilig Thuis'])).toBe(true);
  });

  it('reads &amp; as an ampersand, and a word with brackets letter for letter', () => {
    expect(mentionsAny('<p>De afdeling P&amp;O.</p>', ['P&O'])).toBe(true);
    expect(mentionsAny('<p>Bel Veilig Thuis Twente (VTT).</p>', ['Veilig Thuis Twente (VTT)'])).toBe(true);
    expect(mentionsAny('<p>Bel Veilig Thuis Twente VTT.</p>', ['Veilig Thuis Twente (VTT)'])).toBe(false);
  });

  it('ignores spaces around a word of the list, and lets one or more spaces between its parts match any spacing', () => {
    expect(mentionsAny('<p>Bel Veilig Thuis.</p>', ['  Veilig   Thuis '])).toBe(true);
  });
});

describe('telHref', () => {
  it('keeps only the digits of a number', () => {
    expect(telHref('0800-2000')).toBe('tel:08002000');
    expect(telHref('112')).toBe('tel:112');
    expect(telHref('053 123 45 67')).toBe('tel:0531234567');
  });
});

describe('unbrokenNumber', () => {
  it('replaces each hyphen with a non-breaking hyphen and keeps the digits', () => {
    expect(unbrokenNumber('0800-2000')).toBe('0800\u20112000');
    expect(unbrokenNumber('112')).toBe('112');
  });
});
