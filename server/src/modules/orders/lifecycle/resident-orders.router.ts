import { Router } from 'express';
import { myCheckoutListQuerySchema } from '@e-galleria/shared/checkout';
import { requestOrigin } from '../../../http/request-origin.ts';
import { readCookie, type SessionCookie } from '../../../http/session-cookie.ts';
import { parseInput } from '../../../http/validate.ts';
import type { ResidentOrdersService } from './resident-orders.service.ts';

/** The resident's own checkouts: the confirmation, the list, cancelling before acceptance. */
export function createResidentOrdersRouter(deps: {
  orders: ResidentOrdersService;
  guestCookie: SessionCookie;
}) {
  const { orders, guestCookie } = deps;
  const router = Router();

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
