import { beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_DIR } from '../../src/validation/layout.ts';
import { validateContent } from '../../src/validation/validate-content.ts';
import { readPage, requireDist, textOf } from '../helpers/dist.ts';

/**
 * Answers first: a pillar page opens with a plain sentence of what the pillar is about, from the
 * content (`inleiding` in content/<jaar>/pijlers/<naam>.yaml), before any percentage or kind of task.
 */
beforeAll(requireDist);
const { content } = validateContent(CONTENT_DIR);

describe('a pillar page', () => {
  it('opens with its plain lead from the content, before any percentage or kind of task', () => {
    expect(content.pillars.length).toBeGreaterThan(0);
    for (const pillar of content.pillars) {
      const url = `/${pillar.folderYear}/pijlers/${pillar.slug}/`;
      const html = readPage(url);
      const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
      const lead = /<p class="lead" data-pillar-lead[^>]*>([\s\S]*?)<\/p>/.exec(main);
      expect(lead, url).not.toBeNull();
      expect(textOf(lead?.[1] ?? '').trim(), url).toBe(pillar.data.inleiding.tekst);
      const leadAt = lead?.index ?? Infinity;
      // No percentage before it or in it; the sections about costs and kinds of task come after it.
      expect(textOf(main.slice(0, leadAt + (lead?.[0].length ?? 0))), url).not.toContain('%');
      expect(textOf(main.slice(leadAt)), url).toContain('%');
      for (const id of ['aandeel', 'soort-taak', 'soorten-taken']) {
        const at = main.indexOf(`id="${id}"`);
        if (at >= 0) expect(at, `${url} #${id}`).toBeGreaterThan(leadAt);
      }
      // The lead is the first paragraph after the heading that is not navigation.
      const beforeLead = main.slice(main.indexOf('<h1'), leadAt);
      expect(beforeLead, url).not.toMatch(/<p class="(?:lead|prose|notice)"/);
    }
  });
});
