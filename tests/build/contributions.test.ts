import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { textOf } from '../helpers/dist.ts';
import { buildContributionsFixture } from '../helpers/fixture-site.ts';

// The real content has no amounts per municipality yet; a fixture year proves the model end to end.
let site: ReturnType<typeof buildContributionsFixture>;
let build: ReturnType<typeof buildContributionsFixture>['result'];
const page = (url: string) => textOf(readFileSync(join(site.dir, 'dist', url, 'index.html'), 'utf8'));

beforeAll(() => {
  site = buildContributionsFixture();
  build = site.result;
}, 120_000);
afterAll(() => site?.cleanup());

describe('a year with contributions per municipality (fixture)', () => {
  it('builds', () => {
    expect(build.output).not.toContain('fout');
    expect(build.status).toBe(0);
  });

  it('shows what Almelo pays per domain, how each amount was found, the total and per inhabitant', () => {
    const text = page('gemeenten/almelo');
    // Gezondheid by population: 18.165.000 × 1.000 / 105.000 = 173.000 exactly.
    expect(text).toContain('Gezondheid € 173.000 17,2% berekend naar inwonertal');
    // OZJT/Samen14 in 14 equal parts: 81.785 each and 10 euros left, which go to the first ten municipalities.
    expect(text).toContain('OZJT/Samen14 € 81.786 8,1% berekend in gelijke delen');
    expect(text).toContain('Veilig Thuis Twente € 200.000 19,9% uit de bron');
    // 7.222.000 / 14 = 515.857 and 2 euros left: Almelo and Borne get one more.
    expect(text).toContain('Bestuur en Ondersteuning € 515.858 51,2% berekend in gelijke delen');
    // 3.847.000 / 105 = 36.638,1 per 1.000 inhabitants; Almelo's remainder is among the smallest.
    expect(text).toContain('Leefomgeving € 36.638 3,6% berekend naar inwonertal');
    expect(text).toContain('€ 1.007.282');
    expect(text).toContain('€ 1.007 per inwoner');
    expect(text).toContain('Bedragen met "berekend" staan niet zo in de bron');
    // The amounts answer "Wat betaalt Almelo?"; how the municipalities pay follows, without the honest "not known".
    const html = readFileSync(join(site.dir, 'dist', 'gemeenten', 'almelo', 'index.html'), 'utf8');
    expect(html).toContain('data-own-amount="almelo"');
    expect(html).not.toContain('data-own-amount="none"');
    expect(text).not.toContain('staat in geen van de bronnen');
    expect(text.indexOf('Wat betaalt Almelo?')).toBeLessThan(text.indexOf('€ 1.007.282'));
    expect(text).toContain('Het voorstel van 2015: hoe de gemeenten zouden betalen');
  });

  it('gives the last municipality the rounding remainders it earns', () => {
    const text = page('gemeenten/wierden');
    expect(text).toContain('OZJT/Samen14 € 81.785');
    expect(text).toContain('Bestuur en Ondersteuning € 515.857');
    expect(text).toContain('Veilig Thuis Twente € 364.000');
  });

  it('compares all municipalities on /gemeenten/, with the parts adding up to the total', () => {
    const html = readFileSync(join(site.dir, 'dist', 'gemeenten', 'index.html'), 'utf8');
    const totals = [...html.matchAll(/data-column="bijdrage" data-value="(\d+)"/g)].map(([, value]) => Number(value));
    expect(totals).toHaveLength(14);
    expect(totals.reduce((a, b) => a + b, 0)).toBe(33343000);
    expect(textOf(html)).toContain('berekend');
    // The compare table answers what each municipality pays: no question without its answer, only how they pay.
    expect(textOf(html)).not.toContain('Wat betalen de gemeenten?');
    expect(textOf(html)).not.toContain('staat in geen van de bronnen');
    expect(html).toMatch(/<h2 id="hoe-betalen"[^>]*>Het voorstel van 2015: hoe de gemeenten zouden betalen<\/h2>/);
    // A chart for each numeric column, the contribution first; no count for 2020, whose budget names
    // the participants of only one coalition.
    expect([...html.matchAll(/data-chart-column="([^"]+)"/g)].map(([, column]) => column)).toEqual([
      'bijdrage',
      'per-inwoner',
      'coalities-2017',
    ]);
  });
});
