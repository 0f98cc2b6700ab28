import { describe, expect, it } from 'vitest';
import {
  guestKeyOf,
  householdSearchOf,
  isSameDoor,
  phoneDigitsOf,
  phoneEndingOf,
  searchNameOf,
} from './household-keys.ts';

describe('household keys', () => {
  it('reads one phone number written three ways as the same digits', () => {
    expect(phoneDigitsOf('+46 70-123 45 67')).toBe('0701234567');
    expect(phoneDigitsOf('0046701234567')).toBe('0701234567');
    expect(phoneDigitsOf('070-123 45 67')).toBe('0701234567');
    expect(phoneEndingOf('0701234567')).toBe('4567');
  });

  it('folds a name for word-prefix search', () => {
    expect(searchNameOf('Åsa  Öhman-Lind')).toBe(' asa ohman lind ');
  });

  it('gives a guest the same key whatever the case and spacing of e-mail and street', () => {
    const key = guestKeyOf('Gast@Example.se', {
      streetAddress: 'Storvägen 20',
      postalCode: '93093',
    });
    expect(
      guestKeyOf(' gast@example.se ', { streetAddress: 'storvagen  20', postalCode: '93093' }),
    ).toBe(key);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
  });

  it('gives another e-mail or another door another key', () => {
    const key = guestKeyOf('gast@example.se', {
      streetAddress: 'Storvägen 20',
      postalCode: '93093',
    });
    expect(
      guestKeyOf('annan@example.se', { streetAddress: 'Storvägen 20', postalCode: '93093' }),
    ).not.toBe(key);
    expect(
      guestKeyOf('gast@example.se', { streetAddress: 'Storvägen 22', postalCode: '93093' }),
    ).not.toBe(key);
  });

  it('tells a move from a changed door code', () => {
    const before = { street_address: 'Storvägen 20', postal_code: '93093' };
    expect(isSameDoor(before, { streetAddress: 'STORVÄGEN 20', postalCode: '93093' })).toBe(true);
    expect(isSameDoor(before, { streetAddress: 'Storvägen 21', postalCode: '93093' })).toBe(false);
    expect(
      isSameDoor(
        { street_address: null, postal_code: null },
        { streetAddress: 'Storvägen 20', postalCode: '93093' },
      ),
    ).toBe(false);
  });

  it('searches by phone when the query is four digits or more, else by name words', () => {
    expect(householdSearchOf('070-123')).toEqual({ kind: 'phone', digits: '070123' });
    expect(householdSearchOf('+46 70 12')).toEqual({ kind: 'phone', digits: '07012' });
    expect(householdSearchOf('Åsa Lind')).toEqual({ kind: 'name', terms: ['asa', 'lind'] });
    expect(householdSearchOf('123')).toEqual({ kind: 'name', terms: ['123'] });
  });
});
