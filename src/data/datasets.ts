import { getCollection } from 'astro:content';
import type { Dataset } from '../lib/open-data.ts';
import { getRegistries, getYearOverview, getYears, participatingMunicipalities, slugOf } from './budget.ts';

export { datasetJson, datasetJsonSchema, LICENCE, type Dataset } from '../lib/open-data.ts';

/** Every dataset the site publishes. */
export async function getDatasets(): Promise<Dataset[]> {
  const datasets: Dataset[] = [];
  const { municipalityList, sources } = await getRegistries();
  for (const year of await getYears()) {
    const jaar = year.data.jaar;
    const overview = await getYearOverview(jaar);
    if (overview.domains.length > 0) {
      datasets.push({
        id: `domeinen-${jaar}`,
        title: `Bijdrage van de gemeenten per domein, ${jaar}`,
        description: `Wat de veertien gemeenten samen bijdragen aan elk domein van ${year.data.organisatie} in ${jaar}, met het aandeel in het totaal (berekend door deze site).`,
        columns: [
          { name: 'jaar', type: 'geheel getal', description: 'Begrotingsjaar.' },
          { name: 'domein_id', type: 'tekst', description: 'Vaste code van het domein, zoals in het adres van de pagina.' },
          { name: 'domein', type: 'tekst', description: 'Naam van het domein.' },
          { name: 'bijdrage_euro', type: 'geheel getal', description: "Bijdrage van de gemeenten samen, in hele euro's." },
          { name: 'aandeel_procent', type: 'getal', description: 'Bijdrage gedeeld door de som van alle domeinen, maal 100, afgerond op 2 decimalen (berekend).' },
          { name: 'bron', type: 'tekst', description: 'Document en sectie waar de bijdrage staat.' },
        ],
        rows: overview.domains.map(({ item, amount, share }) => ({
          jaar,
          domein_id: slugOf(item),
          domein: item.data.titel,
          bijdrage_euro: amount,
          aandeel_procent: Math.round(share * 10000) / 100,
          bron: `${sources.get(item.data.bron.document)?.data.titel ?? item.data.bron.document}, ${item.data.bron.sectie}`,
        })),
        sources: [...new Set(overview.domains.map(({ item }) => item.data.bron.document))],
        page: `/${jaar}/domeinen/`,
      });
    }
    if (overview.coalitions.length > 0) {
      const allIds = municipalityList.map((municipality) => municipality.id);
      datasets.push({
        id: `coalities-${jaar}`,
        title: `Coalitions of the Willing, ${jaar}`,
        description: `De Coalitions of the Willing in ${jaar}: verwachte kosten (als de bron die geeft), periode, rol van Regio Twente en deelnemende gemeenten.`,
        columns: [
          { name: 'jaar', type: 'geheel getal', description: 'Jaar van de bron.' },
          { name: 'coalitie_id', type: 'tekst', description: 'Vaste code van de coalitie, zoals in het adres van de pagina.' },
          { name: 'coalitie', type: 'tekst', description: 'Naam van de coalitie.' },
          { name: 'verwachte_kosten_euro', type: 'geheel getal', description: "Verwachte kosten in hele euro's; leeg als de bron ze niet geeft." },
          { name: 'periode', type: 'tekst', description: 'Looptijd, zoals de bron die geeft; leeg als de bron die niet noemt.' },
          { name: 'rol_regio_twente', type: 'tekst', description: 'Rol van Regio Twente; leeg als de bron die niet noemt.' },
          { name: 'gemeenten', type: 'tekst', description: 'CBS-codes van de deelnemende gemeenten, gescheiden door een spatie; leeg als de bronnen geen deelnemers noemen.' },
          { name: 'bron', type: 'tekst', description: 'Document en sectie waar de coalitie staat.' },
        ],
        rows: overview.coalitions.map((coalition) => ({
          jaar,
          coalitie_id: slugOf(coalition),
          coalitie: coalition.data.titel,
          verwachte_kosten_euro: coalition.data.kosten ?? null,
          periode: coalition.data.periode ?? null,
          rol_regio_twente: coalition.data.rol ?? null,
          gemeenten: coalition.data.deelnemers
            ? participatingMunicipalities(coalition, allIds)
                .map((id) => municipalityList.find((municipality) => municipality.id === id)?.data.cbs ?? id)
                .sort()
                .join(' ')
            : null,
          bron: `${sources.get(coalition.data.bron.document)?.data.titel ?? coalition.data.bron.document}, ${coalition.data.bron.sectie}`,
        })),
        sources: [...new Set(overview.coalitions.flatMap((coalition) => [coalition.data.bron.document, ...(coalition.data.deelnemers ? [coalition.data.deelnemers.bron.document] : [])]))],
        page: `/${jaar}/coalities/`,
      });
    }
  }
  datasets.push({
    id: 'gemeenten',
    title: 'De veertien gemeenten van Twente',
    description: 'Naam, vaste code en CBS-gemeentecode van de veertien gemeenten.',
    columns: [
      { name: 'gemeente_id', type: 'tekst', description: 'Vaste code, zoals in het adres van de pagina.' },
      { name: 'gemeente', type: 'tekst', description: 'Naam van de gemeente.' },
      { name: 'cbs_code', type: 'tekst', description: 'CBS-gemeentecode.' },
    ],
    rows: municipalityList.map((municipality) => ({ gemeente_id: municipality.id, gemeente: municipality.data.naam, cbs_code: municipality.data.cbs })),
    sources: [],
    page: '/gemeenten/',
  });
  for (const entry of await getCollection('cijfers')) {
    const title = sources.get(entry.id)?.data.titel ?? entry.id;
    datasets.push({
      id: `kerncijfers-${entry.id}`,
      title: `Kerncijfers uit ${title}`,
      description: `Alle kerncijfers uit ${title}, per blok, zoals het document ze geeft.`,
      columns: [
        { name: 'blok_id', type: 'tekst', description: 'Vaste code van het blok; ook het anker op de documentpagina.' },
        { name: 'blok', type: 'tekst', description: 'Titel van het blok.' },
        { name: 'geldt_voor', type: 'tekst', description: 'Jaar of periode waarvoor de cijfers gelden.' },
        { name: 'label', type: 'tekst', description: 'Waar het cijfer over gaat.' },
        { name: 'waarde', type: 'getal', description: 'Het getal zoals in de bron (punt als decimaalteken); leeg als de bron een woord geeft.' },
        { name: 'tekst', type: 'tekst', description: 'Het woord dat de bron in plaats van een getal geeft (zoals "Variabel"); anders leeg.' },
        { name: 'eenheid', type: 'tekst', description: 'aantal, euro, miljoen-euro, procent of fte.' },
        { name: 'ongeveer', type: 'tekst', description: '"ja" als de bron "ongeveer" zegt.' },
        { name: 'bron', type: 'tekst', description: 'Document en sectie.' },
      ],
      rows: entry.data.blokken.flatMap((block) =>
        block.cijfers.map((figure) => ({
          blok_id: block.id,
          blok: block.titel,
          geldt_voor: block.periode,
          label: figure.label,
          waarde: figure.waarde ?? null,
          tekst: figure.tekst ?? null,
          eenheid: figure.eenheid,
          ongeveer: figure.ongeveer ? 'ja' : null,
          bron: `${title}, ${block.bron.sectie}`,
        })),
      ),
      sources: [entry.id],
      page: `/documenten/${entry.id}/`,
    });
  }
  return datasets;
}

