import type { Request } from 'express';
import type { DeviceKind, OrderChannel } from '@e-galleria/shared/order-origin';
import { deviceOf } from './device-kind.ts';
import { minimiseIp } from './minimise-ip.ts';

/**
 * Where a status change came from, recorded with it (issue 5: who, when and from where): the
 * request it happened in, the surface that fired it, the client's minimised address and the
 * kind of device. Routers build it once per request and hand it to the service, as they did
 * the request id alone before.
 */
export type RequestOrigin = {
  /** The request's id; the phone's own id for counter actions; the event for webhooks. */
  requestId: string | null;
  channel: OrderChannel;
  ip: string | null;
  device: DeviceKind | null;
};

/** The surfaces a person's browser reaches; jobs and webhooks have their own origins below. */
export type BrowserChannel = Exclude<OrderChannel, 'system' | 'payment_provider'>;

/** The origin of a request from a person's browser, on the surface its router serves. */
export function requestOrigin(request: Request, channel: BrowserChannel): RequestOrigin {
  return {
    requestId: request.requestId,
    channel,
    // request.ip honours the app's `trust proxy` (TRUST_PROXY): the client behind our own
    // proxies, never an address a client wrote into X-Forwarded-For itself.
    ip: minimiseIp(request.ip),
    device: deviceOf(request.get('user-agent')),
  };
}

/** The minute and hour jobs: no request, no client. */
export const systemOrigin: RequestOrigin = {
  requestId: null,
  channel: 'system',
  ip: null,
  device: null,
};

/**
 * A payment provider's webhook: its servers are not the resident, so no address or device;
 * the event id says which delivery it was.
 */
export const paymentProviderOrigin = (eventId: string): RequestOrigin => ({
  // The column holds 80 characters; Stripe's ids are far shorter but promise no length.
  requestId: `stripe:${eventId}`.slice(0, 80),
  channel: 'payment_provider',
  ip: null,
  device: null,
});
