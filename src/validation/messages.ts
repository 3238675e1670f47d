import type { RuleName } from './rules.ts';

/**
 * The Dutch texts that content errors use. Schemas pass these as zod `error` messages; the
 * formatter recognises them to add what was found and a hint on how to fix it.
 */
export const EXPECTED = {
  money: "verwacht een heel bedrag in euro's",
  moneyNegative: 'verwacht een bedrag van 0 of meer',
  text: 'verwacht een tekst',
  emptyText: 'verwacht een tekst, maar het veld is leeg',
  id: 'verwacht een id van kleine letters, cijfers en streepjes',
  cbs: 'verwacht een CBS-gemeentecode als GM0153',
  year: 'verwacht een jaartal van vier cijfers',
  date: 'verwacht een datum als JJJJ, JJJJ-MM of JJJJ-MM-DD (of twee mogelijke datums met een schuine streep: 2020-12/2021-01)',
  nonexistentDate: 'deze datum bestaat niet',
  order: 'verwacht een volgnummer (1, 2, 3, ...)',
  list: 'verwacht een lijst',
  municipalities: 'verwacht "alle" of een lijst van gemeente-ids',
  object: 'verwacht een groep velden',
  division: 'verwacht "verdeling: bedragen" (met bedragen en bron), "verdeling: inwonertal" of "verdeling: gelijk"',
  population: 'verwacht een aantal inwoners: een heel getal groter dan 0',
  figure: 'verwacht een getal van 0 of meer, zonder punten (641000) en met een punt voor decimalen (2.5)',
  tolerance: 'verwacht een aantal procentpunten van 0 tot en met 5',
  period:
    'verwacht een periode zoals de bron die geeft: een jaar ("2016"), twee jaren ("2017-2018"), "per jaar", "onbepaalde tijd" of "geen"',
  periodOrder: 'verwacht twee jaren van vroeg naar laat, zoals "2017-2018"',
  agendaActions: 'verwacht "geen" of een groep velden met punten: (de lijst "Wat gaan we daarvoor doen?") en bron:',
  oldUrl: 'verwacht een adres op deze site dat begint en eindigt met een schuine streep, zoals /2020/domeinen/gezondheid/',
} as const;

export type ExpectedKey = keyof typeof EXPECTED;

/** The rule (src/validation/rules.ts) that each of these texts reports. */
export const EXPECTED_RULE: Record<ExpectedKey, RuleName> = {
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
};
