import { describe, expect, it } from 'vitest';
import { basisPointsToPercent, splitPayment } from './platform-fee.ts';

describe('splitPayment', () => {
  it('takes nothing when the fee is zero', () => {
    expect(splitPayment(12_345, 0)).toEqual({ feeOre: 0, transferOre: 12_345 });
  });

  it('takes the exact share when it is whole öre', () => {
    expect(splitPayment(10_000, 250)).toEqual({ feeOre: 250, transferOre: 9_750 });
  });

  it('rounds the fee down so the shop keeps the odd öre', () => {
    // 2.5 % of 99.99 kr is 249.975 öre.
    expect(splitPayment(9_999, 250)).toEqual({ feeOre: 249, transferOre: 9_750 });
    expect(splitPayment(1, 9_999)).toEqual({ feeOre: 0, transferOre: 1 });
  });

  it('always adds up to the total', () => {
    for (const total of [0, 1, 7, 99, 12_345, 1_000_001])
      for (const rate of [0, 1, 33, 250, 1_999, 10_000]) {
        const { feeOre, transferOre } = splitPayment(total, rate);
        expect(feeOre + transferOre).toBe(total);
        expect(feeOre).toBeGreaterThanOrEqual(0);
        expect(feeOre).toBeLessThanOrEqual((total * rate) / 10_000);
      }
  });

  it('refuses fractions of öre, negative totals and rates outside 0–100 %', () => {
    expect(() => splitPayment(10.5, 100)).toThrow(RangeError);
    expect(() => splitPayment(-1, 100)).toThrow(RangeError);
    expect(() => splitPayment(100, -1)).toThrow(RangeError);
    expect(() => splitPayment(100, 10_001)).toThrow(RangeError);
    expect(() => splitPayment(100, 2.5)).toThrow(RangeError);
  });

  it('shows basis points as percent', () => {
    expect(basisPointsToPercent(250)).toBe(2.5);
  });
});
