import { Router } from 'express';
import {
  adminServicePointListQuerySchema,
  createServicePointBodySchema,
  inviteServicePointOperatorBodySchema,
  updateServicePointBodySchema,
} from '@e-galleria/shared/service-points';
import { parseInput } from '../../http/validate.ts';
import type { ServicePointsService } from './service-points.service.ts';

/** The storefront's service points and the municipality admin's screens for them. */
export function createServicePointsRouter(deps: {
  servicePoints: ServicePointsService;
  map: { tileUrl: string; attribution: string } | null;
}) {
  const { servicePoints } = deps;
  const router = Router();

  /** The storefront map's tiles; `map: null` when the map is off (the list still works). */
  router.get('/map-settings', (_request, response) => {
    const { map } = deps;
    response.json({ map: map && { tileUrl: map.tileUrl, attribution: map.attribution } });
  });

  router.get('/municipalities/:slug/service-points', async (request, response) => {
    const items = await servicePoints.listPublic(request.params.slug);
    response.json({ items, nextCursor: null });
  });

  router.get('/service-points/:idOrSlug', async (request, response) => {
    response.json({ servicePoint: await servicePoints.getPublic(request.params.idOrSlug) });
  });

  router.get('/admin/municipalities/:slug/service-points', async (request, response) => {
    const query = parseInput(adminServicePointListQuerySchema, request.query);
    const items = await servicePoints.listAdmin(request.actor, request.params.slug, query.status);
    response.json({ items, nextCursor: null });
  });

  router.post('/admin/municipalities/:slug/service-points', async (request, response) => {
    const body = parseInput(createServicePointBodySchema, request.body);
    response.status(201).json({
      servicePoint: await servicePoints.create(request.actor, request.params.slug, body),
    });
  });

  router.get('/admin/service-points/:id', async (request, response) => {
    response.json({ servicePoint: await servicePoints.get(request.actor, request.params.id) });
  });

  router.patch('/admin/service-points/:id', async (request, response) => {
    const body = parseInput(updateServicePointBodySchema, request.body);
    response.json({
      servicePoint: await servicePoints.update(request.actor, request.params.id, body),
    });
  });

  router.get('/admin/service-points/:id/operators', async (request, response) => {
    const items = await servicePoints.listOperators(request.actor, request.params.id);
    response.json({ items, nextCursor: null });
  });

  router.get('/admin/service-points/:id/operator-invitations', async (request, response) => {
    const items = await servicePoints.listInvitations(request.actor, request.params.id);
    response.json({ items, nextCursor: null });
  });

  router.post('/admin/service-points/:id/operator-invitations', async (request, response) => {
    const body = parseInput(inviteServicePointOperatorBodySchema, request.body);
    response.status(201).json({
      invitation: await servicePoints.inviteOperator(request.actor, request.params.id, body),
    });
  });

  return router;
}
