import { describe, expect, it } from 'vitest';
import { countOf, documentWithDate, endSentence, listInDutch, titleWithArticle } from '../../src/lib/dutch.ts';

describe('titleWithArticle', () => {
  it('gives each source title its article', () => {
    expect(titleWithArticle('Programmabegroting 2020')).toBe('de Programmabegroting 2020');
    expect(titleWithArticle('Regionale samenwerkingsagenda 2017-2020', { capital: true })).toBe(
      'De Regionale samenwerkingsagenda 2017-2020',
    );
    expect(titleWithArticle('Bedrijfsplan "Regio Twente in transformatie" (concept)', { capital: true })).toBe(
      'Het Bedrijfsplan "Regio Twente in transformatie" (concept)',
    );
    expect(titleWithArticle('Strategisch programma SamenTwente 2025-2030')).toBe('het Strategisch programma SamenTwente 2025-2030');
    expect(titleWithArticle('Samen goed(e) keuzes maken voor Twente')).toBe('de presentatie “Samen goed(e) keuzes maken voor Twente”');
    expect(titleWithArticle('Kerntakendiscussie SamenTwente 2024', { capital: true })).toBe('De Kerntakendiscussie SamenTwente 2024');
    expect(titleWithArticle('Bedrijfsplan Regio Twente in transformatie', { capital: true })).toBe(
      'Het Bedrijfsplan Regio Twente in transformatie',
    );
  });
});

describe('titleWithArticle and the first word', () => {
  it('looks past a quotation mark at the start of a title', () => {
    expect(titleWithArticle('"Agenda voor Twente"')).toBe('de "Agenda voor Twente"');
    expect(titleWithArticle('"Programma Twente 2030"', { capital: true })).toBe('Het "Programma Twente 2030"');
  });

  it('decides by the first word, not by "programma" or "agenda" later in the title', () => {
    expect(titleWithArticle('Samen werken aan het programma')).toBe('de presentatie “Samen werken aan het programma”');
    expect(titleWithArticle('Samen werken aan de agenda')).toBe('de presentatie “Samen werken aan de agenda”');
  });
});

describe('documentWithDate', () => {
  it('writes a source document with its article and its date in brackets', () => {
    expect(documentWithDate({ titel: 'Programmabegroting 2020', datum: '2019-06-28' })).toBe('de Programmabegroting 2020 (28 juni 2019)');
    expect(documentWithDate({ titel: 'Bedrijfsplan Regio Twente in transformatie', datum: '2015' }, { capital: true })).toBe(
      'Het Bedrijfsplan Regio Twente in transformatie (2015)',
    );
  });
});

describe('listInDutch', () => {
  it('joins with commas and "en"', () => {
    expect(listInDutch([])).toBe('');
    expect(listInDutch(['Almelo'])).toBe('Almelo');
    expect(listInDutch(['Almelo', 'Borne'])).toBe('Almelo en Borne');
    expect(listInDutch(['Almelo', 'Borne', 'Hengelo'])).toBe('Almelo, Borne en Hengelo');
    expect(listInDutch(['A', 'B', 'C', 'D'])).toBe('A, B, C en D');
  });
});

describe('endSentence', () => {
  it('adds a full stop only where the text does not end a sentence already', () => {
    expect(endSentence('Bijlage 1, GGD')).toBe('Bijlage 1, GGD.');
    expect(endSentence('Hoe werken we samen in Twente?')).toBe('Hoe werken we samen in Twente?');
    expect(endSentence('Gezondheid, "Wat dragen de gemeenten bij?"')).toBe('Gezondheid, "Wat dragen de gemeenten bij?"');
    expect(endSentence('1. Inleiding.')).toBe('1. Inleiding.');
    // A full stop inside the text does not end it.
    expect(endSentence('Art. 5 van de Wgr')).toBe('Art. 5 van de Wgr.');
  });

  it('drops the spaces around the text', () => {
    expect(endSentence('  Zie bijlage 2. ')).toBe('Zie bijlage 2.');
    expect(endSentence(' Zie bijlage 2 ')).toBe('Zie bijlage 2.');
  });
});

describe('countOf', () => {
  it('uses the singular for one, the plural otherwise', () => {
    expect(countOf(1, 'coalitie', 'coalities')).toBe('1 coalitie');
    expect(countOf(6, 'coalitie', 'coalities')).toBe('6 coalities');
    expect(countOf(0, 'thema', "thema's")).toBe("0 thema's");
  });
});
