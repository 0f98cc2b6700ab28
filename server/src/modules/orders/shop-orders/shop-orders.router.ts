import { Router } from 'express';
import { declineOrderBodySchema, shopOrderListQuerySchema } from '@e-galleria/shared/orders';
import { requestOrigin } from '../../../http/request-origin.ts';
import { parseInput } from '../../../http/validate.ts';
import type { ShopOrdersService } from './shop-orders.service.ts';

/** A shop's orders: the list, one order, and accepting, declining and packing. */
export function createShopOrdersRouter(deps: { orders: ShopOrdersService }) {
  const { orders } = deps;
  const router = Router();

  router.get('/shops/:shopId/orders', async (request, response) => {
    const query = parseInput(shopOrderListQuerySchema, request.query);
    response.json(await orders.list(request.actor, request.params.shopId, query));
  });

  router.get('/shops/:shopId/orders/:orderId', async (request, response) => {
    const { shopId, orderId } = request.params;
    response.json({ order: await orders.get(request.actor, shopId, orderId) });
  });

  for (const event of ['accept', 'pack'] as const)
    router.post(`/shops/:shopId/orders/:orderId/${event}`, async (request, response) => {
      const { shopId, orderId } = request.params;
      const order = await orders.fire(request.actor, shopId, orderId, event, {
        origin: requestOrigin(request, 'shop_admin'),
      });
      response.json({ order });
    });

  router.post('/shops/:shopId/orders/:orderId/decline', async (request, response) => {
    const { shopId, orderId } = request.params;
    const body = parseInput(declineOrderBodySchema, request.body);
    const order = await orders.fire(request.actor, shopId, orderId, 'decline', {
      reason: body.reason,
      origin: requestOrigin(request, 'shop_admin'),
    });
    response.json({ order });
  });

  return router;
}
