import type {
  CheckInResult,
  ConfirmHandoverBody,
  CounterHandover,
  HandoverConfirmed,
  ParcelList,
  SendBackResult,
} from '@e-galleria/shared/counter';
import { requestJson } from './http-client.ts';

const pointPath = (servicePointId: string) =>
  `/v1/service-points/${encodeURIComponent(servicePointId)}`;

export function listCounterParcels(
  servicePointId: string,
  signal?: AbortSignal,
): Promise<ParcelList> {
  return requestJson(`${pointPath(servicePointId)}/parcels`, { signal });
}

export function checkInParcel(
  servicePointId: string,
  body: { parcelCode: string; clientId: string },
): Promise<CheckInResult> {
  return requestJson(`${pointPath(servicePointId)}/check-ins`, { method: 'POST', body });
}

export function sendParcelBack(
  servicePointId: string,
  body: { parcelCode: string; clientId: string },
): Promise<SendBackResult> {
  return requestJson(`${pointPath(servicePointId)}/send-back`, { method: 'POST', body });
}

export function lookUpHandover(
  servicePointId: string,
  code: string,
): Promise<{ handover: CounterHandover }> {
  return requestJson(`${pointPath(servicePointId)}/handovers/lookup`, {
    method: 'POST',
    body: { code },
  });
}

export function confirmHandover(
  servicePointId: string,
  handoverId: string,
  body: ConfirmHandoverBody,
): Promise<HandoverConfirmed> {
  return requestJson(
    `${pointPath(servicePointId)}/handovers/${encodeURIComponent(handoverId)}/confirm`,
    { method: 'POST', body },
  );
}
