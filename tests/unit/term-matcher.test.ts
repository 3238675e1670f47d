import { describe, expect, it } from 'vitest';
import { termMatcher } from '../../src/lib/term-matcher.ts';

const GGD = { id: 'ggd', term: 'Gemeentelijke gezondheidsdienst', afkorting: 'GGD' };
const WMO = { id: 'wmo', term: 'Wet maatschappelijke ondersteuning', afkorting: 'Wmo' };

describe('termMatcher: which words it finds', () => {
  it('finds words of three letters or more and two-letter abbreviations in capitals, but no one-letter word or two lower-case letters', () => {
    const matcher = termMatcher([
      { id: 'om', term: 'Openbaar Ministerie', afkorting: 'OM' },
      { id: 'kwartaal', term: 'Kwartaal', afkorting: 'K' },
      { id: 'jeugdzorg', term: 'Jeugdzorg', afkorting: 'jz' },
    ]);
    expect(matcher.split('De K en jz van het OM.', new Set())).toEqual([
      'De K en jz van het ',
      { id: 'om', word: 'OM', expansion: 'Openbaar Ministerie' },
      '.',
    ]);
  });

  it('matches a word with full stops letter for letter (i.t. is not "it" or "ixtx")', () => {
    const matcher = termMatcher([{ id: 'it', term: 'in tegenstelling tot', afkorting: 'i.t.' }]);
    expect(matcher.split('Dit, ixtx en it; i.t. het plan.', new Set())).toEqual([
      'Dit, ixtx en it; ',
      { id: 'it', word: 'i.t.', expansion: 'in tegenstelling tot' },
      ' het plan.',
    ]);
  });

  it('at one place, takes the longer of two words, whichever the glossary lists first', () => {
    const short = { id: 'veilig-thuis', term: 'Veilig Thuis' };
    const long = { id: 'vtt', term: 'Veilig Thuis Twente' };
    const expected = ['Bel ', { id: 'vtt', word: 'Veilig Thuis Twente' }, ' of ', { id: 'veilig-thuis', word: 'Veilig Thuis' }, '.'];
    expect(termMatcher([short, long]).split('Bel Veilig Thuis Twente of Veilig Thuis.', new Set())).toEqual(expected);
    expect(termMatcher([long, short]).split('Bel Veilig Thuis Twente of Veilig Thuis.', new Set())).toEqual(expected);
  });

  it('takes the earliest word first, even when a longer word comes later in the text', () => {
    const matcher = termMatcher([GGD, { id: 'vtt', term: 'Veilig Thuis Twente' }]);
    expect(matcher.split('De GGD en Veilig Thuis Twente.', new Set())).toEqual([
      'De ',
      { id: 'ggd', word: 'GGD', expansion: 'Gemeentelijke gezondheidsdienst' },
      ' en ',
      { id: 'vtt', word: 'Veilig Thuis Twente' },
      '.',
    ]);
  });

  it('after a longer term that holds a word in capitals, finds that word at its next use, not inside the longer term', () => {
    const matcher = termMatcher([{ id: 'ggd-twente', term: 'GGD Twente' }, GGD]);
    expect(matcher.split('GGD Twente en de GGD.', new Set())).toEqual([
      { id: 'ggd-twente', word: 'GGD Twente' },
      ' en de ',
      { id: 'ggd', word: 'GGD', expansion: 'Gemeentelijke gezondheidsdienst' },
      '.',
    ]);
  });

  it('gives a word that two entries share to the entry the glossary lists first', () => {
    const matcher = termMatcher([
      { id: 'coalitie', term: 'coalitie' },
      { id: 'coalition-of-the-willing', term: 'Coalition of the Willing', vormen: ['coalitie'] },
    ]);
    expect(matcher.split('Een coalitie.', new Set())).toEqual(['Een ', { id: 'coalitie', word: 'coalitie' }, '.']);
  });
});

describe('termMatcher: the pieces of a text', () => {
  it('gives a text that is only a term as that one piece, without empty text before or after', () => {
    expect(termMatcher([GGD]).split('GGD', new Set())).toEqual([{ id: 'ggd', word: 'GGD', expansion: 'Gemeentelijke gezondheidsdienst' }]);
  });

  it('gives the text between terms as its own piece, skips terms already linked, and adds the ids it finds', () => {
    const linked = new Set<string>();
    expect(termMatcher([GGD, WMO]).split('GGD en Wmo', linked)).toEqual([
      { id: 'ggd', word: 'GGD', expansion: 'Gemeentelijke gezondheidsdienst' },
      ' en ',
      { id: 'wmo', word: 'Wmo', expansion: 'Wet maatschappelijke ondersteuning' },
    ]);
    expect([...linked]).toEqual(['ggd', 'wmo']);
    expect(termMatcher([GGD, WMO]).split('GGD en Wmo', new Set(['ggd']))).toEqual([
      'GGD en ',
      { id: 'wmo', word: 'Wmo', expansion: 'Wet maatschappelijke ondersteuning' },
    ]);
  });
});

describe('termMatcher: the quick test mayMatch', () => {
  it('is true for a word in any case when the word is not all capitals, even beside words in capitals', () => {
    expect(termMatcher([{ id: 'plustaken', term: 'plustaken' }]).mayMatch('Plustaken zijn extra taken.')).toBe(true);
    expect(termMatcher([GGD, WMO]).mayMatch('toezicht op de wmo')).toBe(true);
  });

  it('rules out a text without any of the words, and a word in capitals written in lower case', () => {
    expect(termMatcher([]).mayMatch('Gemeentelijke gezondheidsdienst')).toBe(false);
    expect(termMatcher([{ id: 'ggd', term: 'GGD' }]).mayMatch('de ggd en de GGd')).toBe(false);
    expect(termMatcher([{ id: 'ggd', term: 'GGD' }]).mayMatch('de GGD')).toBe(true);
  });
});
