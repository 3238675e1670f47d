import { beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_DIR } from '../../src/validation/layout.ts';
import { validateContent } from '../../src/validation/validate-content.ts';
import { pageUrls, readPage, requireDist, textOf } from '../helpers/dist.ts';

// Comparing years: each subject that runs through the documents (content/verbanden.yaml) has an overview
// with a row per year of the site, each linking to that year's place, and each place links back.
const { content } = validateContent(CONTENT_DIR);
const subjects = content.connections?.data ?? [];
const years = content.years.map((entry) => entry.data.jaar).sort((a, b) => a - b);

/** Where a mention points, written out here rather than with the site's own function. */
function placeOf(mention: (typeof subjects)[number]['jaren'][number]): { path: string; fragment?: string } | undefined {
  if (mention.domein) return { path: `/${mention.jaar}/domeinen/${mention.domein}/` };
  if (mention.coalitie) return { path: `/${mention.jaar}/coalities/${mention.coalitie}/` };
  if (mention.thema) return { path: `/${mention.jaar}/themas/${mention.thema}/` };
  if (mention.pijler) return { path: `/${mention.jaar}/pijlers/${mention.pijler}/` };
  if (mention.cijferblok) return { path: `/${mention.jaar}/`, fragment: `cijfers-${mention.cijferblok}` };
  return undefined;
}

const rowsOf = (html: string) => [...html.matchAll(/<li id="jaar-(\d{4})"[^>]*\sdata-named="(ja|nee)"[^>]*>([\s\S]*?)<\/li>/g)];
const spaced = (text: string) => text.replace(/\s+/g, ' ').trim();

beforeAll(requireDist);

describe('subjects through the years', () => {
  it('the content has subjects and the site has several years', () => {
    expect(subjects.length).toBeGreaterThan(10);
    expect(years.length).toBeGreaterThan(3);
  });

  it('each subject has its page, listed on the overview, with one row per year of the site, oldest first', () => {
    const overview = readPage('/door-de-jaren/');
    for (const subject of subjects) {
      expect(overview, subject.id).toContain(`href="/door-de-jaren/${subject.id}/"`);
      const rows = rowsOf(readPage(`/door-de-jaren/${subject.id}/`));
      expect(
        rows.map((row) => Number(row[1])),
        subject.id,
      ).toEqual(years);
    }
  });

  it("each row links to that year's place, with the document's words or our reading; a year without a mention says it is not named", () => {
    for (const subject of subjects) {
      for (const [, year, named, row] of rowsOf(readPage(`/door-de-jaren/${subject.id}/`))) {
        const mention = subject.jaren.find((item) => item.jaar === Number(year));
        const text = spaced(textOf(row ?? ''));
        expect(named, `${subject.id} ${year}`).toBe(mention ? 'ja' : 'nee');
        if (!mention) {
          expect(text).toContain(`Dit document noemt ${subject.naam} niet.`);
          continue;
        }
        const place = placeOf(mention);
        expect(row).toContain(`href="${place ? `${place.path}${place.fragment ? `#${place.fragment}` : ''}` : `/${year}/`}"`);
        if (mention.lezing) expect(text).toContain(`Onze lezing: ${spaced(mention.lezing)}`);
        else expect(text).toContain(spaced(mention.citaat ?? ''));
      }
    }
  });

  it('on the overview, lists as "Genoemd in" only the documents that name the subject, and our readings apart', () => {
    const overview = readPage('/door-de-jaren/');
    for (const subject of subjects) {
      const card = /<article[^>]*>[\s\S]*?<\/article>/g;
      const text = spaced(
        textOf([...overview.matchAll(card)].map((match) => match[0]).find((html) => html.includes(`/door-de-jaren/${subject.id}/"`)) ?? ''),
      );
      const named = /Genoemd in: (.*?)(?: Onze lezing: (.*))?$/.exec(text);
      expect(named, subject.id).not.toBeNull();
      expect(named?.[1]?.split(' · ').length, subject.id).toBe(subject.jaren.filter((mention) => !mention.lezing).length || 1);
      expect(named?.[2]?.split(' · ').length ?? 0, subject.id).toBe(subject.jaren.filter((mention) => mention.lezing).length);
    }
  });

  it('counts as named only the documents that name the subject themselves, not our readings', () => {
    for (const subject of subjects) {
      const cited = subject.jaren.filter((mention) => !mention.lezing).length;
      const read = subject.jaren.length - cited;
      const lead = spaced(textOf(/<p class="lead"[^>]*>[\s\S]*?<\/p>/.exec(readPage(`/door-de-jaren/${subject.id}/`))?.[0] ?? ''));
      expect(lead, subject.id).toContain(`${cited} van de ${years.length} documenten ${cited === 1 ? 'noemt' : 'noemen'} ${subject.naam}`);
      expect(lead.includes('onze lezing'), subject.id).toBe(read > 0);
    }
  });

  it('every place a subject points at links back to its overview', () => {
    let places = 0;
    const urls = new Set(pageUrls());
    for (const subject of subjects) {
      for (const mention of subject.jaren) {
        const place = placeOf(mention);
        if (!place) continue;
        places += 1;
        expect(urls.has(place.path), place.path).toBe(true);
        const html = readPage(place.path);
        const from = place.fragment ? html.slice(html.indexOf(`id="${place.fragment}"`)) : html;
        expect(place.fragment ? html.includes(`id="${place.fragment}"`) : true, `${place.path}#${place.fragment}`).toBe(true);
        expect(from, `${place.path} → ${subject.id}`).toContain(`href="/door-de-jaren/${subject.id}/"`);
      }
    }
    expect(places).toBeGreaterThan(30);
  });
});
