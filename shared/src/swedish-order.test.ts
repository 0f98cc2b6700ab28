import { describe, expect, it } from 'vitest';
import { compareSwedish, sortSwedish } from './swedish-order.ts';

describe('Swedish order', () => {
  it('puts Å, Ä and Ö after Z, in that order', () => {
    const places = ['Övertorneå', 'Älvsbyn', 'Åsele', 'Arjeplog', 'Zinkgruvan', 'Överkalix'];
    expect(sortSwedish(places, (place) => place)).toEqual([
      'Arjeplog',
      'Zinkgruvan',
      'Åsele',
      'Älvsbyn',
      'Överkalix',
      'Övertorneå',
    ]);
  });

  it('compares letters before case, and numbers by their value', () => {
    expect(Math.sign(compareSwedish('ÅSELE', 'älvsbyn'))).toBe(-1);
    expect(sortSwedish(['Hus 10', 'Hus 9'], (name) => name)).toEqual(['Hus 9', 'Hus 10']);
  });
});
