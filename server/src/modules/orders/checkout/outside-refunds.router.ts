import { Router } from 'express';
import type { OutsideRefunds } from './outside-refunds.ts';

/** The region admin's list of card refunds made in the payment provider's dashboard (0070). */
export function createOutsideRefundsRouter(deps: { outsideRefunds: OutsideRefunds }) {
  const router = Router();
  router.get('/admin/region/outside-refunds', async (request, response) => {
    response.json(await deps.outsideRefunds.list(request.actor));
  });
  return router;
}
