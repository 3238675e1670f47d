import { describe, expect, it } from 'vitest';
import { shortSubjectName } from '../../src/lib/mentions.ts';

describe('shortSubjectName: where the brackets are and what they hold', () => {
  it('keeps a name whole when its brackets are not at its end', () => {
    expect(shortSubjectName('GGD (JGZ) Twente')).toBe('GGD (JGZ) Twente');
  });

  it('finds the abbreviation in brackets also without a space before them or with spaces after them', () => {
    expect(shortSubjectName('Veilig Thuis Twente(VTT)')).toBe('VTT');
    expect(shortSubjectName('Veilig Thuis Twente (VTT) ')).toBe('VTT');
  });

  it('drops brackets that hold more than an abbreviation, even one that starts or ends with an abbreviation', () => {
    expect(shortSubjectName('Veilig Thuis Twente (vroeger AMK)')).toBe('Veilig Thuis Twente');
    expect(shortSubjectName('Veilig Thuis Twente (AMK, tot 2015)')).toBe('Veilig Thuis Twente');
  });
});
