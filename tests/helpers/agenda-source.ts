import { readFileSync } from 'node:fs';

/**
 * The Regionale samenwerkingsagenda 2017-2020 as extracted text (the copy of /work/shared/sources in
 * tests/fixtures/bronnen/, so the tests need nothing outside the repository), read into the parts the
 * 2017 year page must show.
 */
export const AGENDA_SOURCE = 'tests/fixtures/bronnen/samenwerkingsagenda-2017-2020.txt';

/** A "Wat gaan we daarvoor doen?" section: the paragraph it belongs to, the sentence above its list, the list. */
export interface ActionsSection {
  /** The paragraph heading as the source prints it: "2. Publieke Gezondheid (GGD Twente)". */
  paragraph: string;
  /** A sentence between the heading and the list, if any. */
  intro?: string;
  items: string[];
}

const ACTIONS_HEADING = 'Wat gaan we daarvoor doen?';
const PARAGRAPH_HEADING = /^[2-6]\. \S/;
const ITEM = /^- ▶ /;

function lines(): string[] {
  return readFileSync(AGENDA_SOURCE, 'utf8').split(/\r?\n/);
}

/** The numbered paragraphs 2 to 6 of the agenda, in source order (the source prints "3." twice). */
export function agendaParagraphs(): string[] {
  return lines()
    .map((line) => line.trim())
    .filter((line) => PARAGRAPH_HEADING.test(line));
}

/**
 * Every "Wat gaan we daarvoor doen?" section, with its list items: the "- ▶ " lines after the heading.
 * Blank lines inside the list do not end it (the source has one in paragraph 6); the first other line does.
 */
export function actionsSections(): ActionsSection[] {
  const all = lines();
  const sections: ActionsSection[] = [];
  let paragraph = '';
  all.forEach((raw, index) => {
    const line = raw.trim();
    if (PARAGRAPH_HEADING.test(line)) paragraph = line;
    if (line !== ACTIONS_HEADING) return;
    const section: ActionsSection = { paragraph, items: [] };
    for (const next of all.slice(index + 1).map((text) => text.trim())) {
      if (next === '') continue;
      if (ITEM.test(next)) section.items.push(next.replace(ITEM, '').trim());
      else if (section.items.length === 0 && section.intro === undefined) section.intro = next;
      else break;
    }
    sections.push(section);
  });
  return sections;
}

/** The whole source as one line: list markers gone, every run of white space one space. */
export function agendaText(): string {
  return lines()
    .map((line) => line.replace(/^\s*- ▶ /, ''))
    .join('\n')
    .replace(/\s+/g, ' ');
}
