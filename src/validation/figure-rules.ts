import { errorAt, type ContentError } from './content-error.ts';
import type { RuleName } from './rules.ts';
import type { ContentSet } from './content-set.ts';

/**
 * Rules for key figures: block ids are unique in their file, and the parts of a distribution are
 * percentages that add up to 100, within the rounding tolerance the block declares.
 */
export function checkFigureRules(content: ContentSet): ContentError[] {
  const errors: ContentError[] = [];
  for (const entry of content.figures) {
    const at = (path: PropertyKey[], rule: RuleName, message: string) => errors.push(errorAt(entry, path, rule, message));
    const seen = new Set<string>();
    entry.data.blokken.forEach((block, index) => {
      if (seen.has(block.id))
        at(['blokken', index, 'id'], 'uniek', `id "${block.id}" komt twee keer voor in dit bestand; geef elk blok een eigen id`);
      seen.add(block.id);
      block.cijfers.forEach((figure, figureIndex) => {
        const where = ['blokken', index, 'cijfers', figureIndex];
        if (figure.waarde === undefined && figure.tekst === undefined) {
          at(
            [...where, 'waarde'],
            'cijfer',
            `verwacht een waarde (het getal uit de bron); geeft de bron een woord in plaats van een getal, schrijf dan tekst: "..."`,
          );
        } else if (figure.waarde !== undefined && figure.tekst !== undefined) {
          at(
            [...where, 'tekst'],
            'cijfer',
            `geef waarde of tekst, niet allebei; tekst is alleen voor een woord dat de bron in plaats van een getal geeft`,
          );
        } else if (figure.ruim && figure.ongeveer) {
          at([...where, 'ruim'], 'cijfer', `geef ruim of ongeveer, niet allebei; kies het woord dat de bron gebruikt`);
        } else if (block.soort === 'verdeling' && figure.waarde === undefined) {
          at(
            [...where, 'waarde'],
            'procenten',
            `een deel van een verdeling heeft een percentage nodig; schrijf waarde: met het percentage uit de bron`,
          );
        }
      });
      if (block.soort !== 'verdeling') return;
      block.cijfers.forEach((figure, figureIndex) => {
        if (figure.eenheid !== 'procent') {
          at(
            ['blokken', index, 'cijfers', figureIndex, 'eenheid'],
            'procenten',
            `een verdeling bestaat uit procenten; schrijf eenheid: procent, of maak van het blok een reeks`,
          );
        }
      });
      const sum = Math.round(block.cijfers.reduce((total, figure) => total + (figure.waarde ?? 0), 0) * 100) / 100;
      const tolerance = block.tolerantie ?? 0;
      if (Math.abs(sum - 100) > tolerance) {
        const allowed = tolerance === 0 ? 'precies 100%' : `100% met hoogstens ${tolerance} procentpunt verschil door afronding`;
        at(
          ['blokken', index, 'cijfers'],
          'procenten',
          `de percentages tellen op tot ${String(sum).replace('.', ',')}%, maar een verdeling hoort ${allowed} te zijn; controleer de cijfers met de bron, of geef tolerantie: als de bron afrondt`,
        );
      }
    });
  }
  return errors;
}
