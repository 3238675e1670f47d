import { beforeAll, describe, expect, it } from 'vitest';
import { endSentence } from '../../src/lib/dutch.ts';
import { CONTENT_DIR } from '../../src/validation/layout.ts';
import { validateContent } from '../../src/validation/validate-content.ts';
import { pageUrls, readPage, requireDist, textOf } from '../helpers/dist.ts';

// "What does my municipality pay?": a page that asks it answers it, with an amount or with the honest
// answer (no document gives it; what the site gives instead; how the municipalities pay according to
// the 2015 plan, src/components/HowMunicipalitiesPay.astro). These tests read every built page.
const { content } = validateContent(CONTENT_DIR);
const payment = content.payment!.data;
const sourceTitle = new Map((content.sources?.data ?? []).map((source) => [source.id, source.titel]));
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

beforeAll(requireDist);

/** The element that starts at `start` (an index of "<tag"), to its matching end tag. */
function elementAt(html: string, start: number): string {
  const tag = /^<([a-z0-9]+)/.exec(html.slice(start))?.[1];
  if (!tag) throw new Error(`No element at ${start}`);
  const pattern = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'g');
  pattern.lastIndex = start;
  let depth = 0;
  for (let match = pattern.exec(html); match; match = pattern.exec(html)) {
    depth += match[1] ? -1 : 1;
    if (depth === 0) return html.slice(start, match.index + match[0].length);
  }
  throw new Error(`Unclosed <${tag}> at ${start}`);
}

/** The payment section of a page: the element that carries data-payment. */
function paymentSection(html: string): string {
  const marker = html.indexOf(' data-payment ');
  if (marker < 0) return '';
  return elementAt(html, html.lastIndexOf('<', marker));
}

/** Pages of single municipalities: /gemeenten/<id>/. */
const municipalityUrls = () => pageUrls().filter((url) => /^\/gemeenten\/[^/]+\/$/.test(url));

describe('how the municipalities pay', () => {
  it('stands on /gemeenten/ and on every municipality page, each principle with its quote, exceptions and source', () => {
    const municipalities = municipalityUrls();
    expect(municipalities).toHaveLength(14);
    expect(municipalities).toEqual((content.municipalities?.data ?? []).map((entry) => `/gemeenten/${entry.id}/`).sort());
    for (const url of ['/gemeenten/', ...municipalities]) {
      const section = paymentSection(readPage(url));
      expect(section, url).not.toBe('');
      const text = textOf(section);
      expect(text, url).toContain(squash(payment.titel));
      expect(text, url).toContain(squash(payment.inleiding));
      expect(
        [...section.matchAll(/data-payment-principle="([^"]+)"/g)].map((match) => match[1]),
        url,
      ).toEqual(payment.beginselen.map((principle) => principle.id));
      for (const principle of payment.beginselen) {
        const item = textOf(elementAt(section, section.lastIndexOf('<li', section.indexOf(`data-payment-principle="${principle.id}"`))));
        expect(item, `${url} ${principle.id}`).toContain(squash(principle.naam));
        expect(item, `${url} ${principle.id}`).toContain(squash(principle.uitleg));
        expect(item, `${url} ${principle.id}`).toContain(squash(principle.citaat));
        for (const exception of principle.uitzonderingen ?? []) {
          expect(item, `${url} ${principle.id}`).toContain(squash(exception.tekst));
          expect(item, `${url} ${principle.id}`).toContain(squash(exception.citaat));
        }
        expect(item, `${url} ${principle.id}`).toContain(`Bron: ${sourceTitle.get(principle.bron.document)}`);
        expect(item, `${url} ${principle.id}`).toContain(squash(endSentence(principle.bron.sectie)));
      }
      if (payment.vervolg) expect(text, url).toContain(squash(payment.vervolg.tekst));
    }
  });

  it('says once per page that no document gives the amount of one municipality, and what the site gives instead', () => {
    for (const url of ['/gemeenten/', ...municipalityUrls()]) {
      const html = readPage(url);
      const section = paymentSection(html);
      expect(html.match(/data-own-amount="none"/g), url).toHaveLength(1);
      expect(section, url).toContain('data-own-amount="none"');
      const text = textOf(section);
      expect(text.match(/staat in geen van de bronnen/g), url).toHaveLength(1);
      expect(text, url).toContain(
        'alleen wat de veertien gemeenten samen bijdragen; opgeteld door deze site is dat € 33.343.000 voor de domeinen in 2020',
      );
      expect(text, url).toContain('€ 52,84 per inwoner van Twente');
      // The per-inhabitant table does not say it again in other words.
      expect(text, url).not.toContain('Een bedrag per inwoner van één gemeente geeft de site niet');
    }
  });
});

/** A heading that asks what a municipality, or the municipalities, pay or contribute. */
const PAYMENT_QUESTION = /\bwat\s+(betaalt|betalen|draagt|dragen)\b[^?]*\?/i;

interface Question {
  heading: string;
  answered: boolean;
}

/**
 * Every heading of a page that asks what is paid, and whether its part of the page (up to the next
 * heading of the same or a higher level) answers it. A question about one municipality ("Wat betaalt
 * Losser?", "Wat betaalt mijn gemeente?") needs that municipality's own amount (data-own-amount="<id>")
 * or the honest answer (data-own-amount="none"); a question about the municipalities together needs
 * an amount in euros or the honest answer.
 */
function paymentQuestions(html: string): Question[] {
  const headings = [...html.matchAll(/<h([1-6])\b[^>]*>([\s\S]*?)<\/h\1>/g)].map((match) => ({
    level: Number(match[1]),
    text: textOf(match[2] ?? '').trim(),
    start: match.index,
    end: match.index + match[0].length,
  }));
  return headings
    .filter((heading) => PAYMENT_QUESTION.test(heading.text))
    .map((heading) => {
      const next = headings.find((other) => other.start > heading.start && other.level <= heading.level);
      const part = html.slice(heading.end, next?.start ?? html.length);
      const oneMunicipality = /\b(betaalt|draagt)\b/i.test(heading.text);
      const answered = /data-own-amount="[^"]+"/.test(part) || (!oneMunicipality && /€\s?\d/.test(textOf(part)));
      return { heading: heading.text, answered };
    });
}

describe('a heading that asks what is paid', () => {
  it('is recognised, and counts as answered only by an amount or the honest answer', () => {
    const chooser =
      '<nav><h2 id="mijn-gemeente">Wat betaalt mijn gemeente?</h2><p>Kies uw gemeente:</p><ul><li><a href="/gemeenten/losser/">Losser</a></li></ul></nav><h2>Verder lezen</h2>';
    expect(paymentQuestions(chooser)).toEqual([{ heading: 'Wat betaalt mijn gemeente?', answered: false }]);
    // The total of all municipalities is no answer to what one of them pays.
    expect(paymentQuestions('<h2>Wat betaalt Losser?</h2><p>Samen € 33.343.000.</p>')).toEqual([
      { heading: 'Wat betaalt Losser?', answered: false },
    ]);
    expect(paymentQuestions('<h2>Wat betaalt Losser?</h2><p data-own-amount="none">Staat in geen van de bronnen.</p>')[0]?.answered).toBe(
      true,
    );
    expect(paymentQuestions('<h2>Wat betaalt Almelo?</h2><section data-own-amount="almelo"><h3>2020</h3></section>')[0]?.answered).toBe(
      true,
    );
    expect(paymentQuestions('<h2>Wat dragen de gemeenten bij?</h2><p class="big">€&nbsp;18.165.000</p>')[0]?.answered).toBe(true);
    // A later part of the page does not answer an earlier question.
    expect(paymentQuestions('<h2>Wat betalen de gemeenten?</h2><p>Kies.</p><h2>Cijfers</h2><p>€ 1</p>')[0]?.answered).toBe(false);
    expect(paymentQuestions('<h2>Wat zeggen de documenten over mijn gemeente?</h2>')).toEqual([]);
  });

  it('is answered on every page of the site', () => {
    const unanswered: string[] = [];
    const asked = new Map<string, number>();
    for (const url of pageUrls()) {
      const questions = paymentQuestions(readPage(url));
      if (questions.length > 0) asked.set(url, questions.length);
      for (const question of questions) if (!question.answered) unanswered.push(`${url}: ${question.heading}`);
    }
    expect(unanswered).toEqual([]);
    // The check ran: on /gemeenten/, every municipality page, home and the domain pages.
    for (const url of ['/', '/gemeenten/', ...municipalityUrls(), '/2020/domeinen/gezondheid/'])
      expect(asked.get(url), url).toBeGreaterThan(0);
  });

  it('is not the question of the chooser on home, which links to the answer', () => {
    const home = readPage('/');
    const chooser = elementAt(home, home.indexOf('<nav class="chooser"'));
    expect(textOf(chooser)).toContain('Wat zeggen de documenten over mijn gemeente?');
    expect(textOf(chooser)).toContain('Wat één gemeente zelf betaalt, staat in geen van de documenten');
    expect(chooser).toContain('href="/gemeenten/#wat-betalen"');
    expect(readPage('/gemeenten/')).toContain('id="wat-betalen"');
    expect(chooser.match(/href="\/gemeenten\/[^/#"]+\/"/g)).toHaveLength(14);
  });
});
