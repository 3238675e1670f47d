import { beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_DIR } from '../../src/validation/layout.ts';
import { validateContent } from '../../src/validation/validate-content.ts';
import { actionsSections, agendaParagraphs } from '../helpers/agenda-source.ts';
import { pageUrls, readPage, requireDist, textOf } from '../helpers/dist.ts';

// The 2017 year page keeps the promise of the agenda's document page: per subject the ambition and
// what Regio Twente will do for it ("Wat gaan we daarvoor doen?"), after the agenda's context. The
// sections are read from the source text itself (tests/fixtures/bronnen/), not from our content, so a
// list item left out of content/2017/agenda/ fails here.
const { content } = validateContent(CONTENT_DIR);
const parts = content.agendaParts.filter((entry) => entry.folderYear === 2017).sort((a, b) => a.data.volgorde - b.data.volgorde);
const subjects = parts.filter((entry) => entry.data.soort === 'onderwerp');
const context = parts.filter((entry) => entry.data.soort === 'context');
const normal = (text: string) => text.replace(/\s+/g, ' ').trim();

let html = '';
beforeAll(() => {
  requireDist();
  html = readPage('/2017/');
});

/** The HTML of the section of one agenda part on the year page (its own <section>, to its end). */
function partHtml(slug: string): string {
  const start = html.indexOf(`data-agenda-part="${slug}"`);
  expect(start, slug).toBeGreaterThan(-1);
  return html.slice(start, html.indexOf('</section>', start));
}

/** The subject whose ambition cites this paragraph of the source ("2. Publieke Gezondheid (GGD Twente)"). */
function subjectOf(paragraph: string) {
  const subject = subjects.find((entry) => entry.data.bron.sectie.startsWith(`${paragraph},`));
  expect(subject, paragraph).toBeDefined();
  return subject!;
}

describe('the 2017 agenda on /2017/', () => {
  it('shows every "Wat gaan we daarvoor doen?" section of the agenda with all its list items, in order', () => {
    const sections = actionsSections();
    // Counted by hand in the source: paragraphs 2 (Publieke Gezondheid), 3 (Sociaaleconomische
    // structuurversterking), 4 (Recreatieve voorzieningen) and 6 (Twentse belangenbehartiging) have one;
    // 3 (OZJT) has none. 6 + 10 + 6 + 6 items.
    expect(sections.map((section) => section.paragraph)).toEqual([
      '2. Publieke Gezondheid (GGD Twente)',
      '3. Sociaaleconomische structuurversterking',
      '4. Recreatieve voorzieningen',
      '6. Twentse belangenbehartiging',
    ]);
    expect(sections.map((section) => section.items.length)).toEqual([6, 10, 6, 6]);
    for (const section of sections) {
      const subject = subjectOf(section.paragraph);
      const part = partHtml(subject.slug);
      const text = textOf(part);
      expect(part, section.paragraph).toContain(`data-agenda-actions="${section.items.length}"`);
      let from = 0;
      for (const item of [...(section.intro ? [section.intro] : []), ...section.items]) {
        const at = text.indexOf(normal(item), from);
        expect(at, `${section.paragraph}: ${item}`).toBeGreaterThan(-1);
        from = at;
      }
      const list = part.slice(part.indexOf('data-agenda-list="acties"'), part.indexOf('</ul>', part.indexOf('data-agenda-list="acties"')));
      expect(list.match(/<li>/g)?.length, section.paragraph).toBe(section.items.length);
      expect(text, section.paragraph).toContain(`${section.paragraph}, Wat gaan we daarvoor doen?`);
    }
  });

  it('says so where a subject has no such list, and shows every subject of the agenda', () => {
    const withList = new Set(actionsSections().map((section) => section.paragraph));
    const paragraphs = agendaParagraphs();
    expect(paragraphs).toHaveLength(5);
    for (const paragraph of paragraphs) {
      const subject = subjectOf(paragraph);
      const part = partHtml(subject.slug);
      if (withList.has(paragraph)) continue;
      expect(part, paragraph).toContain('data-agenda-actions="geen"');
      expect(textOf(part), paragraph).toContain('De agenda geeft bij dit onderwerp geen lijst „Wat gaan we daarvoor doen?”');
      expect(part, paragraph).not.toContain('data-agenda-list="acties"');
    }
    expect(subjects).toHaveLength(paragraphs.length);
  });

  it('puts the context first, then the subjects with their ambition, each with a heading and its place in the agenda', () => {
    expect(context.map((entry) => entry.data.titel)).toEqual(['De wereld waarin wij leven', 'Gezamenlijk ambitie']);
    const order = [...context, ...subjects].map((entry) => html.indexOf(`data-agenda-part="${entry.slug}"`));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(html.indexOf('id="agenda-context"')).toBeLessThan(html.indexOf('id="agenda-onderwerpen"'));
    expect(html.indexOf('id="agenda-onderwerpen"')).toBeLessThan(html.indexOf('id="coalities"'));
    for (const entry of [...context, ...subjects]) {
      const part = partHtml(entry.slug);
      expect(part, entry.slug).toMatch(new RegExp(`<h3 id="agenda-${entry.slug}">`));
      expect(textOf(part), entry.slug).toContain(`${entry.data.bron.sectie}.`);
      // The first and the last paragraph of the text under the heading.
      const paragraphs = (entry.body ?? '').split(/\n\s*\n/).map((text) => normal(text.replace(/^> /, '').replace(/^- /gm, '')));
      for (const text of [paragraphs[0], paragraphs.at(-1)]) expect(textOf(part), entry.slug).toContain(text?.split('\n')[0]?.slice(0, 80));
    }
    for (const entry of subjects) {
      const part = partHtml(entry.slug);
      expect(part, entry.slug).toContain('<h4>De ambitie</h4>');
      expect(part, entry.slug).toContain('<h4>Wat Regio Twente daarvoor gaat doen</h4>');
    }
  });

  it('states that these are plans of June 2017 for the period of the agenda, not results', () => {
    const start = html.indexOf('data-agenda-plans');
    const note = textOf(html.slice(start, html.indexOf('</p>', start)));
    expect(note).toContain('Dit zijn plannen, geen resultaten.');
    expect(note).toContain('de agenda van 28 juni 2017, voor de periode 2017 tot halverwege 2020.');
    expect(note).toContain('Wat ervan is uitgevoerd, staat niet in de agenda.');
    // Before the first subject.
    expect(start).toBeLessThan(html.indexOf(`data-agenda-part="${subjects[0]!.slug}"`));
  });

  it('is only on the pages of years that have an agenda', () => {
    const years = new Set(content.agendaParts.map((entry) => `/${entry.folderYear}/`));
    expect([...years]).toEqual(['/2017/']);
    for (const url of pageUrls().filter((page) => /^\/\d{4}\/$/.test(page))) {
      expect(readPage(url).includes('data-agenda-part='), url).toBe(years.has(url));
    }
  });
});

describe('the document page of the agenda', () => {
  it('links each subject to its ambition and plans on /2017/', () => {
    const page = readPage('/documenten/samenwerkingsagenda-2017-2020/');
    for (const entry of subjects) expect(page, entry.slug).toContain(`href="/2017/#agenda-${entry.slug}"`);
  });
});
