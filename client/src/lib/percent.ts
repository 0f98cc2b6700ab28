/**
 * Percent as people type it ("2,5", "2.5", "0") to basis points (250), or null when it is
 * not a plain number with at most two decimals. Range checks stay with the server's schema.
 */
export function percentToBasisPoints(text: string): number | null {
  const trimmed = text.trim().replace(/\s*%$/, '');
  if (!/^\d{1,3}([.,]\d{1,2})?$/.test(trimmed)) return null;
  const [whole = '0', fraction = ''] = trimmed.split(/[.,]/);
  // String arithmetic, not parseFloat × 100: 0.29 × 100 is 28.999999999999996.
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
}

export function basisPointsToPercentText(basisPoints: number, localeTag: string): string {
  return new Intl.NumberFormat(localeTag, { maximumFractionDigits: 2, useGrouping: false }).format(
    basisPoints / 100,
  );
}
