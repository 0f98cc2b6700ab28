import type { Database } from '../../db/database.ts';
import { createHealthRouter } from './health.router.ts';

/** GET /api/health: whether the app and its database answer (DESIGN §9). */
export function createHealthModule(deps: { database: Database }) {
  return { router: createHealthRouter(deps) };
}
