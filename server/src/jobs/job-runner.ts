import type { Logger } from 'pino';
import type { Database } from '../db/database.ts';
import { createInProcessRunner } from './in-process-runner.ts';
import type { JobRunner } from './jobs.port.ts';
import { createPgBossRunner } from './pg-boss-runner.ts';

/** How often a runner looks for work; tests make it quick. */
export type RunnerTuning = { pollingSeconds: number; superviseSeconds: number };

/** The jobs port's implementation for the engine the app runs on (decision 0046). */
export function createJobRunner(deps: {
  database: Database;
  logger: Logger;
  tuning?: RunnerTuning;
}): JobRunner {
  const { tuning } = deps;
  return deps.database.dialect === 'postgres'
    ? createPgBossRunner({ connectionString: deps.database.url, logger: deps.logger, ...tuning })
    : createInProcessRunner({
        logger: deps.logger,
        ...(tuning ? { pollMs: tuning.pollingSeconds * 1000 } : {}),
      });
}
