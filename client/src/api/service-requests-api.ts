import type {
  DeclineServiceRequestBody,
  OwnServiceRequest,
  ServiceRequestBody,
  ServiceRequestSent,
  ShopServiceRequest,
} from '@e-galleria/shared/service-requests';
import { requestJson } from './http-client.ts';

/** A resident asks a shop for a service at home (decision 0071). */
export function sendServiceRequest(
  productId: string,
  body: ServiceRequestBody,
): Promise<ServiceRequestSent> {
  return requestJson(`/v1/products/${encodeURIComponent(productId)}/service-requests`, {
    method: 'POST',
    body,
  });
}

/** The requests the logged-in resident made (their account page). */
export function listOwnServiceRequests(
  signal?: AbortSignal,
): Promise<{ items: OwnServiceRequest[] }> {
  return requestJson('/v1/me/service-requests', { signal });
}

const shopPath = (shopId: string) => `/v1/shops/${encodeURIComponent(shopId)}/service-requests`;

export function listShopServiceRequests(
  shopId: string,
  signal?: AbortSignal,
): Promise<{ items: ShopServiceRequest[] }> {
  return requestJson(shopPath(shopId), { signal });
}

/** How many requests the shop has, and how many are new (its orders page's link). */
export function countShopServiceRequests(
  shopId: string,
  signal?: AbortSignal,
): Promise<{ counts: { total: number; new: number } }> {
  return requestJson(`${shopPath(shopId)}/counts`, { signal });
}

export function answerServiceRequest(
  shopId: string,
  id: string,
): Promise<{ request: ShopServiceRequest }> {
  return requestJson(`${shopPath(shopId)}/${encodeURIComponent(id)}/answer`, { method: 'POST' });
}

export function declineServiceRequest(
  shopId: string,
  id: string,
  body: DeclineServiceRequestBody,
): Promise<{ request: ShopServiceRequest }> {
  return requestJson(`${shopPath(shopId)}/${encodeURIComponent(id)}/decline`, {
    method: 'POST',
    body,
  });
}
