import { Router } from 'express';
import type { AuditService } from './audit.service.ts';

export function createAuditRouter(deps: { audit: AuditService }) {
  const router = Router();
  router.get('/admin/municipalities/:slug/audit-events', async (request, response) => {
    const items = await deps.audit.listForMunicipality(request.actor, request.params.slug);
    response.json({ items, nextCursor: null });
  });
  return router;
}
