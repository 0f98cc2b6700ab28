import type { Database } from '../../db/database.ts';
import { createHealthRouter } from './health.router.ts';

/** GET /api/health (liveness) and GET /api/ready (readiness): DESIGN §9, decision 0046. */
export function createHealthModule(deps: { database: Database }) {
  return { router: createHealthRouter(deps) };
}
