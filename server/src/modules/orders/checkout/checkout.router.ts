import { Router, type Request } from 'express';
import {
  checkoutBodySchema,
  idempotencyKeySchema,
  myCheckoutListQuerySchema,
} from '@e-galleria/shared/checkout';
import { AppError } from '../../../errors.ts';
import { requestOrigin } from '../../../http/request-origin.ts';
import { readCookie, type SessionCookie } from '../../../http/session-cookie.ts';
import { parseInput } from '../../../http/validate.ts';
import type { CheckoutService } from './checkout.service.ts';
import type { ResidentOrdersService } from './resident-orders.service.ts';

/** Checkout (DESIGN §9) and the resident's own checkouts. */
export function createCheckoutRouter(deps: {
  checkout: CheckoutService;
  orders: ResidentOrdersService;
  guestCookie: SessionCookie;
}) {
  const { checkout, orders, guestCookie } = deps;
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

  router.get('/checkouts/:id', async (request, response) => {
    response.json(
      await orders.checkoutFor(request.actor, readCookie(request, guestCookie), request.params.id),
    );
  });

  router.post('/checkouts/:checkoutId/orders/:orderId/cancel', async (request, response) => {
    const { checkoutId, orderId } = request.params;
    response.json(
      await orders.cancel(
        request.actor,
        readCookie(request, guestCookie),
        checkoutId,
        orderId,
        requestOrigin(request, 'storefront'),
      ),
    );
  });

  router.get('/me/checkouts', async (request, response) => {
    const query = parseInput(myCheckoutListQuerySchema, request.query);
    response.json(await orders.list(request.actor, query));
  });

  return router;
}
