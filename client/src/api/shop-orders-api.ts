import type { ListResponse } from '@e-galleria/shared/lists';
import type { OrderStatus } from '@e-galleria/shared/order-status';
import type { ShopOrder } from '@e-galleria/shared/orders';
import { requestJson } from './http-client.ts';

const ordersPath = (shopId: string) => `/v1/shops/${encodeURIComponent(shopId)}/orders`;

export function listShopOrders(
  shopId: string,
  filters: { status?: OrderStatus; cursor?: string },
  signal?: AbortSignal,
): Promise<ListResponse<ShopOrder>> {
  const query = new URLSearchParams();
  if (filters.status) query.set('status', filters.status);
  if (filters.cursor) query.set('cursor', filters.cursor);
  const search = query.size > 0 ? `?${query.toString()}` : '';
  return requestJson(`${ordersPath(shopId)}${search}`, { signal });
}

/** Accept or mark packed: the state machine (shared/order-status.ts) says which applies. */
export function fireShopOrderEvent(
  shopId: string,
  orderId: string,
  event: 'accept' | 'pack',
): Promise<{ order: ShopOrder }> {
  return requestJson(`${ordersPath(shopId)}/${encodeURIComponent(orderId)}/${event}`, {
    method: 'POST',
  });
}

export function declineShopOrder(
  shopId: string,
  orderId: string,
  reason: string,
): Promise<{ order: ShopOrder }> {
  return requestJson(`${ordersPath(shopId)}/${encodeURIComponent(orderId)}/decline`, {
    method: 'POST',
    body: { reason },
  });
}
