import { Router } from 'express';
import {
  applyForEligibilityBodySchema,
  createHouseholdBodySchema,
  createHouseholdContactBodySchema,
  eligibilityDecisionReasonBodySchema,
  municipalityHouseholdListQuerySchema,
  shopHouseholdSearchQuerySchema,
  updateHouseholdBodySchema,
} from '@e-galleria/shared/households';
import { parseInput } from '../../http/validate.ts';
import type { AssistedHouseholdsService } from './assisted-households.service.ts';
import type { EligibilityDecisionsService } from './eligibility-decisions.service.ts';
import type { ResidentHouseholdsService } from './resident-households.service.ts';

/**
 * Households over HTTP: the resident's own addresses and applications (/me), the
 * municipality's decisions (/admin), and shop staff's look-up for orders by phone (/shops).
 */
export function createHouseholdsRouter(deps: {
  residents: ResidentHouseholdsService;
  decisions: EligibilityDecisionsService;
  assisted: AssistedHouseholdsService;
}) {
  const { residents, decisions, assisted } = deps;
  const router = Router();

  router.get('/me/households', async (request, response) => {
    response.json({ items: await residents.listOwn(request.actor), nextCursor: null });
  });

  router.post('/me/households', async (request, response) => {
    const body = parseInput(createHouseholdBodySchema, request.body);
    response.status(201).json({ household: await residents.create(request.actor, body) });
  });

  router.put('/me/households/:id', async (request, response) => {
    const body = parseInput(updateHouseholdBodySchema, request.body);
    response.json({
      household: await residents.update(request.actor, request.params.id, body),
    });
  });

  router.delete('/me/households/:id', async (request, response) => {
    await residents.remove(request.actor, request.params.id);
    response.status(204).end();
  });

  router.post('/me/households/:id/application', async (request, response) => {
    const body = parseInput(applyForEligibilityBodySchema, request.body);
    response.json({
      household: await residents.apply(request.actor, request.params.id, body.reason),
    });
  });

  router.delete('/me/households/:id/application', async (request, response) => {
    response.json({ household: await residents.withdraw(request.actor, request.params.id) });
  });

  router.get('/admin/municipalities/:slug/households', async (request, response) => {
    const query = parseInput(municipalityHouseholdListQuerySchema, request.query);
    response.json(await decisions.list(request.actor, request.params.slug, query));
  });

  router.post('/admin/households/:id/approve', async (request, response) => {
    response.json({ household: await decisions.approve(request.actor, request.params.id) });
  });

  router.post('/admin/households/:id/decline', async (request, response) => {
    const body = parseInput(eligibilityDecisionReasonBodySchema, request.body);
    response.json({
      household: await decisions.decline(request.actor, request.params.id, body.reason),
    });
  });

  router.post('/admin/households/:id/revoke', async (request, response) => {
    const body = parseInput(eligibilityDecisionReasonBodySchema, request.body);
    response.json({
      household: await decisions.revoke(request.actor, request.params.id, body.reason),
    });
  });

  router.get('/shops/:shopId/households', async (request, response) => {
    const query = parseInput(shopHouseholdSearchQuerySchema, request.query);
    const items = await assisted.search(request.actor, request.params.shopId, query.q);
    response.json({ items, nextCursor: null });
  });

  router.post('/shops/:shopId/households', async (request, response) => {
    const body = parseInput(createHouseholdContactBodySchema, request.body);
    const { household, isNew } = await assisted.createContact(
      request.actor,
      request.params.shopId,
      body,
    );
    response.status(isNew ? 201 : 200).json({ household });
  });

  router.get('/shops/:shopId/households/:id', async (request, response) => {
    response.json({
      household: await assisted.get(request.actor, request.params.shopId, request.params.id),
    });
  });

  return router;
}
