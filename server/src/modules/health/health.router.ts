import { Router } from 'express';
import type { Database } from '../../db/database.ts';

export function createHealthRouter(deps: { database: Database }) {
  const router = Router();
  router.get('/health', async (_request, response) => {
    await deps.database.ping();
    response.json({ status: 'ok', database: deps.database.dialect });
  });
  return router;
}
