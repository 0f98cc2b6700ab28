import { describe, expect, it } from 'vitest';
import {
  MissingVatRateError,
  swedishVatRates,
  vatIncludedIn,
  vatPerRate,
  vatRateOn,
} from './vat.ts';

describe('vatRateOn', () => {
  it('gives food 12 % before, 6 % during and 12 % again after the temporary cut', () => {
    expect(vatRateOn(swedishVatRates, 'food', '2026-03-31')).toBe(1200);
    expect(vatRateOn(swedishVatRates, 'food', '2026-04-01')).toBe(600);
    expect(vatRateOn(swedishVatRates, 'food', '2027-12-31')).toBe(600);
    expect(vatRateOn(swedishVatRates, 'food', '2028-01-01')).toBe(1200);
  });

  it('gives the standard and reduced rates', () => {
    expect(vatRateOn(swedishVatRates, 'standard', '2026-11-23')).toBe(2500);
    expect(vatRateOn(swedishVatRates, 'reduced', '2026-11-23')).toBe(600);
  });

  it('refuses a date no rate covers instead of guessing', () => {
    expect(() => vatRateOn(swedishVatRates, 'reduced', '1980-01-01')).toThrow(MissingVatRateError);
  });
});

describe('vatIncludedIn', () => {
  it('extracts the VAT from a price including VAT', () => {
    expect(vatIncludedIn(12_500, 2500)).toBe(2_500);
    expect(vatIncludedIn(10_600, 600)).toBe(600);
    expect(vatIncludedIn(11_200, 1200)).toBe(1_200);
  });

  it('rounds to whole öre', () => {
    expect(vatIncludedIn(1_995, 600)).toBe(113); // 112.92…
    expect(vatIncludedIn(1, 2500)).toBe(0);
  });

  it('refuses fractions of öre', () => {
    expect(() => vatIncludedIn(10.5, 2500)).toThrow(RangeError);
  });
});

describe('vatPerRate', () => {
  it('sums each rate’s lines before rounding, highest rate first', () => {
    const lines = [
      { grossOre: 3_995, rateBasisPoints: 600 },
      { grossOre: 12_500, rateBasisPoints: 2500 },
      { grossOre: 2_495, rateBasisPoints: 600 },
    ];
    expect(vatPerRate(lines)).toEqual([
      { rateBasisPoints: 2500, grossOre: 12_500, vatOre: 2_500 },
      { rateBasisPoints: 600, grossOre: 6_490, vatOre: 367 },
    ]);
  });
});
