import type {
  FulfilmentOption,
  FulfilmentSettings,
  UpdateFulfilmentBody,
} from '@e-galleria/shared/fulfilment';
import type { ListResponse } from '@e-galleria/shared/lists';
import { requestJson } from './http-client.ts';

const segment = encodeURIComponent;

export function fetchFulfilment(
  shopId: string,
  signal?: AbortSignal,
): Promise<{ fulfilment: FulfilmentSettings }> {
  return requestJson(`/v1/shops/${segment(shopId)}/fulfilment`, { signal });
}

export function saveFulfilment(
  shopId: string,
  body: UpdateFulfilmentBody,
): Promise<{ fulfilment: FulfilmentSettings }> {
  return requestJson(`/v1/shops/${segment(shopId)}/fulfilment`, { method: 'PUT', body });
}

/** The ways to receive a published shop's goods if ordered now, soonest first. */
export function listFulfilmentOptions(
  shopId: string,
  signal?: AbortSignal,
): Promise<ListResponse<FulfilmentOption>> {
  return requestJson(`/v1/shops/${segment(shopId)}/fulfilment-options`, { signal });
}
