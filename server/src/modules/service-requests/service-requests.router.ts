import { Router } from 'express';
import {
  declineServiceRequestBodySchema,
  serviceRequestBodySchema,
} from '@e-galleria/shared/service-requests';
import { parseInput } from '../../http/validate.ts';
import type { ServiceRequestsService } from './service-requests.service.ts';

/** A resident's request for a service at home, and the shop's list of them (decision 0071). */
export function createServiceRequestsRouter(deps: { requests: ServiceRequestsService }) {
  const { requests } = deps;
  const router = Router();

  router.post('/products/:productId/service-requests', async (request, response) => {
    const body = parseInput(serviceRequestBodySchema, request.body);
    response
      .status(201)
      .json(
        await requests.create(
          request.actor,
          request.params.productId,
          body,
          request.ip ?? 'unknown',
        ),
      );
  });

  router.get('/me/service-requests', async (request, response) => {
    response.json({ items: await deps.requests.listOwn(request.actor), nextCursor: null });
  });

  router.get('/shops/:shopId/service-requests/counts', async (request, response) => {
    response.json({ counts: await requests.countsOfShop(request.actor, request.params.shopId) });
  });

  router.get('/shops/:shopId/service-requests', async (request, response) => {
    response.json({ items: await requests.listOfShop(request.actor, request.params.shopId) });
  });

  router.post('/shops/:shopId/service-requests/:id/answer', async (request, response) => {
    const answered = await requests.answer(request.actor, request.params.shopId, request.params.id);
    response.json({ request: answered });
  });

  router.post('/shops/:shopId/service-requests/:id/decline', async (request, response) => {
    const body = parseInput(declineServiceRequestBodySchema, request.body ?? {});
    response.json({
      request: await requests.decline(
        request.actor,
        request.params.shopId,
        request.params.id,
        body,
      ),
    });
  });

  return router;
}
