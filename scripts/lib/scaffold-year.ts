import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { PLACEHOLDER } from '../../src/validation/placeholder-rules.ts';

interface Files {
  readdir(path: string): string[];
  read(path: string): string;
  exists(path: string): boolean;
}

/** The year to copy: the newest folder with domains, older than `year`. */
function templateYear(contentDir: string, year: number, fs: Files): number {
  const years = fs
    .readdir(contentDir)
    .filter((name) => /^\d{4}$/.test(name) && Number(name) < year && fs.exists(join(contentDir, name, 'domeinen')))
    .map(Number)
    .sort((a, b) => b - a);
  if (years[0] === undefined) throw new Error(`Geen eerder jaar met domeinen in ${contentDir}/ om van uit te gaan.`);
  return years[0];
}

const fill = (what: string) => `${PLACEHOLDER}: ${what}`;

/** Frontmatter as YAML text, then the marked lines that YAML cannot carry as values (amounts). */
function markdown(data: Record<string, unknown>, amountField: string | undefined, amountNote: string, body: string): string {
  let yaml = stringify(data, { lineWidth: 0 });
  if (amountField) yaml = yaml.replace(new RegExp(`^${amountField}: .*$`, 'm'), `${amountField}: 0 # ${fill(amountNote)}`);
  return `---\n${yaml}---\n\n${body}\n`;
}

/**
 * The files of a new year, as path → text: a jaar.yaml and every domain and coalition of the newest
 * earlier budget year, with amounts set to 0 and texts and source places marked for filling in.
 * Titles, order, executors and participants stay: they often carry over, and the check shows them.
 */
export function scaffoldYear(contentDir: string, year: number, fs: Files): Record<string, string> {
  const from = templateYear(contentDir, year, fs);
  const document = `programmabegroting-${year}`;
  const source = (what: string) => ({ document, sectie: fill(what) });
  const out: Record<string, string> = {};
  const previous = parse(fs.read(join(contentDir, String(from), 'jaar.yaml'))) as Record<string, unknown>;
  out[join(contentDir, String(year), 'jaar.yaml')] = stringify(
    {
      jaar: year,
      titel: String(previous.titel ?? '').replace(String(from), String(year)),
      organisatie: previous.organisatie,
      inleiding: fill(`de inleiding uit de begroting van ${year}`),
      ...(previous.coalitiesInleiding ? { coalitiesInleiding: fill('de inleiding op de Coalitions of the Willing') } : {}),
      bron: source('waar de inleiding staat'),
    },
    { lineWidth: 0 },
  );
  for (const kind of ['domeinen', 'coalities'] as const) {
    const folder = join(contentDir, String(from), kind);
    if (!fs.exists(folder)) continue;
    for (const name of fs.readdir(folder).filter((file) => file.endsWith('.md'))) {
      const text = fs.read(join(folder, name));
      const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
      const data = parse(frontmatter) as Record<string, unknown>;
      data.jaar = year;
      if ('kernzin' in data) data.kernzin = fill('de kernzin uit de bron');
      if ('samenvatting' in data) data.samenvatting = fill('de korte omschrijving uit de bron');
      const participants = data.deelnemers as { bron?: unknown } | undefined;
      if (participants) participants.bron = source(`waar de deelnemers van ${year} staan`);
      data.bron = source(kind === 'domeinen' ? 'waar tekst en bijdrage staan' : 'waar tekst en verwachte kosten staan');
      delete data.oudeAdressen;
      const amountField = kind === 'domeinen' ? 'bijdrage' : 'kosten' in data ? 'kosten' : undefined;
      const amountNote =
        kind === 'domeinen' ? `wat de gemeenten in ${year} bijdragen, in hele euro's` : `de verwachte kosten in ${year}, in hele euro's`;
      out[join(contentDir, String(year), kind, name)] = markdown(
        data,
        amountField,
        amountNote,
        fill(`de tekst uit de begroting van ${year}`),
      );
    }
  }
  // The new year's document: its details come from the document itself.
  const registry = join(contentDir, 'bronnen.yaml');
  const sources = fs.read(registry);
  // The list stands under the key bronnen: (src/content-kinds.ts), its items indented by two spaces.
  if (!new RegExp(`^ *- id: ${document}$`, 'm').test(sources)) {
    out[registry] = `${sources.trimEnd()}\n${stringify(
      [
        {
          id: document,
          titel: fill(`de titel van de begroting voor ${year}`),
          uitgever: fill('wie het document uitgaf'),
          datum: String(year - 1),
          omschrijving: fill('wat het document bevat, in een of twee zinnen'),
        },
      ],
      { lineWidth: 0 },
    )
      .replace(/^(?=.)/gm, '  ')
      .replace(/^(    datum: .*)$/m, `$1 # ${fill('de datum van het document (JJJJ, JJJJ-MM of JJJJ-MM-DD)')}`)}`;
  }
  return out;
}
