/**
 * Every rule a content file is checked against, by the name that ends each error message in brackets
 * ("… gevonden "18.165.000" (schrijf 18165000) [bedrag]"). Defined here once: the checks name a rule
 * from this list, and docs/content.md lists them all with what they mean and how to fix an error
 * (written by `npm run schemas`).
 */
export interface RuleText {
  /** What the rule asks of a content file, in Dutch for staff. */
  meaning: string;
  /** How to fix a file that breaks it, in Dutch. */
  fix: string;
}

export const RULES = {
  yaml: {
    meaning: 'Het bestand is geldige YAML: inspringen met spaties, een dubbele punt na elke veldnaam, aanhalingstekens in paren.',
    fix: 'Kijk op de genoemde regel en de regel erboven: vaak een tab in plaats van spaties, een vergeten dubbele punt of een aanhalingsteken zonder partner.',
  },
  frontmatter: {
    meaning: 'Een Markdown-bestand begint met de velden tussen twee regels "---", met de tekst eronder.',
    fix: 'Zet een regel "---" bovenaan, dan de velden, dan weer "---", en daaronder de tekst.',
  },
  verplicht: {
    meaning: 'Een veld dat elk bestand van deze soort nodig heeft, staat erin.',
    fix: 'Voeg het genoemde veld toe; de veldenlijst hieronder zegt wat erin hoort.',
  },
  'onbekend-veld': {
    meaning: 'Elk veld is een veld dat deze soort inhoud kent; een tikfout zou anders stil verdwijnen.',
    fix: 'Verbeter de veldnaam (de melding noemt de toegestane namen en soms de bedoelde) of haal het veld weg.',
  },
  keuze: {
    meaning: 'Een veld met een vaste lijst van waarden heeft een van die waarden.',
    fix: 'Kies een van de waarden die de melding noemt, precies zo geschreven.',
  },
  'soort-waarde': {
    meaning: 'Een veld heeft het soort waarde dat het verwacht: tekst, getal, true of false, lijst of groep velden.',
    fix: 'Schrijf de waarde zoals de melding vraagt; tekst die op een getal lijkt tussen aanhalingstekens.',
  },
  tekst: {
    meaning: 'Een tekstveld is niet leeg en niet langer dan zijn maximum.',
    fix: 'Vul de tekst in uit de bron, of kort hem in tot het genoemde aantal tekens.',
  },
  bedrag: {
    meaning: "Een bedrag is een heel aantal euro's van 0 of meer, zonder punten, euroteken of centen: 18165000.",
    fix: 'Schrijf het bedrag zoals de melding voorstelt; neem het getal over uit de bron.',
  },
  id: {
    meaning: 'Een id bestaat uit kleine letters, cijfers en streepjes; het staat in adressen van de site.',
    fix: 'Schrijf de id zoals de melding voorstelt, bijvoorbeeld gemeente-aan-zee.',
  },
  'cbs-code': {
    meaning: 'Een gemeentecode van het CBS is GM met direct daarachter vier cijfers.',
    fix: 'Neem de code over uit de gemeentelijke indeling van het CBS.',
  },
  jaartal: {
    meaning: 'Een jaar is een jaartal van vier cijfers.',
    fix: 'Schrijf het jaar zonder aanhalingstekens, bijvoorbeeld 2020.',
  },
  datum: {
    meaning: 'Een datum is zo precies als het document hem geeft: JJJJ, JJJJ-MM of JJJJ-MM-DD, en bestaat.',
    fix: 'Schrijf de datum tussen aanhalingstekens in die vorm, en controleer maand en dag.',
  },
  volgorde: {
    meaning: 'Een volgnummer is een heel getal vanaf 1, en uniek binnen zijn map.',
    fix: 'Geef het bestand een nummer dat nog geen ander bestand in die map heeft.',
  },
  lijst: {
    meaning: 'Een veld dat een lijst verwacht, heeft een lijst met genoeg items.',
    fix: 'Schrijf de items onder elkaar met "- " ervoor, of tussen [ en ] met komma’s.',
  },
  deelnemers: {
    meaning: 'De gemeenten van een coalitie zijn "alle" of een lijst van gemeente-ids.',
    fix: 'Schrijf gemeenten: alle, of een lijst van ids uit content/gemeenten.yaml.',
  },
  groep: {
    meaning: 'Een veld dat een groep velden verwacht, heeft velden eronder (ingesprongen).',
    fix: 'Zet de velden van de groep op eigen regels onder het veld, twee spaties ingesprongen.',
  },
  verdeling: {
    meaning: 'De bijdragen per gemeente van een domein staan in de bron (met bron) of volgen uit een sleutel die de inhoud kan toepassen.',
    fix: 'Schrijf verdeling: bedragen (met bedragen en bron), inwonertal (met alle inwoners in inwoners.yaml) of gelijk.',
  },
  inwoners: {
    meaning: 'Een aantal inwoners is een heel getal groter dan 0.',
    fix: 'Neem het aantal over uit de bron, zonder punten.',
  },
  getal: {
    meaning: 'Een kerncijfer is een getal van 0 of meer, zonder punten, met een punt voor decimalen.',
    fix: 'Schrijf het getal zoals de melding voorstelt, bijvoorbeeld 641000 of 2.5.',
  },
  tolerantie: {
    meaning: 'De afrondingsruimte van een verdeling is 0 tot en met 5 procentpunten.',
    fix: 'Geef het aantal procentpunten waarmee de afgeronde percentages van de bron van 100 afwijken.',
  },
  periode: {
    meaning: 'Een periode staat zoals de bron haar geeft, in een van vijf vormen, en het citaat erbij bevat haar.',
    fix: 'Schrijf de periode uit de bron ("2016", "2017-2018", "per jaar", "onbepaalde tijd") met periodeCitaat:, of periode: geen als de bron er geen noemt.',
  },
  acties: {
    meaning: 'Een onderwerp van een samenwerkingsagenda zegt wat de organisatie gaat doen, of dat de bron dat niet zegt.',
    fix: 'Zet de punten onder "Wat gaan we daarvoor doen?" in acties: (punten: en bron:), of schrijf acties: geen.',
  },
  agenda: {
    meaning: 'De delen van een samenwerkingsagenda horen bij het document van hun jaar, en het jaar noemt de periode van hun plannen.',
    fix: 'Volg de melding: de bron van het jaar, agendaPeriode: in jaar.yaml, acties alleen bij een onderwerp.',
  },
  'oud-adres': {
    meaning: 'Een oud adres begint en eindigt met een schuine streep, is geen bestaande pagina en leidt naar één pagina.',
    fix: 'Schrijf het adres als /2020/domeinen/gezondheid/, of haal het weg als het nog een pagina is of al bij een andere pagina staat.',
  },
  zoekwoord: {
    meaning: 'Een woord in zoeken.yaml is één woord in kleine letters, zoals een lezer het typt.',
    fix: 'Schrijf het woord in kleine letters en zonder spaties, bijvoorbeeld "kost"; zet elk woord apart in de lijst.',
  },
  'veilige-markdown': {
    meaning: 'De tekst is gewone Markdown: geen HTML-code, geen style= of on...= en geen links naar javascript:, data: of vbscript:.',
    fix: 'Schrijf opmaak in Markdown (**vet**, [tekst](https://...)) en haal de HTML of de link weg.',
  },
  'nog-invullen': {
    meaning: 'Een nieuw jaar (npm run nieuw:jaar) markeert wat nog uit de bron moet komen; zo’n markering mag niet op de site.',
    fix: 'Vervang de markering door wat de bron zegt.',
  },
  'bestand-ontbreekt': {
    meaning: 'De bestanden die de site altijd nodig heeft, zoals bronnen.yaml en gemeenten.yaml, staan in de map content.',
    fix: 'Maak het genoemde bestand aan.',
  },
  'onbekend-bestand': {
    meaning: 'Elk bestand in de map content hoort bij een soort inhoud; een bestand op een andere plek komt niet op de site.',
    fix: 'Verplaats het bestand naar de plek die de melding noemt, of haal het weg.',
  },
  uniek: {
    meaning: 'Een id, term, CBS-code of nummer komt in zijn lijst maar één keer voor.',
    fix: 'Geef het tweede item een eigen waarde; de melding noemt de regel van het eerste.',
  },
  verwijzing: {
    meaning: 'Een verwijzing naar een bron, gemeente, organisatie, domein, pijler of soort taak noemt er een die bestaat.',
    fix: 'Kies een id uit het bestand dat de melding noemt (vaak met een suggestie), of voeg het daar toe.',
  },
  'jaar-map': {
    meaning: 'Het jaar in een bestand is het jaar van zijn map, en die map heeft een jaar.yaml.',
    fix: 'Zet het bestand in de map van zijn jaar, of maak jaar: gelijk aan de map; een nieuw jaar maakt u met npm run nieuw:jaar.',
  },
  bestandsnaam: {
    meaning: 'Een documentpagina en een kerncijferbestand heten naar hun document.',
    fix: 'Maak de bestandsnaam en document: gelijk.',
  },
  cijfer: {
    meaning: 'Een kerncijfer geeft een waarde of een tekst (niet allebei), en ruim of ongeveer (niet allebei).',
    fix: 'Houd één van de twee over, zoals de bron het zegt.',
  },
  procenten: {
    meaning: 'Een verdeling bestaat uit procenten die samen 100 zijn, op de afrondingsruimte van de bron na.',
    fix: 'Controleer de percentages met de bron, of geef tolerantie: als de bron afrondt.',
  },
  optelling: {
    meaning: 'Bedragen per gemeente noemen elke gemeente één keer en tellen op tot de bijdrage van het domein.',
    fix: 'Controleer de bedragen met de bron; de melding noemt het verschil en de ontbrekende gemeenten.',
  },
  'document-van-het-jaar': {
    meaning: 'Wat bij een jaar staat, komt uit het document van dat jaar (content/<jaar>/jaar.yaml, bron).',
    fix: 'Noem het document van dat jaar als bron, of zet het bestand bij het jaar van zijn document.',
  },
  verband: {
    meaning: 'Een vermelding in verbanden.yaml noemt elk jaar één keer, met een citaat uit het document óf met onze lezing, en één doel.',
    fix: 'Geef citaat: (de woorden van het document) of lezing: (waarom de site het hier zet), niet allebei, en één doel.',
  },
  pijler: {
    meaning:
      'Pijlers van een kerntakendiscussie hebben elk hun eigen nummer, verwijzen naar andere pijlers, en elk cijferblok per pijler noemt ze allemaal.',
    fix: 'Volg de melding: het nummer uit de bron, een andere pijler, of pijler: bij elk cijfer.',
  },
} as const satisfies Record<string, RuleText>;

/** The name of a rule, as it ends an error message. */
export type RuleName = keyof typeof RULES;
