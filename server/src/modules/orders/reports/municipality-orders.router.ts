import { Router } from 'express';
import { municipalityOrderListQuerySchema } from '@e-galleria/shared/orders';
import { parseInput } from '../../../http/validate.ts';
import type { MunicipalityOrdersService } from './municipality-orders.service.ts';

/** A municipality admin's list of the orders of its galleria's shops. */
export function createMunicipalityOrdersRouter(deps: { orders: MunicipalityOrdersService }) {
  const router = Router();
  router.get('/admin/municipalities/:slug/orders', async (request, response) => {
    const query = parseInput(municipalityOrderListQuerySchema, request.query);
    response.json(await deps.orders.list(request.actor, request.params.slug, query));
  });
  return router;
}
