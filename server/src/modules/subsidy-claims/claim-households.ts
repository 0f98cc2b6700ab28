import { createHash } from 'node:crypto';
import type { SubsidyClaimHousehold } from '@e-galleria/shared/subsidy-claims';
import { ruleOn, type HouseholdDeliveries, type SubsidyRule } from '@e-galleria/shared/subsidy';
import { compareSwedish } from '@e-galleria/shared/swedish-order';
import type { LocalityPlace } from '../home-delivery/locality-places.service.ts';

export type DeliveryDay = {
  householdId: string;
  date: string;
  village: string;
  deliveries: number;
};

export type ClaimHousehold = {
  householdId: string;
  village: string;
  days: { date: string; count: number }[];
};

/** The day rows (ordered by household) gathered per household; the last village named wins. */
export function householdsOf(rows: readonly DeliveryDay[]): ClaimHousehold[] {
  const byId = new Map<string, ClaimHousehold>();
  for (const row of rows) {
    const household = byId.get(row.householdId) ?? {
      householdId: row.householdId,
      village: row.village,
      days: [],
    };
    household.village = row.village;
    household.days.push({ date: row.date, count: row.deliveries });
    byId.set(row.householdId, household);
  }
  return [...byId.values()];
}

const sameVillage = (a: string, b: string) =>
  a.trim().toLocaleLowerCase('sv') === b.trim().toLocaleLowerCase('sv');

/**
 * Whether a household lives outside every locality of more than 3,000 inhabitants: its place
 * in the municipality's list by the village it was delivered to and the postal code it has
 * now. A household erased since, or that moved, is found by the village alone; a village the
 * list does not hold (or holds as a large locality anywhere) is not claimed (decision 0043).
 */
export function eligibilityOf(
  places: readonly LocalityPlace[],
  village: string,
  postalCode: string | null | undefined,
): SubsidyClaimHousehold['eligibility'] {
  const inVillage = places.filter((place) => sameVillage(place.village, village));
  const exact = inVillage.filter((place) => place.postalCode === postalCode);
  const candidates = exact.length > 0 ? exact : inVillage;
  if (candidates.length === 0) return 'unknown_place';
  return candidates.some((place) => place.isLargeLocality) ? 'large_locality' : 'eligible';
}

/**
 * A stable pseudonym for a household in a municipality's claims: the same in every year's
 * claim, so a year can be compared with the last; the claim carries no name, street or phone.
 * The municipality's own admins look one up on the claim page (decision 0043's addendum).
 */
export function referenceOf(municipalityId: string, householdId: string): string {
  const digest = createHash('sha256').update(`${municipalityId}:${householdId}`).digest('hex');
  return `H-${digest.slice(0, 8).toUpperCase()}`;
}

/** The household's deliveries capped each by the rule of its day (0 when not eligible). */
export function cappedOre(
  rules: readonly SubsidyRule[],
  days: readonly { date: string; count: number }[],
): number {
  return days.reduce(
    (sum, day) => sum + (ruleOn(rules, day.date)?.capPerDeliveryOre ?? 0) * day.count,
    0,
  );
}

/** The claim's household table and `computeSubsidyClaim`'s input, from the same rows. */
export function claimHouseholds(input: {
  municipalityId: string;
  rows: readonly DeliveryDay[];
  postalCodes: ReadonlyMap<string, string | null>;
  places: readonly LocalityPlace[];
  rules: readonly SubsidyRule[];
}): { table: SubsidyClaimHousehold[]; deliveries: HouseholdDeliveries[] } {
  const households = householdsOf(input.rows).map((household) => {
    const eligibility = eligibilityOf(
      input.places,
      household.village,
      input.postalCodes.get(household.householdId),
    );
    return { ...household, eligibility };
  });
  const table = households
    .map((household): SubsidyClaimHousehold => ({
      reference: referenceOf(input.municipalityId, household.householdId),
      village: household.village,
      eligibility: household.eligibility,
      deliveries: household.days.reduce((sum, day) => sum + day.count, 0),
      cappedOre: household.eligibility === 'eligible' ? cappedOre(input.rules, household.days) : 0,
    }))
    .sort((a, b) => compareSwedish(a.village, b.village) || a.reference.localeCompare(b.reference));
  return {
    table,
    deliveries: households.map((household) => ({
      outsideLargeLocality: household.eligibility === 'eligible',
      deliveries: household.days,
    })),
  };
}
