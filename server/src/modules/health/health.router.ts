import { Router } from 'express';
import type { Database } from '../../db/database.ts';
import { pendingMigrations } from '../../db/migrate.ts';
import { sendProblem } from '../../http/problem.ts';

/**
 * Liveness and readiness for a load balancer or orchestrator. /health: the process answers and
 * reaches its database (restart it when this fails). /ready: it may take requests — the
 * database answers and every migration in this build is applied (an instance started beside an
 * older schema, or before `db:migrate` ran, answers 503 until it has).
 */
export function createHealthRouter(deps: { database: Database }) {
  const { database } = deps;
  const router = Router();
  router.get('/health', async (_request, response) => {
    await database.ping();
    response.json({ status: 'ok', database: database.dialect });
  });
  router.get('/ready', async (_request, response) => {
    let pending: string[];
    try {
      await database.ping();
      pending = await pendingMigrations(database.knex);
    } catch {
      sendProblem(response, 'not_ready', { detail: 'The database does not answer.' });
      return;
    }
    if (pending.length > 0) {
      sendProblem(response, 'not_ready', {
        detail: `${pending.length} migration(s) not applied: ${pending.join(', ')}.`,
      });
      return;
    }
    response.json({ status: 'ready', database: database.dialect });
  });
  return router;
}
