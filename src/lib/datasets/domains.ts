// The dataset domeinen-<jaar>: what the municipalities together contribute to each domain.
import { titleWithArticle } from '../dutch.ts';
import type { SourceRef } from '../../schemas/common.ts';
import { perInhabitantCents } from '../per-inhabitant.ts';
import { formatSourceDate } from '../dates.ts';
import type { Dataset } from '../open-data.ts';
import type { RegionNames } from '../site-names.ts';
import { domainsPath } from '../paths.ts';
import { sourceCells, sourceColumns, spannedPeriod } from './source-columns.ts';

export interface DomainInput {
  id: string;
  title: string;
  /** The municipalities' contribution in whole euros. */
  amount: number;
  /** The contribution's share of the year's total, 0 to 1. */
  share: number;
  source: SourceRef;
}

/** The region's population as content/<jaar>/inwoners.yaml gives it (regio.aantal), with its source. */
export interface RegionPopulation {
  count: number;
  /** The date the count holds on, such as "2020-01-01". */
  date: string;
  source: SourceRef;
  sourceTitle: string;
  publisher: string;
  /** Date of the source document, as content/bronnen.yaml gives it. */
  sourceDate: string;
}

export interface DomainsInput {
  jaar: number;
  organisation: string;
  /** Title of the year's budget, such as "Programmabegroting 2020". */
  budgetTitle: string;
  domains: DomainInput[];
  population?: RegionPopulation | undefined;
  /** The region and the number of its municipalities in words. */
  names: Pick<RegionNames, 'region' | 'municipalityWord'>;
}

const count = new Intl.NumberFormat('nl-NL');

/** What the per-inhabitant column says: how it is computed and from which figure, or why it is empty. */
function perInhabitantDescription(jaar: number, population: RegionPopulation | undefined, region: string): string {
  if (!population) {
    return `Bijdrage per inwoner van ${region}; leeg, want voor ${jaar} staat geen inwonertal van heel ${region} met bron op deze site (content/${jaar}/inwoners.yaml).`;
  }
  return (
    `Bijdrage per inwoner van ${region}: bijdrage_euro gedeeld door ${count.format(population.count)} inwoners van ${region} op ${formatSourceDate(population.date)}, ` +
    `in euro's afgerond op hele centen (een halve cent naar boven; berekend door deze site, zoals op de pagina's). Het inwonertal komt uit "${population.sourceTitle}" ` +
    `(${population.publisher}, ${formatSourceDate(population.sourceDate)}; bron_document ${population.source.document}, sectie "${population.source.sectie}"); ` +
    `het staat ook in inwoners-${jaar}.`
  );
}

export function domainsDataset(input: DomainsInput): Dataset {
  const { jaar, population } = input;
  const { region, municipalityWord } = input.names;
  const rows = input.domains.map((domain) => ({
    jaar,
    domein_id: domain.id,
    domein: domain.title,
    bijdrage_euro: domain.amount,
    aandeel_procent: Math.round(domain.share * 10000) / 100,
    bijdrage_per_inwoner_euro: population ? perInhabitantCents(domain.amount, population.count) / 100 : null,
    ...sourceCells(domain.source, String(jaar)),
  }));
  return {
    id: `domeinen-${jaar}`,
    title: `Bijdrage van de gemeenten per domein, ${jaar}`,
    description:
      `Wat de ${municipalityWord} gemeenten samen bijdragen aan elk domein van ${input.organisation} in ${jaar}, met het aandeel in de som van de domeinen` +
      `${population ? ` en het bedrag per inwoner van ${region}` : ''} (berekend door deze site).`,
    columns: [
      { name: 'jaar', type: 'geheel getal', description: 'Begrotingsjaar.' },
      {
        name: 'domein_id',
        type: 'tekst',
        description: `Vaste code van het domein, zoals in het adres van de pagina (/${jaar}/domeinen/<domein_id>/).`,
      },
      { name: 'domein', type: 'tekst', description: 'Naam van het domein, zoals in de bron.' },
      { name: 'bijdrage_euro', type: 'geheel getal', description: `Bijdrage van de ${municipalityWord} gemeenten samen, in hele euro's.` },
      {
        name: 'aandeel_procent',
        type: 'getal',
        description: `Bijdrage gedeeld door de som van de bijdragen aan alle domeinen van ${jaar}, maal 100, afgerond op 2 decimalen (berekend door deze site).`,
      },
      { name: 'bijdrage_per_inwoner_euro', type: 'getal', description: perInhabitantDescription(jaar, population, region) },
      ...sourceColumns({
        what: 'de bijdrage',
        period: `Hier het begrotingsjaar, ${jaar}: de bijdragen staan in ${titleWithArticle(input.budgetTitle)}, de begroting voor ${jaar}.`,
      }),
    ],
    rows,
    sources: [...new Set([...input.domains.map((domain) => domain.source.document), ...(population ? [population.source.document] : [])])],
    page: domainsPath(jaar),
    themes: ['GOVE', 'ECON'],
    // The budget year: the period every row gives.
    period: spannedPeriod(rows.map((row) => row.periode)),
  };
}
