/**
 * The home-delivery subsidy (hemsändningsbidrag, förordning 2000:284 20 §, DESIGN §6) as pure
 * arithmetic: from a year's approved figures and the rules in force, every figure of the claim,
 * so a claim can be traced line by line. Zod-free: the region admin's screen imports it.
 *
 * Money in öre, shares in basis points (5000 = 50 %), dates 'YYYY-MM-DD'.
 */

import { periodCovers } from './validity-periods.ts';

/** One dated rule period; `validTo` is inclusive, null while it is still in force. */
export type SubsidyRule = {
  validFrom: string;
  validTo: string | null;
  /** At most this much per household and delivery. */
  capPerDeliveryOre: number;
  /** At most this share of the municipality's net cost. */
  shareBasisPoints: number;
};

/** The price base amount (prisbasbelopp) of one calendar year. */
export type PriceBaseAmount = { year: number; amountOre: number };

/** One household's approved deliveries in the year, by day (from the carriers' reports). */
export type HouseholdDeliveries = {
  /** Lives outside every locality of more than 3,000 inhabitants: only these count. */
  outsideLargeLocality: boolean;
  /** Deliveries per day: a day may carry more than one (two runs). */
  deliveries: readonly { date: string; count: number }[];
};

export type SubsidyYearInput = {
  year: number;
  /** What the carriers invoiced the municipality for the year's deliveries. */
  carrierCostsOre: number;
  /** What the residents paid for them. */
  residentFeesOre: number;
  households: readonly HouseholdDeliveries[];
  rules: readonly SubsidyRule[];
  priceBaseAmounts: readonly PriceBaseAmount[];
};

/** Every figure of a claim: nothing is computed that is not shown. */
export type SubsidyClaim = {
  year: number;
  carrierCostsOre: number;
  residentFeesOre: number;
  /** Carriers' costs less residents' fees, never below zero. */
  netCostOre: number;
  householdsServed: number;
  eligibleHouseholds: number;
  /** Deliveries to households outside localities of more than 3,000 inhabitants. */
  eligibleDeliveries: number;
  /** The cap per delivery summed over the eligible deliveries, each by the rule of its day. */
  capOre: number;
  /** The rule in force on the year's last day decides the share. */
  shareBasisPoints: number;
  /** The share of net cost, rounded down to whole öre. */
  shareOfNetCostOre: number;
  priceBaseAmountOre: number;
  /** Half a price base amount: a net cost under it gets nothing. */
  thresholdOre: number;
  reachesThreshold: boolean;
  /** Which limit decided: nothing under the threshold, else the smaller of share and cap. */
  limitedBy: 'threshold' | 'share' | 'cap';
  claimOre: number;
};

export class SubsidyRuleMissing extends Error {}

/** The rule in force on a day, or null where the periods leave a gap. */
export function ruleOn(rules: readonly SubsidyRule[], date: string): SubsidyRule | null {
  return rules.find((rule) => periodCovers(rule, date)) ?? null;
}

function wholeOre(name: string, value: number) {
  if (!Number.isSafeInteger(value) || value < 0)
    throw new RangeError(`${name} must be whole öre, not negative: ${value}`);
}

/**
 * The claim for one year. The rules of the days the deliveries were made apply (a claim for
 * 2015 uses 60 kr even when it is computed today); the price base amount is the year's.
 */
export function computeSubsidyClaim(input: SubsidyYearInput): SubsidyClaim {
  wholeOre('carrierCostsOre', input.carrierCostsOre);
  wholeOre('residentFeesOre', input.residentFeesOre);
  const yearEnd = `${input.year}-12-31`;
  const yearRule = ruleOn(input.rules, yearEnd);
  const priceBase = input.priceBaseAmounts.find((amount) => amount.year === input.year);
  if (!yearRule) throw new SubsidyRuleMissing(`No subsidy rule in force on ${yearEnd}.`);
  if (!priceBase) throw new SubsidyRuleMissing(`No price base amount for ${input.year}.`);

  let eligibleDeliveries = 0;
  let eligibleHouseholds = 0;
  let householdsServed = 0;
  let capOre = 0;
  for (const household of input.households) {
    const count = household.deliveries.reduce((sum, day) => sum + day.count, 0);
    if (count > 0) householdsServed += 1;
    if (!household.outsideLargeLocality || count === 0) continue;
    eligibleHouseholds += 1;
    for (const day of household.deliveries) {
      if (!Number.isSafeInteger(day.count) || day.count < 0)
        throw new RangeError(`A delivery count must be a whole number: ${day.count}`);
      if (!day.date.startsWith(`${input.year}-`))
        throw new RangeError(`A delivery of ${day.date} is not of ${input.year}.`);
      const rule = ruleOn(input.rules, day.date);
      if (!rule) throw new SubsidyRuleMissing(`No subsidy rule in force on ${day.date}.`);
      eligibleDeliveries += day.count;
      capOre += rule.capPerDeliveryOre * day.count;
    }
  }

  const netCostOre = Math.max(0, input.carrierCostsOre - input.residentFeesOre);
  const shareOfNetCostOre = Math.floor((netCostOre * yearRule.shareBasisPoints) / 10_000);
  const thresholdOre = Math.ceil(priceBase.amountOre / 2);
  const reachesThreshold = netCostOre >= thresholdOre;
  const limitedBy = !reachesThreshold ? 'threshold' : capOre < shareOfNetCostOre ? 'cap' : 'share';
  const claimOre = !reachesThreshold ? 0 : Math.min(capOre, shareOfNetCostOre);
  return {
    year: input.year,
    carrierCostsOre: input.carrierCostsOre,
    residentFeesOre: input.residentFeesOre,
    netCostOre,
    householdsServed,
    eligibleHouseholds,
    eligibleDeliveries,
    capOre,
    shareBasisPoints: yearRule.shareBasisPoints,
    shareOfNetCostOre,
    priceBaseAmountOre: priceBase.amountOre,
    thresholdOre,
    reachesThreshold,
    limitedBy,
    claimOre,
  };
}
