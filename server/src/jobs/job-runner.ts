import type { Logger } from 'pino';
import type { Database } from '../db/database.ts';
import { createInProcessRunner } from './in-process-runner.ts';
import type { JobRunner } from './jobs.port.ts';
import { createPgBossRunner } from './pg-boss-runner.ts';

/** How often a runner looks for work; tests make it quick. */
export type RunnerTuning = {
  pollingSeconds: number;
  superviseSeconds: number;
  /**
   * The in-process runner's clock, which its cron schedules read: a test sets it ahead to
   * reach a minute's turn without waiting for one. pg-boss schedules by PostgreSQL's clock.
   */
  inProcessClock?: () => number;
};

/** The jobs port's implementation for the engine the app runs on (decision 0046). */
export function createJobRunner(deps: {
  database: Database;
  logger: Logger;
  tuning?: RunnerTuning;
}): JobRunner {
  if (deps.database.dialect === 'postgres') {
    const { inProcessClock: _clock, ...tuning } = deps.tuning ?? {};
    return createPgBossRunner({
      connectionString: deps.database.url,
      logger: deps.logger,
      ...tuning,
    });
  }
  const { tuning } = deps;
  return createInProcessRunner({
    logger: deps.logger,
    ...(tuning ? { pollMs: tuning.pollingSeconds * 1000 } : {}),
    ...(tuning?.inProcessClock ? { now: tuning.inProcessClock } : {}),
  });
}
