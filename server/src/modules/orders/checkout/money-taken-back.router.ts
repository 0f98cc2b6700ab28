import { Router } from 'express';
import type { MoneyTakenBack } from './money-taken-back.ts';

/** The region admin's lists of card money taken back outside the galleria (decision 0070). */
export function createMoneyTakenBackRouter(deps: { moneyTakenBack: MoneyTakenBack }) {
  const router = Router();
  router.get('/admin/region/outside-refunds', async (request, response) => {
    response.json(await deps.moneyTakenBack.list(request.actor));
  });
  router.get('/admin/region/payment-disputes', async (request, response) => {
    response.json(await deps.moneyTakenBack.listDisputes(request.actor));
  });
  // Settled by hand: answered with the lists as they now stand.
  router.post('/admin/region/outside-refunds/:id/settle', async (request, response) => {
    await deps.moneyTakenBack.settle(request.actor, 'refund', request.params.id);
    response.json(await deps.moneyTakenBack.list(request.actor));
  });
  router.post('/admin/region/payment-disputes/:id/settle', async (request, response) => {
    await deps.moneyTakenBack.settle(request.actor, 'dispute', request.params.id);
    response.json(await deps.moneyTakenBack.listDisputes(request.actor));
  });
  return router;
}
