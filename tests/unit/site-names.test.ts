import { describe, expect, it } from 'vitest';
import { bodyWithCurrentName, bodyWithNowInBrackets, bothNames, municipalitiesOfRegion } from '../../src/lib/site-names.ts';

describe('how texts name the joint arrangement and its municipalities', () => {
  it('names the municipalities with the region adjective, or "gemeenten van" the region without one', () => {
    expect(municipalitiesOfRegion('Twente', 'Twentse')).toBe('Twentse gemeenten');
    expect(municipalitiesOfRegion('Twente')).toBe('gemeenten van Twente');
    expect(municipalitiesOfRegion('Twente', '')).toBe('gemeenten van Twente');
  });

  it('adds the current name after a comma only when there is a different one', () => {
    expect(bodyWithCurrentName('Regio Twente', 'SamenTwente')).toBe('Regio Twente, nu SamenTwente');
    expect(bodyWithCurrentName('Regio Twente')).toBe('Regio Twente');
    expect(bodyWithCurrentName('Regio Twente', '')).toBe('Regio Twente');
    expect(bodyWithCurrentName('Regio Twente', 'Regio Twente')).toBe('Regio Twente');
  });

  it('adds the current name in brackets only when there is a different one', () => {
    expect(bodyWithNowInBrackets('Regio Twente', 'SamenTwente')).toBe('Regio Twente (nu SamenTwente)');
    expect(bodyWithNowInBrackets('Regio Twente')).toBe('Regio Twente');
    expect(bodyWithNowInBrackets('Regio Twente', '')).toBe('Regio Twente');
    expect(bodyWithNowInBrackets('Regio Twente', 'Regio Twente')).toBe('Regio Twente');
  });

  it('names the old and the current name together only when they differ', () => {
    expect(bothNames({ samenwerking: 'Regio Twente', samenwerkingNu: 'SamenTwente' })).toBe('Regio Twente en SamenTwente');
    expect(bothNames({ samenwerking: 'Regio Twente' })).toBe('Regio Twente');
    expect(bothNames({ samenwerking: 'Regio Twente', samenwerkingNu: undefined })).toBe('Regio Twente');
    expect(bothNames({ samenwerking: 'Regio Twente', samenwerkingNu: 'Regio Twente' })).toBe('Regio Twente');
  });
});
