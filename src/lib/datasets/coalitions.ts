// The dataset coalities-<jaar>: the Coalitions of the Willing of one year, with their participants
// only when the document of that year names them.
import { titleWithArticle } from '../dutch.ts';
import type { Coalition, Participants } from '../../schemas/coalitions.ts';
import type { Dataset } from '../open-data.ts';
import { coalitionsPath } from '../paths.ts';
import type { RegionNames } from '../site-names.ts';
import { slugify } from '../slug.ts';
import { sourceCells, sourceColumns } from './source-columns.ts';

export interface CoalitionsInput {
  jaar: number;
  /** The document of the year (content/<jaar>/jaar.yaml, bron.document) and its title. */
  yearDocument: string;
  yearTitle: string;
  /** The coalitions in source order, with the file name that is also their code. */
  coalitions: { id: string; data: Coalition }[];
  /** Every municipality's id and CBS code ("alle" means all of them). */
  municipalities: { id: string; cbs: string }[];
  /** Names of the organisations in content/organisaties.yaml, by id. */
  organisationNames: ReadonlyMap<string, string>;
  /** The joint arrangement, whose role in each coalition has a column. */
  names: Pick<RegionNames, 'body'>;
}

/** The column with the joint arrangement's role in a coalition: "rol_regio_twente". */
export const roleColumn = (body: string): string => `rol_${slugify(body).replace(/-/g, '_')}`;

export function coalitionsDataset(input: CoalitionsInput): Dataset {
  const { jaar, yearDocument, yearTitle } = input;
  const { body } = input.names;
  const role = roleColumn(body);
  const cbs = new Map(input.municipalities.map((municipality) => [municipality.id, municipality.cbs]));
  /** The CBS codes of the participating municipalities, sorted, separated by a space. */
  const cbsCodes = (municipalityIds: Participants['gemeenten']): string =>
    (municipalityIds === 'alle' ? input.municipalities.map((municipality) => municipality.id) : municipalityIds)
      .map((municipality) => cbs.get(municipality) ?? municipality)
      .sort()
      .join(' ');
  return {
    id: `coalities-${jaar}`,
    title: `Coalitions of the Willing, ${jaar}`,
    description:
      `De Coalitions of the Willing in ${jaar} volgens ${titleWithArticle(yearTitle)}: verwachte kosten, looptijd en rol van ${body} (als de bron die geeft), ` +
      'en de deelnemers alleen als dit document ze noemt.',
    columns: [
      {
        name: 'jaar',
        type: 'geheel getal',
        description: `Het jaar op deze site, zoals in het adres van de pagina (/${jaar}/coalities/); de coalities staan in ${titleWithArticle(yearTitle)}.`,
      },
      {
        name: 'coalitie_id',
        type: 'tekst',
        description: `Vaste code van de coalitie, zoals in het adres van de pagina (/${jaar}/coalities/<coalitie_id>/).`,
      },
      { name: 'coalitie', type: 'tekst', description: 'Naam van de coalitie, zoals in de bron.' },
      {
        name: 'verwachte_kosten_euro',
        type: 'geheel getal',
        description: "Verwachte kosten in hele euro's, zoals de bron ze geeft; leeg als de bron ze niet geeft.",
      },
      {
        name: 'looptijd',
        type: 'tekst',
        description:
          'Looptijd van de samenwerking, letterlijk zoals de bron die geeft (zoals "2016-2018" of "Onbepaalde tijd"); leeg als de bron die niet noemt.',
      },
      {
        name: role,
        type: 'tekst',
        description: `Rol van ${body} in de coalitie, zoals de bron die geeft; leeg als de bron die niet noemt.`,
      },
      {
        name: 'deelnemers_genoemd',
        type: 'tekst',
        values: ['ja', 'nee'],
        description:
          `"ja" als de ${yearTitle} (het document van ${jaar}) de deelnemers van deze coalitie noemt, anders "nee". ` +
          `Een lijst uit een ander document geldt niet voor ${jaar}; die staat bij het jaar van dat document.`,
      },
      {
        name: 'gemeenten',
        type: 'tekst',
        description:
          'CBS-codes van de deelnemende gemeenten volgens dat document, oplopend gesorteerd en gescheiden door een spatie; leeg als het de deelnemers niet noemt.',
      },
      {
        name: 'andere_deelnemers',
        type: 'tekst',
        description:
          'Namen van de andere deelnemende organisaties volgens dat document (zoals de provincie), gescheiden door "; "; leeg als het er geen noemt.',
      },
      {
        name: 'deelnemers_bron_sectie',
        type: 'tekst',
        description: `Waar in dat document (bron_document ${yearDocument}) de deelnemers staan; leeg als het ze niet noemt.`,
      },
      ...sourceColumns({
        what: 'de coalitie met haar verwachte kosten, looptijd en rol',
        period:
          `Hier: voor welke periode de ${yearTitle} de deelnemers noemt (de looptijd van de coalitie staat in looptijd); ` +
          'leeg als dat document geen deelnemers noemt (deelnemers_genoemd is dan "nee").',
      }),
    ],
    rows: input.coalitions.map(({ id, data }) => {
      const participants = data.deelnemers;
      const organisations = (participants?.organisaties ?? []).map(
        (organisation) => input.organisationNames.get(organisation) ?? organisation,
      );
      return {
        jaar,
        coalitie_id: id,
        coalitie: data.titel,
        verwachte_kosten_euro: data.kosten ?? null,
        looptijd: data.periode ?? null,
        [role]: data.rol ?? null,
        deelnemers_genoemd: participants ? 'ja' : 'nee',
        gemeenten: participants ? cbsCodes(participants.gemeenten) : null,
        andere_deelnemers: organisations.length > 0 ? organisations.join('; ') : null,
        deelnemers_bron_sectie: participants?.bron.sectie ?? null,
        ...sourceCells(data.bron, participants?.periode),
      };
    }),
    sources: [
      ...new Set(input.coalitions.flatMap(({ data }) => [data.bron.document, ...(data.deelnemers ? [data.deelnemers.bron.document] : [])])),
    ],
    page: coalitionsPath(jaar),
    themes: ['GOVE', 'ECON'],
    // No period for the whole table: each coalition has its own looptijd, and the period column is that of the participant lists.
  };
}
