import { beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_DIR } from '../../src/validation/layout.ts';
import { validateContent } from '../../src/validation/validate-content.ts';
import { readPage, requireDist, textOf } from '../helpers/dist.ts';

const { content } = validateContent(CONTENT_DIR);
const sources = content.sources?.data ?? [];
/** Twente's population on 1 January 2020 (Kennispunt Twente), as content/2020/inwoners.yaml gives it. */
const TWENTE_2020 = content.population.find((entry) => entry.folderYear === 2020)?.data.regio?.aantal ?? 0;

let html = '';
let text = '';
beforeAll(() => {
  requireDist();
  html = readPage('/over/');
  text = textOf(html);
});

/** The text of a section: from its heading to the next h2. */
const section = (id: string) => textOf(new RegExp(`<h2 id="${id}"[\\s\\S]*?(?=<h2 |$)`).exec(html)?.[0] ?? '');

describe('/over/', () => {
  it('has the words the reader meets as a real definition list', () => {
    const list = /<dl\b[^>]*>([\s\S]*?)<\/dl>/.exec(html.slice(html.indexOf('id="woorden-die-u-tegenkomt"')))?.[1] ?? '';
    const terms = [...list.matchAll(/<dt>([\s\S]*?)<\/dt>\s*<dd>/g)].map(([, term]) => textOf(term ?? '').trim());
    expect(terms).toEqual(['Domein', 'Coalitions of the Willing', 'CBS-code']);
    expect((list.match(/<dd>/g) ?? []).length).toBe(terms.length);
    // No "Term : explanation" paragraphs left over.
    expect(text).not.toMatch(/(Domein|Willing|CBS-code) :/);
  });

  it("lists the five documents, the population figure of Kennispunt Twente, the CBS list of codes and Veilig Thuis's help page, in one style", () => {
    const list = /<ul class="source-list">([\s\S]*?)<\/ul>/.exec(html)?.[1] ?? '';
    const titles = [...list.matchAll(/<li id="bron-[^"]+">\s*<cite>([^<]+)<\/cite>\s*<span class="muted"> · [^<]+<\/span>/g)].map(
      ([, title]) => title?.replace(/&quot;/g, '"'),
    );
    expect(titles).toHaveLength(8);
    expect(titles).toEqual(
      expect.arrayContaining([
        ...sources.map((source) => source.titel),
        'Twentse bevolking in 2020 licht gegroeid',
        'Gemeentelijke indeling op 1 januari 2020',
        'Bel Veilig Thuis',
      ]),
    );
    expect(textOf(list)).toContain('631.064');
  });

  it('says that no source gives amounts per municipality, and describes no key as if the site applied it', () => {
    const part = section('bijdragen-per-gemeente');
    expect(part).toContain('samen bijdragen');
    expect(part).toContain('Daarom rekent de site geen bedrag per gemeente uit');
    expect(html).toContain('id="verdeelsleutels"');
    for (const method of ['grootste overschot', 'naar inwonertal', 'gelijke delen', 'veertiende deel', 'berekend']) {
      expect(part.toLowerCase(), method).not.toContain(method);
    }
  });

  it('explains the amount per inhabitant of Twente, and its example is the 2020 total divided by 631.064', () => {
    const part = section('bijdragen-per-gemeente');
    expect(part).toContain('per inwoner van heel Twente');
    expect(part).toContain('631.064');
    expect(part).toContain('Kennispunt Twente');
    expect(part).toContain('per domein en voor het totaal');
    const total = content.domains.filter((entry) => entry.folderYear === 2020).reduce((sum, entry) => sum + entry.data.bijdrage, 0);
    expect([total, TWENTE_2020]).toEqual([33_343_000, 631_064]);
    expect(part).toContain('afgerond op hele centen');
    // 33.343.000 / 631.064 = 52,8361... euro.
    expect(part).toContain('€ 33.343.000 gedeeld door 631.064 inwoners is afgerond € 52,84 per inwoner');
  });

  it('shows participants from the document of the same year, and a 2017 list only as the 2017 list', () => {
    const part = section('hoe-rekenen-we');
    expect(part).toContain('komen uit het document van hetzelfde jaar');
    expect(part).toContain('als de lijst van 2017, met de periode die daar staat');
    expect(part).toContain('nooit als de deelnemers van 2020');
  });

  it('does not say that sources are still to come', () => {
    expect(text).not.toMatch(/nog niet op de site|nog niet op deze site/);
  });
});
