import { describe, expect, it } from 'vitest';
import {
  countable,
  notCountedSentence,
  notListedSentence,
  participationMatrixId,
  participationMatrixTitle,
  unnamedCoalitions,
  unnamedSentence,
} from '../../src/lib/participation.ts';

const SIX = ['Netwerkstad Twente', 'Twentse Kracht', 'Kennispunt Twente', 'MDA', 'IT-Platform Twente', 'Agenda voor Twente'];

describe('counting coalitions per municipality', () => {
  it('counts only where the document names the participants of every coalition', () => {
    expect(countable({ all: ['A', 'B'], named: ['A', 'B'] })).toBe(true);
    expect(countable({ all: SIX, named: ['Netwerkstad Twente'] })).toBe(false);
    expect(countable({ all: ['A'], named: [] })).toBe(false);
    expect(countable({ all: [], named: [] })).toBe(false);
  });

  it('lists the coalitions whose participants the document does not name, in its order', () => {
    expect(unnamedCoalitions({ all: SIX, named: ['Netwerkstad Twente', 'MDA'] })).toEqual([
      'Twentse Kracht',
      'Kennispunt Twente',
      'IT-Platform Twente',
      'Agenda voor Twente',
    ]);
  });
});

describe('what a document says of a municipality it lists in no coalition', () => {
  it('reads as Dutch for none, one, several and all named coalitions', () => {
    expect(notListedSentence('Losser', { all: SIX, named: [] })).toBe('Dit document noemt bij geen van de zes coalities de deelnemers.');
    expect(notListedSentence('Losser', { all: ['MDA'], named: [] })).toBe('Dit document noemt de deelnemers van MDA niet.');
    expect(notListedSentence('Losser', { all: SIX, named: ['Netwerkstad Twente'] })).toBe(
      'Dit document noemt alleen de deelnemers van Netwerkstad Twente; Losser staat daar niet bij.',
    );
    expect(notListedSentence('Losser', { all: ['MDA'], named: ['MDA'] })).toBe(
      'Dit document noemt de deelnemers van MDA; Losser staat daar niet bij.',
    );
    expect(notListedSentence('Losser', { all: SIX, named: ['Netwerkstad Twente', 'MDA'] })).toBe(
      'Dit document noemt de deelnemers van twee van de zes coalities (Netwerkstad Twente en MDA); Losser staat bij geen van beide.',
    );
    expect(notListedSentence('Losser', { all: SIX, named: ['Netwerkstad Twente', 'MDA', 'Twentse Kracht'] })).toBe(
      'Dit document noemt de deelnemers van drie van de zes coalities (Netwerkstad Twente, MDA en Twentse Kracht); Losser staat bij geen ervan.',
    );
    expect(notListedSentence('Losser', { all: ['A', 'B', 'C'], named: ['A', 'B', 'C'] })).toBe(
      'Losser staat bij geen van de drie coalities; het document noemt van elke coalitie de deelnemers.',
    );
  });

  it('never turns silence into a number: no zero and no count of the unnamed coalitions', () => {
    for (const named of [[], ['Netwerkstad Twente'], ['Netwerkstad Twente', 'MDA']]) {
      const sentence = notListedSentence('Losser', { all: SIX, named });
      expect(sentence).not.toMatch(/\b0\b|nul|geen van de \d/);
    }
  });

  it('names the unnamed coalitions, or says nothing when every coalition is named', () => {
    expect(unnamedSentence('Losser', { all: ['A', 'B', 'C'], named: ['A'] })).toBe(
      'Niet genoemd: bij B en C noemt dit document geen deelnemers. Of Losser daar meedoet, is uit dit document niet bekend.',
    );
    expect(unnamedSentence('Losser', { all: ['A', 'B'], named: ['A', 'B'] })).toBeUndefined();
  });

  it('explains why a document gets no count on the comparison', () => {
    expect(notCountedSentence('De Programmabegroting 2020', { all: ['A', 'B', 'C'], named: ['A'] })).toBe(
      'De Programmabegroting 2020 noemt de deelnemers van een van de drie coalities (A); bij B en C noemt het document niemand. ' +
        'Daarom telt deze site voor dit document geen coalities per gemeente: wie niet genoemd is, kan daar toch meedoen.',
    );
  });

  it('has no empty brackets when the document names the participants of no coalition', () => {
    // The page asks only for documents that name some participants; the sentence stays whole all the same.
    const sentence = notCountedSentence('De Programmabegroting 2020', { all: ['A', 'B'], named: [] });
    expect(sentence).toContain(' van de twee coalities; bij A en B noemt het document niemand. ');
    expect(sentence).not.toContain('(');
  });
});

describe('the matrix of who takes part', () => {
  it('has the anchor "deelname-<jaar>" and a caption that names the document', () => {
    expect(participationMatrixId(2020)).toBe('deelname-2020');
    expect(participationMatrixTitle('de Programmabegroting 2020 (2019)')).toBe(
      'Wie doet mee aan welke coalitie, volgens de Programmabegroting 2020 (2019)',
    );
  });
});
