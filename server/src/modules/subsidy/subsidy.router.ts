import { Router } from 'express';
import {
  priceBaseAmountBodySchema,
  priceBaseAmountParamsSchema,
  subsidyRuleBodySchema,
} from '@e-galleria/shared/subsidy-rules';
import { parseInput } from '../../http/validate.ts';
import type { SubsidyRulesService } from './subsidy-rules.service.ts';

/** The region admin's subsidy rules and price base amounts. */
export function createSubsidyRouter(deps: { rules: SubsidyRulesService }) {
  const { rules } = deps;
  const router = Router();

  router.get('/admin/region/subsidy-rules', async (request, response) => {
    response.json(await rules.list(request.actor));
  });

  router.post('/admin/region/subsidy-rules', async (request, response) => {
    const body = parseInput(subsidyRuleBodySchema, request.body);
    response.status(201).json(await rules.create(request.actor, body));
  });

  router.put('/admin/region/subsidy-rules/:id', async (request, response) => {
    const body = parseInput(subsidyRuleBodySchema, request.body);
    response.json(await rules.update(request.actor, request.params.id, body));
  });

  router.delete('/admin/region/subsidy-rules/:id', async (request, response) => {
    response.json(await rules.remove(request.actor, request.params.id));
  });

  router.put('/admin/region/price-base-amounts/:year', async (request, response) => {
    const { year } = parseInput(priceBaseAmountParamsSchema, { year: request.params.year });
    const { amountOre } = parseInput(priceBaseAmountBodySchema, request.body);
    response.json(await rules.setPriceBaseAmount(request.actor, year, amountOre));
  });

  return router;
}
