// First names guessed from display names, for the {prénom} / {first_name} phrasing variables.
import { describe, expect, it } from 'vitest';
import { firstNameOf } from '../../../lib/page/platforms/first-name';

describe('firstNameOf', () => {
  it('takes the first word of a person’s name, accents and compound names kept', () => {
    expect(firstNameOf('Alice Martin')).toBe('Alice');
    expect(firstNameOf('Chloé Bernard')).toBe('Chloé');
    expect(firstNameOf('Jean-Pierre Dupont')).toBe('Jean-Pierre');
    expect(firstNameOf('  Zoé   Lambert ')).toBe('Zoé');
    expect(firstNameOf("O'Neil Brown")).toBe("O'Neil");
  });

  it('fixes names typed all in capitals or all in lower case, keeps deliberate mixed case', () => {
    expect(firstNameOf('ALICE MARTIN')).toBe('Alice');
    expect(firstNameOf('jean-pierre dupont')).toBe('Jean-Pierre');
    expect(firstNameOf('DeShawn Jones')).toBe('DeShawn');
  });

  it('drops emoji, badges, headlines and pronouns around the name', () => {
    expect(firstNameOf('🌸 Inès Garnier 🌸')).toBe('Inès');
    expect(firstNameOf('Alice Smith | Office manager')).toBe('Alice');
    expect(firstNameOf('Tom Baker (he/him)')).toBe('Tom');
    expect(firstNameOf('Sarah Johnson, PhD')).toBe('Sarah');
  });

  it('skips a title when a given name follows it, gives up when only a surname does', () => {
    expect(firstNameOf('Dr Alice Martin')).toBe('Alice');
    expect(firstNameOf('Mme Martin')).toBeUndefined();
    expect(firstNameOf('M. Dupont')).toBeUndefined();
  });

  it('gives up on handles, initials and empty names rather than greet someone wrongly', () => {
    expect(firstNameOf('@julie_mrtn')).toBeUndefined();
    expect(firstNameOf('julie_mrtn')).toBeUndefined();
    expect(firstNameOf('user4821')).toBeUndefined();
    expect(firstNameOf('J. Martin')).toBeUndefined();
    expect(firstNameOf('')).toBeUndefined();
    expect(firstNameOf('   ')).toBeUndefined();
    expect(firstNameOf(undefined)).toBeUndefined();
    expect(firstNameOf('🔥🔥')).toBeUndefined();
  });

  it('returns a one-word page or brand name as it is', () => {
    expect(firstNameOf('Brandtruc')).toBe('Brandtruc');
  });
});
