import { describe, expect, it } from 'vitest';
import { yearDescription } from '../../src/lib/year-description.ts';

describe('year page description', () => {
  const none = { domains: 0, total: 0, subjects: 0, coalitions: 0, region: 'Twente' };

  it('names the total of a budget year', () => {
    expect(
      yearDescription({
        ...none,
        title: 'Programmabegroting 2020',
        organisation: 'Regio Twente',
        domains: 5,
        total: 33343000,
        coalitions: 6,
      }),
    ).toBe(
      'De Programmabegroting 2020 van Regio Twente: de gemeenten dragen samen €\u00a033.343.000 bij aan 5 domeinen (door deze site opgeteld).',
    );
  });

  it('names the ambitions and plans of an agenda, with its coalitions when it has any', () => {
    const agenda = { ...none, title: 'Regionale samenwerkingsagenda 2017-2020', organisation: 'Regio Twente', subjects: 5 };
    expect(yearDescription({ ...agenda, coalitions: 7 })).toBe(
      'De Regionale samenwerkingsagenda 2017-2020 van Regio Twente: waar Twente staat, en per onderwerp de ambitie en wat Regio Twente daarvoor gaat doen, met 7 Coalitions of the Willing en de kerncijfers.',
    );
    expect(yearDescription(agenda)).toBe(
      'De Regionale samenwerkingsagenda 2017-2020 van Regio Twente: waar Twente staat, en per onderwerp de ambitie en wat Regio Twente daarvoor gaat doen en de kerncijfers.',
    );
    expect(yearDescription({ ...agenda, organisation: 'Regio Voorbeeld', region: 'Voorbeeldland' })).toBe(
      'De Regionale samenwerkingsagenda 2017-2020 van Regio Voorbeeld: waar Voorbeeldland staat, en per onderwerp de ambitie en wat Regio Voorbeeld daarvoor gaat doen en de kerncijfers.',
    );
  });

  it('falls back to coalitions, then to what the organisation does', () => {
    expect(yearDescription({ ...none, title: 'Programmabegroting 2027', organisation: 'SamenTwente', coalitions: 2 })).toBe(
      'De Programmabegroting 2027 van SamenTwente, met 2 Coalitions of the Willing en de kerncijfers.',
    );
    expect(yearDescription({ ...none, title: 'Strategisch programma SamenTwente 2025-2030', organisation: 'SamenTwente' })).toBe(
      'Het Strategisch programma SamenTwente 2025-2030 van SamenTwente: wat de organisatie doet en de kerncijfers.',
    );
  });
});
