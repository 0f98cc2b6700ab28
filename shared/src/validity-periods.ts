// No zod here: dated things of several features (the subsidy's rules, home delivery's
// agreements with shops) keep the same rule of when two periods clash.

/**
 * A period of Swedish calendar days ('YYYY-MM-DD'), both ends included; `validTo` null means
 * until further notice, so such a period runs forever.
 */
export type ValidityPeriod = { validFrom: string; validTo: string | null };

/** Two periods overlap when each starts on or before the day the other ends. */
export function periodsOverlap(a: ValidityPeriod, b: ValidityPeriod): boolean {
  return (
    (a.validTo === null || b.validFrom <= a.validTo) &&
    (b.validTo === null || a.validFrom <= b.validTo)
  );
}

/** The first of `others` whose period overlaps `period`, or null when none does. */
export function firstOverlapping<Other extends ValidityPeriod>(
  period: ValidityPeriod,
  others: readonly Other[],
): Other | null {
  return others.find((other) => periodsOverlap(period, other)) ?? null;
}

/** Whether a period covers a day ('YYYY-MM-DD'). */
export function periodCovers(period: ValidityPeriod, date: string): boolean {
  return period.validFrom <= date && (period.validTo === null || date <= period.validTo);
}
