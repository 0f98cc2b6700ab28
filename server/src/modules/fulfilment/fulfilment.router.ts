import { Router } from 'express';
import { updateFulfilmentBodySchema } from '@e-galleria/shared/fulfilment';
import { parseInput } from '../../http/validate.ts';
import type { FulfilmentService } from './fulfilment.service.ts';

/** The shop's own fulfilment settings, and the public ways to receive its goods. */
export function createFulfilmentRouter(deps: { fulfilment: FulfilmentService }) {
  const { fulfilment } = deps;
  const router = Router();

  router.get('/shops/:shopId/fulfilment', async (request, response) => {
    response.json({ fulfilment: await fulfilment.get(request.actor, request.params.shopId) });
  });

  router.put('/shops/:shopId/fulfilment', async (request, response) => {
    const body = parseInput(updateFulfilmentBodySchema, request.body);
    response.json({
      fulfilment: await fulfilment.update(request.actor, request.params.shopId, body),
    });
  });

  router.get('/shops/:shopId/fulfilment-options', async (request, response) => {
    const items = await fulfilment.publicOptions(request.params.shopId);
    response.json({ items, nextCursor: null });
  });

  return router;
}
