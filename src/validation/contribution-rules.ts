import { formatEuro } from '../lib/money.ts';
import { sumAmounts } from '../lib/totals.ts';
import { errorAt, type ContentError } from './content-error.ts';
import type { RuleName } from './rules.ts';
import type { ContentSet } from './content-set.ts';
import type { LoadedFile } from './load-file.ts';
import { didYouMean } from './suggest.ts';

type Path = PropertyKey[];

/**
 * Rules for the contributions per municipality and the population of a year: domains and
 * municipalities exist, explicit amounts cover every municipality once and add up exactly to the
 * domain's contribution, and a division by population has a population for every municipality.
 */
export function checkContributionRules(content: ContentSet): ContentError[] {
  const errors: ContentError[] = [];
  const at = (entry: LoadedFile<unknown>, path: Path, rule: RuleName, message: string) => errors.push(errorAt(entry, path, rule, message));
  const municipalityIds = content.knownIds.municipalities;

  for (const entry of content.population) {
    for (const id of Object.keys(entry.data.gemeenten ?? {})) {
      if (municipalityIds && !municipalityIds.includes(id)) {
        at(
          entry,
          ['gemeenten', id],
          'verwijzing',
          `onbekende gemeente "${id}"${didYouMean(id, municipalityIds)}; gebruik een id uit content/gemeenten.yaml`,
        );
      }
    }
  }

  for (const entry of content.contributions) {
    const jaar = entry.folderYear;
    const domains = new Map(content.domains.filter((domain) => domain.folderYear === jaar).map((domain) => [domain.slug, domain]));
    const populationFile = content.population.find((file) => file.folderYear === jaar);
    // An invalid inwoners.yaml has its own errors; do not repeat them as missing populations.
    const populationInvalid = !populationFile && content.files.includes(`${jaar}/inwoners.yaml`);
    for (const [domainId, division] of Object.entries(entry.data.domeinen)) {
      const path = ['domeinen', domainId];
      const domain = domains.get(domainId);
      if (!domain) {
        at(
          entry,
          path,
          'verwijzing',
          `onbekend domein "${domainId}" in ${jaar}${didYouMean(domainId, [...domains.keys()])}; gebruik de bestandsnaam van een domein in content/${jaar}/domeinen/`,
        );
        continue;
      }
      if (division.verdeling === 'inwonertal' && !populationInvalid) {
        const missing = (municipalityIds ?? []).filter((id) => populationFile?.data.gemeenten?.[id] === undefined);
        if (missing.length > 0) {
          at(
            entry,
            [...path, 'verdeling'],
            'verdeling',
            `verdeling naar inwonertal vraagt het aantal inwoners van elke gemeente in content/${jaar}/inwoners.yaml; dat ontbreekt voor: ${missing.join(', ')}`,
          );
        }
      }
      if (division.verdeling !== 'bedragen') continue;
      const seen = new Set<string>();
      division.bedragen.forEach((row, index) => {
        const rowPath = [...path, 'bedragen', index, 'gemeente'];
        if (municipalityIds && !municipalityIds.includes(row.gemeente)) {
          at(
            entry,
            rowPath,
            'verwijzing',
            `onbekende gemeente "${row.gemeente}"${didYouMean(row.gemeente, municipalityIds)}; gebruik een id uit content/gemeenten.yaml`,
          );
        } else if (seen.has(row.gemeente)) {
          at(
            entry,
            rowPath,
            'optelling',
            `gemeente "${row.gemeente}" staat twee keer in de bedragen van ${domainId}; elke gemeente hoort er precies één keer in`,
          );
        }
        seen.add(row.gemeente);
      });
      const absent = (municipalityIds ?? []).filter((id) => !seen.has(id));
      if (absent.length > 0) {
        at(
          entry,
          [...path, 'bedragen'],
          'optelling',
          `de bedragen van ${domainId} missen ${absent.length === 1 ? 'de gemeente' : 'de gemeenten'}: ${absent.join(', ')}; elke gemeente hoort er precies één keer in`,
        );
      }
      const sum = sumAmounts(division.bedragen.map((row) => row.bedrag));
      const expected = domain.data.bijdrage;
      if (sum !== expected) {
        at(
          entry,
          [...path, 'bedragen'],
          'optelling',
          `de bedragen tellen op tot ${plain(sum)}, maar de bijdrage van ${domain.data.titel} is ${plain(expected)} (verschil ${plain(Math.abs(sum - expected))}); controleer de bedragen met de bron`,
        );
      }
    }
  }
  return errors;
}

/** Money in error messages, with a plain space so terminals show it well. */
const plain = (amount: number) => formatEuro(amount).replace('\u00a0', ' ');
