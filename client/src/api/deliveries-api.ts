import type {
  CarrierDay,
  DeliveryNote,
  DeliveryRecorded,
  DeliveryRun,
  FailureReason,
  ShopDelivery,
  ShopDeliveryList,
} from '@e-galleria/shared/deliveries';
import { requestJson } from './http-client.ts';

const shopPath = (shopId: string) => `/v1/shops/${encodeURIComponent(shopId)}/deliveries`;
const carrierPath = (slug: string) => `/v1/carriers/${encodeURIComponent(slug)}`;

export function listShopDeliveries(
  shopId: string,
  signal?: AbortSignal,
): Promise<ShopDeliveryList> {
  return requestJson(shopPath(shopId), { signal });
}

export function fetchDeliveryNote(
  shopId: string,
  orderId: string,
  signal?: AbortSignal,
): Promise<{ note: DeliveryNote }> {
  return requestJson(`${shopPath(shopId)}/${encodeURIComponent(orderId)}/note`, { signal });
}

/** Where the note's PDF downloads (a plain link: the browser sends the session cookie). */
export const deliveryNotePdfUrl = (shopId: string, orderId: string, paper: 'a4' | 'a5') =>
  `/api${shopPath(shopId)}/${encodeURIComponent(orderId)}/note.pdf?paper=${paper}`;

export function assignCarrier(
  shopId: string,
  orderId: string,
  carrierId: string,
): Promise<{ delivery: ShopDelivery }> {
  return requestJson(`${shopPath(shopId)}/${encodeURIComponent(orderId)}/carrier`, {
    method: 'PUT',
    body: { carrierId },
  });
}

export function shopDeliveryStep(
  shopId: string,
  orderId: string,
  step: 'hand-over' | 'take-back' | 'redeliver',
  body?: { date: string },
): Promise<{ delivery: ShopDelivery }> {
  return requestJson(`${shopPath(shopId)}/${encodeURIComponent(orderId)}/${step}`, {
    method: 'POST',
    ...(body ? { body } : {}),
  });
}

export function fetchCarrierDay(
  slug: string,
  date?: string,
  signal?: AbortSignal,
): Promise<CarrierDay> {
  const query = date ? `?date=${encodeURIComponent(date)}` : '';
  return requestJson(`${carrierPath(slug)}/deliveries${query}`, { signal });
}

export function reorderCarrierDay(
  slug: string,
  body: { date: string; orderIds: string[] },
): Promise<CarrierDay> {
  return requestJson(`${carrierPath(slug)}/deliveries/order`, { method: 'PUT', body });
}

export function markDelivered(
  slug: string,
  orderId: string,
  body: { clientId: string; collectedOre?: number; coolBagsReturned: number },
): Promise<{ delivery: DeliveryRecorded }> {
  return requestJson(`${carrierPath(slug)}/deliveries/${encodeURIComponent(orderId)}/deliver`, {
    method: 'POST',
    body,
  });
}

export function markFailed(
  slug: string,
  orderId: string,
  body: { clientId: string; reason: FailureReason },
): Promise<{ delivery: DeliveryRecorded }> {
  return requestJson(`${carrierPath(slug)}/deliveries/${encodeURIComponent(orderId)}/fail`, {
    method: 'POST',
    body,
  });
}

export function startRun(
  slug: string,
  body: { clientId: string; date: string; route: string; vehicle: string; startedAt: number },
): Promise<{ run: DeliveryRun }> {
  return requestJson(`${carrierPath(slug)}/runs`, { method: 'POST', body });
}

export function closeRun(
  slug: string,
  runId: string,
  body: { clientId: string; km: number; closedAt: number },
): Promise<{ run: DeliveryRun }> {
  return requestJson(`${carrierPath(slug)}/runs/${encodeURIComponent(runId)}/close`, {
    method: 'POST',
    body,
  });
}
