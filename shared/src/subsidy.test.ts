import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  computeSubsidyClaim,
  ruleOn,
  SubsidyRuleMissing,
  type HouseholdDeliveries,
  type SubsidyRule,
} from './subsidy.ts';

// The rules as seeded (migrations/20261205150000_create_subsidy_rules.ts).
const rules: SubsidyRule[] = [
  {
    validFrom: '2011-01-01',
    validTo: '2023-12-31',
    capPerDeliveryOre: 6_000,
    shareBasisPoints: 5_000,
  },
  { validFrom: '2024-01-01', validTo: null, capPerDeliveryOre: 10_000, shareBasisPoints: 5_000 },
];
const priceBaseAmounts = [
  { year: 2015, amountOre: 4_450_000 },
  { year: 2023, amountOre: 5_250_000 },
  { year: 2024, amountOre: 5_730_000 },
];

/** `count` households, each with `perHousehold` deliveries spread over the year's Mondays. */
function households(
  year: number,
  count: number,
  perHousehold: number,
  outsideLargeLocality = true,
): HouseholdDeliveries[] {
  return Array.from({ length: count }, () => ({
    outsideLargeLocality,
    deliveries: [{ date: `${year}-03-02`, count: perHousehold }],
  }));
}

const kr = (amount: number) => amount * 100;

describe('computeSubsidyClaim: worked examples', () => {
  const cases = [
    {
      name: 'a net cost under half a price base amount gets nothing',
      year: 2024,
      costs: kr(30_000),
      fees: kr(2_000),
      households: households(2024, 10, 20),
      // Net 28,000 kr < 28,650 kr (half of 57,300 kr).
      expect: {
        netCostOre: kr(28_000),
        thresholdOre: kr(28_650),
        limitedBy: 'threshold',
        claimOre: 0,
      },
    },
    {
      name: 'exactly half a price base amount is reached',
      year: 2024,
      costs: kr(28_650),
      fees: 0,
      households: households(2024, 10, 50),
      expect: { netCostOre: kr(28_650), limitedBy: 'share', claimOre: kr(14_325) },
    },
    {
      name: 'capped per household and delivery (100 kr in 2024)',
      year: 2024,
      costs: kr(100_000),
      fees: kr(10_000),
      // 15 households × 20 deliveries = 300 deliveries × 100 kr = 30,000 kr < 45,000 kr.
      households: households(2024, 15, 20),
      expect: {
        netCostOre: kr(90_000),
        shareOfNetCostOre: kr(45_000),
        eligibleDeliveries: 300,
        capOre: kr(30_000),
        limitedBy: 'cap',
        claimOre: kr(30_000),
      },
    },
    {
      name: 'capped at 50 % of net cost',
      year: 2024,
      costs: kr(100_000),
      fees: kr(10_000),
      households: households(2024, 50, 20),
      expect: { capOre: kr(100_000), limitedBy: 'share', claimOre: kr(45_000) },
    },
    {
      name: 'the rules of the year the deliveries were made: 60 kr in 2015',
      year: 2015,
      costs: kr(220_000),
      fees: kr(20_000),
      households: households(2015, 50, 20),
      // 1,000 deliveries × 60 kr = 60,000 kr < 100,000 kr.
      expect: {
        capOre: kr(60_000),
        limitedBy: 'cap',
        claimOre: kr(60_000),
        priceBaseAmountOre: 4_450_000,
      },
    },
    {
      name: 'the same deliveries in 2024 are capped at 100 kr each',
      year: 2024,
      costs: kr(220_000),
      fees: kr(20_000),
      households: households(2024, 50, 20),
      expect: { capOre: kr(100_000), limitedBy: 'share', claimOre: kr(100_000) },
    },
    {
      name: 'households in localities of more than 3,000 inhabitants do not count',
      year: 2024,
      costs: kr(100_000),
      fees: 0,
      households: [...households(2024, 5, 20), ...households(2024, 40, 20, false)],
      expect: {
        householdsServed: 45,
        eligibleHouseholds: 5,
        eligibleDeliveries: 100,
        capOre: kr(10_000),
        claimOre: kr(10_000),
      },
    },
    {
      name: 'fees above costs make a net cost of zero, not a negative claim',
      year: 2024,
      costs: kr(10_000),
      fees: kr(12_000),
      households: households(2024, 5, 20),
      expect: { netCostOre: 0, claimOre: 0, limitedBy: 'threshold' },
    },
  ] as const;

  for (const example of cases)
    it(example.name, () => {
      const claim = computeSubsidyClaim({
        year: example.year,
        carrierCostsOre: example.costs,
        residentFeesOre: example.fees,
        households: example.households,
        rules,
        priceBaseAmounts,
      });
      expect(claim).toMatchObject(example.expect);
    });

  it('a year whose rule changes on 1 January 2024 caps each delivery by its own day', () => {
    // Deliveries of 2023 and 2024 are claimed separately; within 2023 only 60 kr applies.
    const claim = computeSubsidyClaim({
      year: 2023,
      carrierCostsOre: kr(200_000),
      residentFeesOre: 0,
      households: [{ outsideLargeLocality: true, deliveries: [{ date: '2023-12-31', count: 10 }] }],
      rules,
      priceBaseAmounts,
    });
    expect(claim.capOre).toBe(kr(600));
  });

  it('refuses a year with no rule or no price base amount, and deliveries of another year', () => {
    const base = { carrierCostsOre: 0, residentFeesOre: 0, rules, priceBaseAmounts };
    expect(() => computeSubsidyClaim({ ...base, year: 2010, households: [] })).toThrow(
      SubsidyRuleMissing,
    );
    expect(() => computeSubsidyClaim({ ...base, year: 2016, households: [] })).toThrow(
      SubsidyRuleMissing,
    );
    expect(() =>
      computeSubsidyClaim({ ...base, year: 2024, households: households(2023, 1, 1) }),
    ).toThrow(RangeError);
    expect(() =>
      computeSubsidyClaim({ ...base, year: 2024, carrierCostsOre: 10.5, households: [] }),
    ).toThrow(RangeError);
  });
});

describe('rule periods', () => {
  it('finds the rule of a day, inclusive of both ends', () => {
    expect(ruleOn(rules, '2011-01-01')?.capPerDeliveryOre).toBe(6_000);
    expect(ruleOn(rules, '2023-12-31')?.capPerDeliveryOre).toBe(6_000);
    expect(ruleOn(rules, '2024-01-01')?.capPerDeliveryOre).toBe(10_000);
    expect(ruleOn(rules, '2010-12-31')).toBeNull();
  });
});

describe('computeSubsidyClaim: properties', () => {
  it('never exceeds 50 % of net cost nor the cap times the eligible deliveries', () => {
    const household = fc.record({
      outsideLargeLocality: fc.boolean(),
      deliveries: fc.array(
        fc.record({
          date: fc.constantFrom('2024-01-01', '2024-06-15', '2024-12-31'),
          count: fc.integer({ min: 0, max: 60 }),
        }),
        { maxLength: 5 },
      ),
    });
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 50_000_000 }),
        fc.integer({ min: 0, max: 50_000_000 }),
        fc.array(household, { maxLength: 30 }),
        (costs, fees, list) => {
          const claim = computeSubsidyClaim({
            year: 2024,
            carrierCostsOre: costs,
            residentFeesOre: fees,
            households: list,
            rules,
            priceBaseAmounts,
          });
          expect(Number.isSafeInteger(claim.claimOre)).toBe(true);
          expect(claim.claimOre).toBeGreaterThanOrEqual(0);
          expect(claim.claimOre * 2).toBeLessThanOrEqual(Math.max(0, costs - fees));
          expect(claim.claimOre).toBeLessThanOrEqual(10_000 * claim.eligibleDeliveries);
          if (claim.netCostOre < 5_730_000 / 2) expect(claim.claimOre).toBe(0);
        },
      ),
    );
  });
});
