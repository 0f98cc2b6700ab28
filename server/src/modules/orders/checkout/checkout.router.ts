import { Router, type Request } from 'express';
import {
  assistedOrderBodySchema,
  checkoutBodySchema,
  idempotencyKeySchema,
} from '@e-galleria/shared/checkout';
import { AppError } from '../../../errors.ts';
import { requestOrigin } from '../../../http/request-origin.ts';
import { readCookie, type SessionCookie } from '../../../http/session-cookie.ts';
import { parseInput } from '../../../http/validate.ts';
import type { AssistedCheckoutService } from './assisted-checkout.service.ts';
import type { CheckoutService } from './checkout.service.ts';

/** Checkout (DESIGN §9): one basket becomes one order per shop. */
export function createCheckoutRouter(deps: {
  checkout: CheckoutService;
  assisted: AssistedCheckoutService;
  guestCookie: SessionCookie;
}) {
  const { checkout, guestCookie } = deps;
  const router = Router();

  function idempotencyKeyOf(request: Request): string | null {
    const key = request.get('idempotency-key');
    if (key === undefined) return null;
    if (!idempotencyKeySchema.safeParse(key).success)
      throw new AppError('validation_failed', 'The Idempotency-Key header is not valid.', {
        fieldErrors: [
          { field: 'Idempotency-Key', code: 'invalid', message: '8–100 letters, digits, - or _.' },
        ],
      });
    return key;
  }

  router.post('/checkout', async (request, response) => {
    const key = idempotencyKeyOf(request);
    const body = parseInput(checkoutBodySchema, request.body);
    const { replayed, ...created } = await checkout.checkout({
      actor: request.actor,
      guestToken: readCookie(request, guestCookie),
      idempotencyKey: key,
      origin: requestOrigin(request, 'storefront'),
      body,
    });
    if (replayed) response.setHeader('Idempotent-Replayed', 'true');
    response.status(201).json(created);
  });

  /** An order the shop took by phone, placed on a household's behalf (issue 13). */
  router.post('/shops/:shopId/assisted-orders', async (request, response) => {
    const key = idempotencyKeyOf(request);
    const body = parseInput(assistedOrderBodySchema, request.body);
    const { replayed, ...created } = await deps.assisted.place({
      actor: request.actor,
      shopId: request.params.shopId,
      idempotencyKey: key,
      origin: requestOrigin(request, 'shop_admin'),
      body,
    });
    if (replayed) response.setHeader('Idempotent-Replayed', 'true');
    response.status(201).json(created);
  });

  return router;
}
