import { describe, expect, it } from 'vitest';
import { slugify } from '../../src/lib/slug.ts';

describe('slugify', () => {
  it('makes heading ids as GitHub does', () => {
    expect(slugify('Gezond opgroeien')).toBe('gezond-opgroeien');
    expect(slugify('1. Programma Sociaal economisch sterk Twente')).toBe('1-programma-sociaal-economisch-sterk-twente');
    expect(slugify('Taken en activiteiten:')).toBe('taken-en-activiteiten');
    expect(slugify('Actief meedoen van volwassenen (25-65 jaar) als basis')).toBe('actief-meedoen-van-volwassenen-25-65-jaar-als-basis');
    expect(slugify('Coördinatie & één')).toBe('coördinatie--één');
    // Spaces around the heading give no hyphen at either end.
    expect(slugify('  Gezond opgroeien ')).toBe('gezond-opgroeien');
  });
});
