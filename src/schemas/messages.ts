/**
 * The Dutch texts of the schemas' own errors, by code. A schema passes the code as zod's error
 * (`z.number({ error: ERROR.money })`); src/validation/zod-issues.ts recognises the code, shows this
 * text with what was found and a hint, and names the rule it belongs to.
 */
export const EXPECTED = {
  money: "verwacht een heel bedrag in euro's",
  moneyNegative: 'verwacht een bedrag van 0 of meer',
  text: 'verwacht een tekst',
  emptyText: 'verwacht een tekst, maar het veld is leeg',
  id: 'verwacht een id van kleine letters, cijfers en streepjes',
  cbs: 'verwacht een CBS-gemeentecode (GM en vier cijfers)',
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
  searchWord: 'verwacht één woord in kleine letters, zonder spaties',
  oldUrl: 'verwacht een adres op deze site dat begint en eindigt met een schuine streep, zoals /2020/domeinen/gezondheid/',
} as const;

export type ExpectedCode = keyof typeof EXPECTED;

/** The codes, for the schemas' `error` option. */
export const ERROR = Object.fromEntries(Object.keys(EXPECTED).map((code) => [code, code])) as { readonly [Code in ExpectedCode]: Code };

/** True when zod's message is one of these codes (a schema's own error), rather than zod's own text. */
export function isExpectedCode(message: string): message is ExpectedCode {
  return Object.hasOwn(EXPECTED, message);
}
