import { Router } from 'express';
import {
  cancelOrderBodySchema,
  handOverBodySchema,
  pickListQuerySchema,
} from '@e-galleria/shared/orders';
import { requestOrigin } from '../../../http/request-origin.ts';
import { parseInput } from '../../../http/validate.ts';
import type { FulfilmentEvent, ShopFulfilmentService } from './shop-fulfilment.service.ts';

/**
 * The shop's day after accepting (DESIGN §4): pick list, handover, pickup, cancel, returns, and
 * a booking done or not come to.
 */
export function createShopFulfilmentRouter(deps: { fulfilment: ShopFulfilmentService }) {
  const { fulfilment } = deps;
  const router = Router();

  router.get('/shops/:shopId/pick-list', async (request, response) => {
    const query = parseInput(pickListQuerySchema, request.query);
    response.json(await fulfilment.pickList(request.actor, request.params.shopId, query));
  });

  // Declared before the per-order routes, though their shapes differ: the list is one body.
  router.post('/shops/:shopId/orders/hand-over', async (request, response) => {
    const body = parseInput(handOverBodySchema, request.body);
    const items = await fulfilment.handOverMany(
      request.actor,
      request.params.shopId,
      body.orderIds,
      requestOrigin(request, 'shop_admin'),
    );
    response.json({ items, nextCursor: null });
  });

  const steps: Record<string, FulfilmentEvent> = {
    'mark-ready': 'mark_ready',
    'hand-over': 'hand_over',
    collect: 'collect',
    'confirm-return': 'confirm_return',
    perform: 'perform',
    'no-show': 'no_show',
  };
  for (const [path, event] of Object.entries(steps))
    router.post(`/shops/:shopId/orders/:orderId/${path}`, async (request, response) => {
      const { shopId, orderId } = request.params;
      const order = await fulfilment.fire(
        request.actor,
        shopId,
        orderId,
        event,
        requestOrigin(request, 'shop_admin'),
      );
      response.json({ order });
    });

  router.post('/shops/:shopId/orders/:orderId/cancel', async (request, response) => {
    const { shopId, orderId } = request.params;
    const body = parseInput(cancelOrderBodySchema, request.body);
    const order = await fulfilment.cancel(
      request.actor,
      shopId,
      orderId,
      body.reason,
      requestOrigin(request, 'shop_admin'),
    );
    response.json({ order });
  });

  return router;
}
