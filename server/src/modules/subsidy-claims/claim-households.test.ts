import { describe, expect, it } from 'vitest';
import type { SubsidyRule } from '@e-galleria/shared/subsidy';
import { claimHouseholds, eligibilityOf, referenceOf } from './claim-households.ts';

const places = [
  { postalCode: '93093', village: 'Laisvall', isLargeLocality: false },
  { postalCode: '93090', village: 'Arjeplog', isLargeLocality: true },
  { postalCode: '93091', village: 'Arjeplog', isLargeLocality: false },
];
const rules: SubsidyRule[] = [
  {
    validFrom: '2011-01-01',
    validTo: '2023-12-31',
    capPerDeliveryOre: 6000,
    shareBasisPoints: 5000,
  },
  { validFrom: '2024-01-01', validTo: null, capPerDeliveryOre: 10000, shareBasisPoints: 5000 },
];

describe('a household’s place in the claim', () => {
  it('finds the place by village and the postal code the household has now', () => {
    expect(eligibilityOf(places, 'laisvall ', '93093')).toBe('eligible');
    expect(eligibilityOf(places, 'Arjeplog', '93090')).toBe('large_locality');
    expect(eligibilityOf(places, 'Arjeplog', '93091')).toBe('eligible');
  });

  it('falls back on the village alone for an erased household, and claims no doubtful one', () => {
    expect(eligibilityOf(places, 'Laisvall', null)).toBe('eligible');
    expect(eligibilityOf(places, 'Arjeplog', null)).toBe('large_locality');
    expect(eligibilityOf(places, 'Atlantis', '93093')).toBe('unknown_place');
  });

  it('gives a stable pseudonym that differs between municipalities', () => {
    expect(referenceOf('m1', 'h1')).toBe(referenceOf('m1', 'h1'));
    expect(referenceOf('m1', 'h1')).not.toBe(referenceOf('m2', 'h1'));
    expect(referenceOf('m1', 'h1')).toMatch(/^H-[0-9A-F]{8}$/);
  });

  it('caps each day by the rule of that day and nothing for a household not eligible', () => {
    const { table, deliveries } = claimHouseholds({
      municipalityId: 'm1',
      rows: [
        { householdId: 'a', date: '2023-12-30', village: 'Laisvall', deliveries: 1 },
        { householdId: 'a', date: '2024-01-02', village: 'Laisvall', deliveries: 2 },
        { householdId: 'b', date: '2024-01-02', village: 'Arjeplog', deliveries: 3 },
      ],
      postalCodes: new Map([
        ['a', '93093'],
        ['b', '93090'],
      ]),
      places,
      rules,
    });
    expect(table).toEqual([
      expect.objectContaining({ village: 'Arjeplog', deliveries: 3, cappedOre: 0 }),
      expect.objectContaining({ village: 'Laisvall', deliveries: 3, cappedOre: 6000 + 20000 }),
    ]);
    expect(deliveries.map((household) => household.outsideLargeLocality)).toEqual([true, false]);
  });
});
