import { requestJson } from './http-client.ts';

/**
 * Whether a shop drives goods home, and to an address: the fee, the delivery day and its
 * cut-off, or why not (outside its zones, no route day ahead). Without a postal code only
 * whether it delivers at all and where.
 */
export type ShopHomeDelivery = {
  isOffered: boolean;
  refusal: { code: string; field: string | null; message: string } | null;
  offer: {
    date: string;
    orderBy: string;
    feeOre: number;
    subsidisedFeeOre: number;
    zoneName: string;
    isForApprovedOnly: boolean;
  } | null;
  zones: { name: string; villages: string[]; routeWeekdays: number[] }[];
};

export function readShopHomeDelivery(
  shopId: string,
  place: { postalCode: string; village: string } | null,
  signal?: AbortSignal,
): Promise<ShopHomeDelivery> {
  const search = new URLSearchParams(place ?? {});
  const query = place ? `?${search.toString()}` : '';
  return requestJson(`/v1/shops/${encodeURIComponent(shopId)}/home-delivery${query}`, { signal });
}
