import type { ExpectedCode } from '../schemas/messages.ts';
import type { RuleName } from './rules.ts';

/** The rule (src/validation/rules.ts) that each of the schemas' own errors (src/schemas/messages.ts) reports. */
export const EXPECTED_RULE: Record<ExpectedCode, RuleName> = {
  money: 'bedrag',
  moneyNegative: 'bedrag',
  text: 'tekst',
  emptyText: 'tekst',
  id: 'id',
  cbs: 'cbs-code',
  year: 'jaartal',
  date: 'datum',
  nonexistentDate: 'datum',
  order: 'volgorde',
  list: 'lijst',
  municipalities: 'deelnemers',
  object: 'groep',
  division: 'verdeling',
  population: 'inwoners',
  figure: 'getal',
  tolerance: 'tolerantie',
  period: 'periode',
  periodOrder: 'periode',
  agendaActions: 'acties',
  oldUrl: 'oud-adres',
  searchWord: 'zoekwoord',
};
