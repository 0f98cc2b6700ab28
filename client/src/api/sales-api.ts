import type { SalesQuery, SalesReport } from '@e-galleria/shared/sales';
import { requestJson } from './http-client.ts';

const salesPath = (shopId: string) => `/v1/shops/${encodeURIComponent(shopId)}/sales`;
const periodOf = (query: SalesQuery) =>
  new URLSearchParams({ from: query.from, to: query.to }).toString();

export function fetchSales(
  shopId: string,
  query: SalesQuery,
  signal?: AbortSignal,
): Promise<SalesReport> {
  return requestJson(`${salesPath(shopId)}?${periodOf(query)}`, { signal });
}

/** A plain link: the browser downloads the CSV with the session cookie. */
export function salesCsvHref(shopId: string, query: SalesQuery): string {
  return `/api${salesPath(shopId)}.csv?${periodOf(query)}`;
}
