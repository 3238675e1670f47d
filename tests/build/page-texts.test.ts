import { beforeAll, describe, expect, it } from 'vitest';
import { slugify } from '../../src/lib/slug.ts';
import { CONTENT_DIR } from '../../src/validation/layout.ts';
import { validateContent } from '../../src/validation/validate-content.ts';
import { htmlFiles, readPage, requireDist, textOf, urlOf } from '../helpers/dist.ts';

// The words of the fixed pages are content/paginas/<naam>.md, and the sentence under every page is
// content/site.yaml: the built pages show what those files say, and nothing of the placeholders.
const { content } = validateContent(CONTENT_DIR);
const pages = content.pages;
const site = content.site?.data;

/** The page of each file in content/paginas/: a file without a page here says nothing anywhere. */
const PAGE_OF: Record<string, string> = {
  over: '/over/',
  toegankelijkheid: '/toegankelijkheid/',
  'niet-gevonden': '/404.html',
  organisatie: '/organisatie/',
};

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const attribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** The sentences of a Markdown text as a reader sees them: no markup, no placeholders, no anchors. */
function sentencesOf(markdown: string): string[] {
  const plain = markdown
    .replace(/\{\{[a-z-]+\}\}/g, '\n')
    .replace(/\s*\{#[a-z0-9-]+\}/g, '')
    .replace(/^(?:#+|-|:)\s+/gm, '')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]+\)/g, '$1');
  return plain
    .split(/\n\s*\n|(?<=[.?!:;])\s+(?=[A-Z])/)
    .map(squash)
    .filter((sentence) => sentence.split(' ').length >= 3);
}

beforeAll(() => requireDist());

describe('the pages of content/paginas/', () => {
  it('are every file of that folder, each on its page', () => {
    expect(pages.length).toBeGreaterThanOrEqual(4);
    expect(pages.map((page) => page.slug).sort()).toEqual(Object.keys(PAGE_OF).sort());
  });

  it.each(Object.entries(PAGE_OF))('%s shows its heading, description, lead and text', (name, url) => {
    const page = pages.find((entry) => entry.slug === name);
    if (!page) throw new Error(`content/paginas/${name}.md is missing`);
    const html = readPage(url);
    const text = textOf(html);
    const { titel, beschrijving, inleiding } = page.data;
    expect(textOf(/<h1\b[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? '').trim()).toBe(titel);
    expect(html).toContain(`<meta name="description" content="${attribute(beschrijving)}">`);
    if (inleiding) expect(textOf(/<p class="lead">([\s\S]*?)<\/p>/.exec(html)?.[1] ?? '').trim()).toBe(squash(inleiding));
    const sentences = sentencesOf(page.body ?? '');
    if (page.body?.trim()) expect(sentences.length).toBeGreaterThan(0);
    for (const sentence of sentences) expect(squash(text), sentence).toContain(sentence);
    // Every heading with its anchor: the one the text gives ({#norm}) or the one made from its words.
    for (const [, heading = '', anchor] of (page.body ?? '').matchAll(/^## (.+?)(?: \{#([a-z0-9-]+)\})?$/gm)) {
      expect(html, heading).toContain(`<h2 id="${anchor ?? slugify(heading)}">${heading.replace(/'/g, '&#39;')}<a class="heading-link"`);
    }
    expect(html).not.toMatch(/\{\{[a-z-]+\}\}/);
  });

  it('keep the anchors links point to, old ones included', () => {
    const about = readPage('/over/');
    for (const id of ['waar-komen-de-cijfers-vandaan', 'hoe-rekenen-we', 'bijdragen-per-gemeente', 'verdeelsleutels', 'een-fout-gezien']) {
      expect(about, id).toContain(`id="${id}"`);
    }
    const accessibility = readPage('/toegankelijkheid/');
    for (const id of ['norm', 'zo-testen-we', 'nog-niet-goed', 'melden']) expect(accessibility, id).toContain(`<h2 id="${id}">`);
  });
});

describe('the footer of every page', () => {
  it('says where the figures come from in the words of content/site.yaml, and names the organisation page by its title', () => {
    const organisation = pages.find((page) => page.slug === 'organisatie')?.data.titel ?? '';
    expect(site?.voettekst.length).toBeGreaterThan(20);
    // Not the embeds (a chart alone) nor the staff's CMS (/beheer/), which have no footer.
    const files = htmlFiles().filter((file) => !file.startsWith('insluiten/') && file !== 'beheer/index.html');
    expect(files.length).toBeGreaterThan(50);
    for (const file of files) {
      const footer = textOf(/<footer class="site-footer"[^>]*>([\s\S]*?)<\/footer>/.exec(readPage(urlOf(file)))?.[1] ?? '');
      expect(footer, file).toContain(`${squash(site?.voettekst ?? '')} Op Over deze site staat welke documenten dat zijn`);
      expect(footer, file).toContain(organisation);
    }
  });
});
