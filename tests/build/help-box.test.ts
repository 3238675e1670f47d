import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { pageUrls, readPage, requireDist, textOf } from '../helpers/dist.ts';

/**
 * A way to help: every page about domestic violence or Veilig Thuis (its running text names them, not only
 * a link, heading, table or menu that lists the organisation) shows the help box, with
 * Veilig Thuis's number exactly as its source gives it (tests/fixtures/bronnen/veilig-thuis-hulp.md,
 * a copy of the source), as a tel: link, under a heading of its own; other pages do not.
 */
beforeAll(requireDist);

const source = readFileSync('tests/fixtures/bronnen/veilig-thuis-hulp.md', 'utf8');
const NUMBER = /\*\*Veilig Thuis: ([\d-]+)\*\*/.exec(source)?.[1] ?? '';
const EMERGENCY = /call \*\*(\d+)\*\*/.exec(source)?.[1] ?? '';
const MENTION = /huiselijk\s+geweld|veilig\s+thuis/i;

const BOX = /<section class="help-box"[^>]*>[\s\S]*?<\/section>/g;
/** The box's text, with the non-breaking hyphens (U+2011) of the number read as the source's hyphens. */
const textOfBox = (box: string) => textOf(box).replace(/\u2011|&#8209;/g, '-');
const mainOf = (html: string) => /<main\b[\s\S]*<\/main>/.exec(html)?.[0] ?? '';
/** The page's running text: without what only lists names (links, headings, tables, lists of terms, navigation) and hidden text. */
const runningText = (main: string) =>
  textOf(
    main
      .replace(/<(a|nav|table|dl|h[1-6])\b[\s\S]*?<\/\1>/g, ' ')
      .replace(/<(span|div|p)\b[^>]*\s(?:hidden|aria-hidden="true")[^>]*>[\s\S]*?<\/\1>/g, ' '),
  );
const pages = () => [...pageUrls(), '/404.html'].map((url) => ({ url, main: mainOf(readPage(url)) }));

describe('the help box', () => {
  it('takes its numbers from the source', () => {
    expect(NUMBER).toBe('0800-2000');
    expect(EMERGENCY).toBe('112');
  });

  it('stands once on every page whose running text names huiselijk geweld or Veilig Thuis, and on no other page', () => {
    const withBox: string[] = [];
    for (const { url, main } of pages()) {
      const boxes = main.match(BOX) ?? [];
      const mentions = MENTION.test(runningText(main.replace(BOX, ' ')));
      expect(boxes.length, url).toBe(mentions ? 1 : 0);
      if (mentions) withBox.push(url);
    }
    expect(withBox).toEqual(
      expect.arrayContaining(['/2020/domeinen/veilig-thuis-twente/', '/2024/pijlers/veiligheid/', '/2025/themas/opgroeien/']),
    );
    // Not a page that only lists the organisation among others: the start page, a municipality.
    expect(withBox).not.toContain('/');
    expect(withBox).not.toContain('/gemeenten/losser/');
  });

  it('gives the number exactly as the source does, as a tel: link, with the emergency number, under its own heading', () => {
    for (const { url, main } of pages()) {
      const [box] = main.match(BOX) ?? [];
      if (!box) continue;
      expect(box, url).toContain(`<a href="tel:${NUMBER.replace(/\D/g, '')}" data-help-number`);
      expect(/data-help-number[^>]*>([^<]*)<\/a>/.exec(box)?.[1], url).toBe(NUMBER.replace(/-/g, '\u2011'));
      expect(box, url).toContain(`<a href="tel:${EMERGENCY}"`);
      // A region with a name: the heading it points to is inside the box.
      const labelledBy = /aria-labelledby="([^"]+)"/.exec(box)?.[1];
      expect(box, url).toMatch(new RegExp(`<h2 id="${labelledBy}"[^>]*>[^<]+</h2>`));
      // Said in words, not by colour alone.
      expect(textOfBox(box), url).toContain(`Bel Veilig Thuis: ${NUMBER}`);
      expect(textOfBox(box), url).toContain('Bron: Bel Veilig Thuis (Veilig Thuis');
    }
  });
});
