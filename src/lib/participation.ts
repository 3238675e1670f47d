import { countInWords, listInDutch } from './dutch.ts';

// Who takes part in the coalitions, as one document says. A document that names the participants of
// some coalitions and not of others gives no count per municipality: a municipality it does not name
// may well take part in a coalition whose participants it does not list. Silence is never a count.

/** The coalitions of one document, by name, and which of them it names the participants of. */
export interface DocumentCoalitions {
  /** Every coalition the document has. */
  all: readonly string[];
  /** The coalitions whose participants the document names. */
  named: readonly string[];
}

/** True when the document names the participants of every coalition it has: only then can the site count per municipality. */
export function countable({ all, named }: DocumentCoalitions): boolean {
  return all.length > 0 && named.length === all.length;
}

/** The coalitions whose participants the document does not name, in the document's order. */
export function unnamedCoalitions({ all, named }: DocumentCoalitions): string[] {
  return all.filter((title) => !named.includes(title));
}

/**
 * What the document says about one municipality that it does not list in any coalition, in Dutch
 * that reads right for one, several and no named coalitions:
 * - none named: "Dit document noemt bij geen van de 6 coalities de deelnemers.";
 * - one named: "Dit document noemt alleen de deelnemers van Netwerkstad Twente; Losser staat daar niet bij.";
 * - all named: "Losser staat bij geen van de 7 coalities; het document noemt van elke coalitie de deelnemers.";
 * - some named: "Dit document noemt de deelnemers van 2 van de 6 coalities (A en B); Losser staat bij geen van beide."
 */
export function notListedSentence(municipality: string, coalitions: DocumentCoalitions): string {
  const { all, named } = coalitions;
  if (named.length === 0) {
    return all.length === 1
      ? `Dit document noemt de deelnemers van ${all[0]} niet.`
      : `Dit document noemt bij geen van de ${countInWords(all.length)} coalities de deelnemers.`;
  }
  if (named.length === 1) {
    const only = all.length === 1 ? '' : 'alleen ';
    return `Dit document noemt ${only}de deelnemers van ${named[0]}; ${municipality} staat daar niet bij.`;
  }
  if (countable(coalitions)) {
    return `${municipality} staat bij geen van de ${countInWords(all.length)} coalities; het document noemt van elke coalitie de deelnemers.`;
  }
  const none = named.length === 2 ? 'geen van beide' : 'geen ervan';
  return `Dit document noemt de deelnemers van ${countInWords(named.length)} van de ${countInWords(all.length)} coalities (${listInDutch(named)}); ${municipality} staat bij ${none}.`;
}

/** "Niet genoemd: bij A en B noemt dit document geen deelnemers. Of Losser daar meedoet, …"; undefined when every coalition is named. */
export function unnamedSentence(municipality: string, coalitions: DocumentCoalitions): string | undefined {
  const unnamed = unnamedCoalitions(coalitions);
  if (unnamed.length === 0) return undefined;
  return `Niet genoemd: bij ${listInDutch(unnamed)} noemt dit document geen deelnemers. Of ${municipality} daar meedoet, is uit dit document niet bekend.`;
}

/**
 * Why a document has no count column on the comparison of the municipalities: "De Programmabegroting
 * 2020 noemt de deelnemers van 1 van de 6 coalities (Netwerkstad Twente); van Twentse Kracht, … noemt
 * zij niemand. Daarom telt deze site voor dit document geen coalities per gemeente."
 */
export function notCountedSentence(documentName: string, coalitions: DocumentCoalitions): string {
  const { all, named } = coalitions;
  const which = named.length > 0 ? ` (${listInDutch(named)})` : '';
  return (
    `${documentName} noemt de deelnemers van ${countInWords(named.length)} van de ${countInWords(all.length)} coalities${which}; ` +
    `bij ${listInDutch(unnamedCoalitions(coalitions))} noemt het document niemand. ` +
    'Daarom telt deze site voor dit document geen coalities per gemeente: wie niet genoemd is, kan daar toch meedoen.'
  );
}

/** The anchor of a document's matrix of who takes part in which coalition: "deelname-2020". */
export const participationMatrixId = (jaar: number): string => `deelname-${jaar}`;

/** The caption of that matrix: "Wie doet mee aan welke coalitie, volgens de Programmabegroting 2020 (2019)". */
export const participationMatrixTitle = (documentName: string): string => `Wie doet mee aan welke coalitie, volgens ${documentName}`;
