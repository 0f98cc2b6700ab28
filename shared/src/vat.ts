import { z } from 'zod';

/**
 * Swedish VAT classes. Which rate a class has is data with validity dates (the `vat_rates`
 * table), because rates change: food went from 12 % to 6 % on 2026-04-01 until 2027-12-31.
 */
export const vatClasses = ['standard', 'food', 'reduced'] as const;
export const vatClassSchema = z.enum(vatClasses);
export type VatClass = z.infer<typeof vatClassSchema>;

/** A rate in basis points (2500 = 25 %), valid from a date up to and including another. */
export type VatRate = {
  vatClass: VatClass;
  rateBasisPoints: number;
  /** ISO date, inclusive. */
  validFrom: string;
  /** ISO date, inclusive; null while no end is decided. */
  validTo: string | null;
};

/**
 * The rates from 2020, the earliest sale this platform records, as the catalogue migration
 * will seed them. A new decision by the Riksdag is a new row, not a code change.
 */
export const swedishVatRates: readonly VatRate[] = [
  { vatClass: 'standard', rateBasisPoints: 2500, validFrom: '2020-01-01', validTo: null },
  { vatClass: 'food', rateBasisPoints: 1200, validFrom: '2020-01-01', validTo: '2026-03-31' },
  { vatClass: 'food', rateBasisPoints: 600, validFrom: '2026-04-01', validTo: '2027-12-31' },
  { vatClass: 'food', rateBasisPoints: 1200, validFrom: '2028-01-01', validTo: null },
  { vatClass: 'reduced', rateBasisPoints: 600, validFrom: '2020-01-01', validTo: null },
];

export class MissingVatRateError extends Error {}

/** The rate of a class on a date (`YYYY-MM-DD`, Swedish local date of the sale). */
export function vatRateOn(rates: readonly VatRate[], vatClass: VatClass, date: string): number {
  const rate = rates.find(
    (candidate) =>
      candidate.vatClass === vatClass &&
      candidate.validFrom <= date &&
      (candidate.validTo === null || date <= candidate.validTo),
  );
  if (!rate) throw new MissingVatRateError(`No VAT rate for ${vatClass} on ${date}.`);
  return rate.rateBasisPoints;
}

/**
 * The VAT contained in a price that includes VAT, in öre, rounded half up: at 25 % a
 * 125,00 kr price holds 25,00 kr. Prices are shown including VAT (DESIGN §5).
 */
export function vatIncludedIn(grossOre: number, rateBasisPoints: number): number {
  if (!Number.isInteger(grossOre)) throw new RangeError('Amounts are whole öre.');
  return Math.round((grossOre * rateBasisPoints) / (10_000 + rateBasisPoints));
}

/** VAT per rate for a receipt: one line per rate, computed on the sum of that rate's lines. */
export function vatPerRate(
  lines: readonly { grossOre: number; rateBasisPoints: number }[],
): { rateBasisPoints: number; grossOre: number; vatOre: number }[] {
  const grossByRate = new Map<number, number>();
  for (const line of lines) {
    grossByRate.set(
      line.rateBasisPoints,
      (grossByRate.get(line.rateBasisPoints) ?? 0) + line.grossOre,
    );
  }
  return [...grossByRate.entries()]
    .sort(([a], [b]) => b - a)
    .map(([rateBasisPoints, grossOre]) => ({
      rateBasisPoints,
      grossOre,
      vatOre: vatIncludedIn(grossOre, rateBasisPoints),
    }));
}
