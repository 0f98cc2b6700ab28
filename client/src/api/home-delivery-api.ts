import type { ShopHomeDeliveryOffer } from '@e-galleria/shared/home-delivery';
import { requestJson } from './http-client.ts';

/**
 * Whether a shop drives goods home, and to an address: the fee, the delivery day and its
 * cut-off, or why not (outside its zones, no route day ahead). Without a postal code only
 * whether it delivers at all and where.
 */
export type ShopHomeDelivery = ShopHomeDeliveryOffer;

export function readShopHomeDelivery(
  shopId: string,
  place: { postalCode: string; village: string } | null,
  signal?: AbortSignal,
): Promise<ShopHomeDelivery> {
  const search = new URLSearchParams(place ?? {});
  const query = place ? `?${search.toString()}` : '';
  return requestJson(`/v1/shops/${encodeURIComponent(shopId)}/home-delivery${query}`, { signal });
}
