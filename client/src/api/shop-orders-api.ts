import type { AssistedOrderBody, CheckoutCreated } from '@e-galleria/shared/checkout';
import type { ListResponse } from '@e-galleria/shared/lists';
import type { OrderStatus } from '@e-galleria/shared/order-status';
import type { ShopOrderQueue } from '@e-galleria/shared/order-queues';
import type { MunicipalityOrder, PickList, ShopOrder } from '@e-galleria/shared/orders';
import { requestJson } from './http-client.ts';

const ordersPath = (shopId: string) => `/v1/shops/${encodeURIComponent(shopId)}/orders`;

export type ShopOrderFilters = {
  status?: OrderStatus;
  queue?: ShopOrderQueue;
  servicePointId?: string;
  pickupDate?: string;
  cursor?: string;
};

function searchOf(filters: ShopOrderFilters): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(filters))
    if (typeof value === 'string' && value !== '') query.set(name, value);
  return query.size > 0 ? `?${query.toString()}` : '';
}

export function listShopOrders(
  shopId: string,
  filters: ShopOrderFilters,
  signal?: AbortSignal,
): Promise<ListResponse<ShopOrder>> {
  return requestJson(`${ordersPath(shopId)}${searchOf(filters)}`, { signal });
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

/** The steps after packing; the server checks the order's way of receiving and its status. */
export type ShopFulfilmentStep =
  | 'mark-ready'
  | 'hand-over'
  | 'collect'
  | 'confirm-return'
  /** A booking's service is done (decision 0067). */
  | 'perform'
  /** Nobody came at a booking's time (decision 0074). */
  | 'no-show';

export function fireShopFulfilmentStep(
  shopId: string,
  orderId: string,
  step: ShopFulfilmentStep,
): Promise<{ order: ShopOrder }> {
  return requestJson(`${ordersPath(shopId)}/${encodeURIComponent(orderId)}/${step}`, {
    method: 'POST',
  });
}

/** Several parcels to the same driver at once: all are handed over, or none. */
export function handOverShopOrders(
  shopId: string,
  orderIds: string[],
): Promise<ListResponse<ShopOrder>> {
  return requestJson(`${ordersPath(shopId)}/hand-over`, { method: 'POST', body: { orderIds } });
}

export function cancelShopOrder(
  shopId: string,
  orderId: string,
  reason: string,
): Promise<{ order: ShopOrder }> {
  return requestJson(`${ordersPath(shopId)}/${encodeURIComponent(orderId)}/cancel`, {
    method: 'POST',
    body: { reason },
  });
}

export function fetchPickList(
  shopId: string,
  filters: ShopOrderFilters,
  signal?: AbortSignal,
): Promise<PickList> {
  return requestJson(`/v1/shops/${encodeURIComponent(shopId)}/pick-list${searchOf(filters)}`, {
    signal,
  });
}

export function fetchShopOrder(
  shopId: string,
  orderId: string,
  signal?: AbortSignal,
): Promise<{ order: ShopOrder }> {
  return requestJson(`${ordersPath(shopId)}/${encodeURIComponent(orderId)}`, { signal });
}

/** A municipality admin's oversight: the orders of every shop of its galleria. */
export function listMunicipalityOrders(
  slug: string,
  filters: { status?: OrderStatus; cursor?: string },
  signal?: AbortSignal,
): Promise<ListResponse<MunicipalityOrder>> {
  return requestJson(
    `/v1/admin/municipalities/${encodeURIComponent(slug)}/orders${searchOf(filters)}`,
    { signal },
  );
}

/** An order the shop took by phone, placed for a household; one key per attempt. */
export function placeAssistedOrder(
  shopId: string,
  body: AssistedOrderBody,
  idempotencyKey: string,
): Promise<CheckoutCreated> {
  return requestJson(`/v1/shops/${encodeURIComponent(shopId)}/assisted-orders`, {
    method: 'POST',
    body,
    headers: { 'Idempotency-Key': idempotencyKey },
  });
}
