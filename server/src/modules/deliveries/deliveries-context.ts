import type { Action } from '@e-galleria/shared/authorization';
import type { TransactionRunner } from '../../db/database.ts';
import { AppError, notFound } from '../../errors.ts';
import { authorize, type Actor } from '../auth/access.port.ts';
import type { MailService } from '../mail/mail.service.ts';
import type { OrderLifecycle } from '../orders/lifecycle/order-lifecycle.service.ts';
import type { ShopDirectory } from '../shops/shop-directory.service.ts';
import type { CarrierDirectory, CarrierSummary } from './carriers.port.ts';
import type { DeliveriesRepository } from './deliveries.repository.ts';

export type DeliveriesDeps = {
  deliveries: DeliveriesRepository;
  transaction: TransactionRunner;
  carriers: CarrierDirectory;
  shops: ShopDirectory;
  /** Status changes go through the orders module's lifecycle door. */
  lifecycle: OrderLifecycle;
  mail: MailService;
  regionId: () => Promise<string>;
  publicUrl: string;
  now: () => number;
};

/** The history's request id of a carrier's command: the id their phone gave it. */
export const clientRequestId = (clientId: string) => `client:${clientId}`;

/** One field's refusal, in the shape every form reads. */
export function fieldError(field: string, code: string, message: string): AppError {
  return new AppError('validation_failed', message, { fieldErrors: [{ field, code, message }] });
}

/**
 * The carrier the request is about, with the actor allowed `action` for it. Anonymous callers
 * learn nothing; an unknown carrier is 404; another carrier's staff (of this municipality or
 * another) 403: a carrier's slug is no secret, its deliveries are.
 */
export async function loadCarrier(
  deps: DeliveriesDeps,
  actor: Actor | null,
  slug: string,
  action: Action,
): Promise<{ carrier: CarrierSummary; actor: Actor }> {
  if (!actor) throw new AppError('unauthenticated');
  const carrier = await deps.carriers.carrierBySlug(slug);
  if (!carrier) throw notFound('The carrier');
  const scope = {
    region: await deps.regionId(),
    municipality: carrier.municipalityId,
    carrier: carrier.id,
  };
  return { carrier, actor: authorize(actor, action, scope) };
}
