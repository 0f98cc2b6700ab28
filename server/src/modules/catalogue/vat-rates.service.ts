import type { ProductsRepository } from './products.repository.ts';

/**
 * VAT rates by date (DESIGN §5: rates are data with validity dates). Rates are rows that
 * change by decision of the Riksdag, not by the minute: each date's rates are read at most
 * once a minute.
 */
export function createVatRatesService(deps: { products: ProductsRepository }) {
  const ratesByDate = new Map<string, { rates: Map<string, number>; readAt: number }>();
  return {
    /** Basis points per VAT class on a Swedish date (YYYY-MM-DD). */
    async ratesOn(date: string): Promise<ReadonlyMap<string, number>> {
      const cached = ratesByDate.get(date);
      if (cached && Date.now() - cached.readAt < 60_000) return cached.rates;
      const rates = new Map<string, number>();
      // The latest decision of each class comes first.
      for (const row of await deps.products.listVatRates(date))
        if (!rates.has(row.vat_class)) rates.set(row.vat_class, row.rate_basis_points);
      ratesByDate.clear();
      ratesByDate.set(date, { rates, readAt: Date.now() });
      return rates;
    },
  };
}

export type VatRatesService = ReturnType<typeof createVatRatesService>;
