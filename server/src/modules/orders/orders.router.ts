import { Router, type Request } from 'express';
import {
  checkoutBodySchema,
  idempotencyKeySchema,
  myCheckoutListQuerySchema,
} from '@e-galleria/shared/checkout';
import { declineOrderBodySchema, shopOrderListQuerySchema } from '@e-galleria/shared/orders';
import { AppError } from '../../errors.ts';
import { requestOrigin } from '../../http/request-origin.ts';
import { readCookie, type SessionCookie } from '../../http/session-cookie.ts';
import { parseInput } from '../../http/validate.ts';
import type { CheckoutService } from './checkout.service.ts';
import type { OrdersService } from './orders.service.ts';

/** Checkout (DESIGN §9), the resident's confirmations, and a shop's orders. */
export function createOrdersRouter(deps: {
  checkout: CheckoutService;
  orders: OrdersService;
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
      await orders.cancelForResident(
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
    response.json(await orders.checkoutsOf(request.actor, query));
  });

  router.get('/shops/:shopId/orders', async (request, response) => {
    const query = parseInput(shopOrderListQuerySchema, request.query);
    response.json(await orders.listForShop(request.actor, request.params.shopId, query));
  });

  router.get('/shops/:shopId/orders/:orderId', async (request, response) => {
    const { shopId, orderId } = request.params;
    response.json({ order: await orders.getForShop(request.actor, shopId, orderId) });
  });

  for (const event of ['accept', 'pack'] as const)
    router.post(`/shops/:shopId/orders/:orderId/${event}`, async (request, response) => {
      const { shopId, orderId } = request.params;
      const order = await orders.fireForShop(request.actor, shopId, orderId, event, {
        origin: requestOrigin(request, 'shop_admin'),
      });
      response.json({ order });
    });

  router.post('/shops/:shopId/orders/:orderId/decline', async (request, response) => {
    const { shopId, orderId } = request.params;
    const body = parseInput(declineOrderBodySchema, request.body);
    const order = await orders.fireForShop(request.actor, shopId, orderId, 'decline', {
      reason: body.reason,
      origin: requestOrigin(request, 'shop_admin'),
    });
    response.json({ order });
  });

  return router;
}
