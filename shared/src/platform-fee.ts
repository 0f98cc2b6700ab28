/**
 * The municipality's platform fee on a shop's share of a card payment, in basis points
 * (1 bp = 0.01 %). Pure and without zod, so the client may import it to show the split.
 *
 * Rounding: the fee is rounded DOWN to whole öre and the shop gets the rest, so the shop
 * never receives less than (100 % − rate) of its money and fee + transfer is always exactly
 * the total. 1 öre is the most the platform can lose per order, and only to the shop.
 */
export const maxPlatformFeeBasisPoints = 2000;

export function splitPayment(
  totalOre: number,
  feeBasisPoints: number,
): { feeOre: number; transferOre: number } {
  if (!Number.isSafeInteger(totalOre) || totalOre < 0)
    throw new RangeError(`totalOre must be a whole number of öre ≥ 0, got ${totalOre}`);
  if (!Number.isInteger(feeBasisPoints) || feeBasisPoints < 0 || feeBasisPoints > 10_000)
    throw new RangeError(`feeBasisPoints must be 0–10000, got ${feeBasisPoints}`);
  // Integer arithmetic: total × bp stays far below 2^53 for any basket we can sell.
  const feeOre = Math.floor((totalOre * feeBasisPoints) / 10_000);
  return { feeOre, transferOre: totalOre - feeOre };
}

/** "2,5 %" style display value of basis points, e.g. 250 → 2.5. */
export function basisPointsToPercent(basisPoints: number): number {
  return basisPoints / 100;
}
