import { Router } from 'express';
import { salesQuerySchema } from '@e-galleria/shared/sales';
import { parseInput } from '../../../http/validate.ts';
import { salesCsv } from './sales-csv.ts';
import type { SalesService } from './sales.service.ts';

/** A shop's sales per period, as JSON for the screen and as CSV for the bookkeeping. */
export function createSalesRouter(deps: { sales: SalesService }) {
  const router = Router();

  router.get('/shops/:shopId/sales', async (request, response) => {
    const query = parseInput(salesQuerySchema, request.query);
    response.json(await deps.sales.report(request.actor, request.params.shopId, query));
  });

  router.get('/shops/:shopId/sales.csv', async (request, response) => {
    const query = parseInput(salesQuerySchema, request.query);
    const report = await deps.sales.report(request.actor, request.params.shopId, query);
    response
      .type('text/csv; charset=utf-8')
      .attachment(`forsaljning-${query.from}-${query.to}.csv`)
      .send(salesCsv(report));
  });

  return router;
}
