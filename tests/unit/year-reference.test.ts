import { describe, expect, it } from 'vitest';
import { yearReference } from '../../src/lib/period.ts';

const slides = { titel: 'Samen goed(e) keuzes maken voor Twente', vorm: "dia's", datum: '2024-10-16' };

describe('how titles name a year (yearReference)', () => {
  it('name a year whose document gives no period for any figure by the document and its date, never by the year', () => {
    expect(yearReference(2024, slides, [{ periode: 'geen' }, { periode: 'geen' }])).toEqual({
      label: "dia's van 16 oktober 2024",
      isYear: false,
      document: "de dia's van 16 oktober 2024",
    });
    // Any year, any document: it follows from the figures, not from the year 2024.
    expect(yearReference(2031, { titel: 'Notitie', datum: '2030-05' }, [{ periode: 'geen' }])).toEqual({
      label: 'document van mei 2030',
      isYear: false,
      document: 'het document van mei 2030',
    });
  });

  it('name the year itself when the document gives a period for some of its figures, or has no figures', () => {
    const programme = { titel: 'Strategisch programma SamenTwente 2025-2030', datum: '2025' };
    expect(yearReference(2025, programme, [{ periode: 'geen' }, { periode: '2030' }])).toEqual({
      label: '2025',
      isYear: true,
      document: 'het Strategisch programma SamenTwente 2025-2030',
    });
    expect(yearReference(2020, { titel: 'Programmabegroting 2020', datum: '2019' }, [])).toEqual({
      label: '2020',
      isYear: true,
      document: 'de Programmabegroting 2020',
    });
    expect(yearReference(2024, slides, [{ periode: 'per jaar' }, { periode: 'geen' }]).label).toBe('2024');
  });

  it('name the year and "het document van" that year when the year has no document', () => {
    expect(yearReference(2030, undefined, [{ periode: 'geen' }])).toEqual({
      label: '2030',
      isYear: true,
      document: 'het document van 2030',
    });
  });
});
