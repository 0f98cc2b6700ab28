import type { AddBasketItemBody, BasketResponse } from '@e-galleria/shared/basket';
import type { CheckoutBody, CheckoutCreated, CheckoutDetail } from '@e-galleria/shared/checkout';
import type { FulfilmentOption } from '@e-galleria/shared/fulfilment';
import type { ListResponse } from '@e-galleria/shared/lists';
import { requestJson } from './http-client.ts';

const segment = encodeURIComponent;

/** The visitor's basket: the account's when logged in, else the guest cookie's. */
export function fetchBasket(signal?: AbortSignal): Promise<BasketResponse> {
  return requestJson('/v1/basket', { signal });
}

export function addBasketItem(body: AddBasketItemBody): Promise<BasketResponse> {
  return requestJson('/v1/basket/items', { method: 'POST', body });
}

export function updateBasketItem(itemId: string, quantity: number): Promise<BasketResponse> {
  return requestJson(`/v1/basket/items/${segment(itemId)}`, {
    method: 'PATCH',
    body: { quantity },
  });
}

export function removeBasketItem(itemId: string): Promise<BasketResponse> {
  return requestJson(`/v1/basket/items/${segment(itemId)}`, { method: 'DELETE' });
}

/** The ways to receive a shop's goods if ordered now, with the earliest dates. */
export function listFulfilmentOptions(
  shopId: string,
  signal?: AbortSignal,
): Promise<ListResponse<FulfilmentOption>> {
  return requestJson(`/v1/shops/${segment(shopId)}/fulfilment-options`, { signal });
}

/**
 * The key is made once per checkout attempt: a double click or a retry after a lost answer
 * sends the same key, and the server answers with the checkout it already made.
 */
export function createCheckout(
  body: CheckoutBody,
  idempotencyKey: string,
): Promise<CheckoutCreated> {
  return requestJson('/v1/checkout', {
    method: 'POST',
    body,
    headers: { 'Idempotency-Key': idempotencyKey },
  });
}

export function fetchCheckout(checkoutId: string, signal?: AbortSignal): Promise<CheckoutDetail> {
  return requestJson(`/v1/checkouts/${segment(checkoutId)}`, { signal });
}

/** The resident's checkouts, newest first; `cursor` from the previous page's `nextCursor`. */
export function listMyCheckouts(
  cursor: string | null,
  signal?: AbortSignal,
): Promise<ListResponse<CheckoutDetail['checkout']>> {
  const query = cursor ? `?cursor=${encodeURIComponent(cursor)}` : '';
  return requestJson(`/v1/me/checkouts${query}`, { signal });
}

/** The resident cancels one shop's order of a checkout, while the shop has not accepted it. */
export function cancelMyOrder(checkoutId: string, orderId: string): Promise<CheckoutDetail> {
  return requestJson(
    `/v1/checkouts/${encodeURIComponent(checkoutId)}/orders/${encodeURIComponent(orderId)}/cancel`,
    { method: 'POST' },
  );
}
