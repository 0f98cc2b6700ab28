import { PgBoss, type Job } from 'pg-boss';
import type { Logger } from 'pino';
import { currentRequestId } from '../http/request-context.ts';
import {
  jobDefaults,
  type JobData,
  type JobDefinition,
  type JobFailure,
  type JobRunner,
} from './jobs.port.ts';

/** What a job row carries: the caller's data and the request that queued it. */
type Envelope = { data: JobData; requestId: string | null };

/** Where a queue's jobs go when they failed on every attempt. */
export const deadLetterQueueOf = (name: string) => `${name}.dead`;

/**
 * The jobs port on PostgreSQL through pg-boss (docs/decisions/0046), in its own schema of the
 * app's database. Every queue is a `singleton` queue: one run of a job is active at a time
 * across all instances, so two sweeps never race. Cron schedules are kept by pg-boss, which
 * files each occurrence under one key so that however many instances see it due, one job is
 * made; `everySeconds` schedules are throttled sends, one job per period across instances. A
 * run whose worker stops beating (killed) or that outlives `expireInSeconds` (hung) is failed by
 * pg-boss and retried by whichever instance claims it next.
 */
export function createPgBossRunner(deps: {
  connectionString: string;
  logger: Logger;
  /** Seconds between looks for new jobs (pg-boss allows 0.5 and up). */
  pollingSeconds?: number;
  /** Seconds between pg-boss's checks for expired runs and due cron occurrences. */
  superviseSeconds?: number;
}): JobRunner {
  const { logger } = deps;
  const superviseSeconds = deps.superviseSeconds ?? 10;
  const boss = new PgBoss({
    connectionString: deps.connectionString,
    schema: 'pgboss',
    max: 3,
    application_name: 'e-galleria jobs',
    superviseIntervalSeconds: superviseSeconds,
    monitorIntervalSeconds: superviseSeconds,
    cronMonitorIntervalSeconds: Math.min(45, superviseSeconds),
    cronWorkerIntervalSeconds: Math.min(45, Math.max(1, Math.round(superviseSeconds / 6))),
  });
  boss.on('error', (error) => logger.error({ err: error }, 'job queue error'));
  boss.on('warning', (warning) => logger.warn({ warning }, 'job queue warning'));
  const definitions = new Map<string, JobDefinition>();
  const failureListeners: ((failure: JobFailure) => void)[] = [];
  const timers: NodeJS.Timeout[] = [];
  let isRunning = false;

  async function handle(definition: JobDefinition, job: Job<Envelope>) {
    const retryLimit = definition.retryLimit ?? jobDefaults.retryLimit;
    const requestId = job.data.requestId;
    const context = {
      jobId: job.id,
      attempt: job.retryCount,
      requestId,
      logger: logger.child({
        job: definition.name,
        jobId: job.id,
        attempt: job.retryCount,
        ...(requestId ? { requestId } : {}),
      }),
      signal: job.signal,
    };
    const started = Date.now();
    try {
      await definition.run(job.data.data, context);
      context.logger.debug({ ms: Date.now() - started }, 'job done');
    } catch (error) {
      const isFinal = job.retryCount >= retryLimit;
      context.logger.warn(
        { reason: error instanceof Error ? error.message : String(error) },
        isFinal ? 'job failed on its last attempt: dead-lettered' : 'job failed: will retry',
      );
      for (const listener of failureListeners)
        listener({ name: definition.name, jobId: job.id, attempt: job.retryCount, isFinal });
      throw error;
    }
  }

  return {
    engine: 'pg-boss',
    register(definition) {
      if (!/^[a-z0-9-]+$/.test(definition.name)) throw new Error(`bad job name ${definition.name}`);
      definitions.set(definition.name, definition);
    },
    async start() {
      await boss.start();
      isRunning = true;
      for (const definition of definitions.values()) {
        const { name, schedule } = definition;
        const deadLetter = deadLetterQueueOf(name);
        await boss.createQueue(deadLetter);
        const options = {
          deadLetter,
          retryLimit: definition.retryLimit ?? jobDefaults.retryLimit,
          retryDelay: definition.retryDelaySeconds ?? jobDefaults.retryDelaySeconds,
          retryBackoff: true,
          retryDelayMax: 3600,
          expireInSeconds: definition.expireInSeconds ?? jobDefaults.expireInSeconds,
          // A live worker beats every 5 s; a killed one's job is failed (and retried) by the
          // next supervision after 10 s without a beat, not only at its expiry.
          heartbeatSeconds: 10,
          // Sweeps run every few seconds: a day of finished runs is history enough.
          deleteAfterSeconds: 24 * 60 * 60,
        };
        // Made once (by whichever instance starts first; creating is idempotent), then kept
        // in step with this build's settings; a queue's policy cannot change.
        await boss.createQueue(name, { policy: 'singleton', ...options });
        await boss.updateQueue(name, options);
        await boss.work<Envelope>(
          name,
          { pollingIntervalSeconds: deps.pollingSeconds ?? 2 },
          async ([job]) => {
            if (job) await handle(definition, job);
          },
        );
        if (schedule && 'cron' in schedule)
          await boss.schedule(
            name,
            schedule.cron,
            { data: {}, requestId: null } satisfies Envelope,
            {
              tz: 'Europe/Stockholm',
            },
          );
        else if (schedule) {
          const every = schedule.everySeconds;
          const tick = () => {
            if (!isRunning) return;
            boss
              .sendThrottled(name, { data: {}, requestId: null } satisfies Envelope, null, every)
              .catch((error: unknown) => logger.warn({ err: error, job: name }, 'could not queue'));
          };
          timers.push(setInterval(tick, every * 1000));
        }
      }
    },
    async enqueue(name, data = {}) {
      if (!definitions.has(name)) throw new Error(`no job named ${name} is registered`);
      await boss.send(name, { data, requestId: currentRequestId() } satisfies Envelope);
    },
    async stop({ timeoutMs }) {
      isRunning = false;
      for (const timer of timers) clearInterval(timer);
      // Graceful: no new fetches, the jobs in hand get `timeoutMs`, what is left is failed
      // (and so retried elsewhere), then the pool closes.
      await boss.stop({ graceful: true, timeout: timeoutMs, close: true });
    },
    async counts() {
      const queues = await boss.getQueues();
      const byName = new Map(queues.map((queue) => [queue.name, queue]));
      return [...definitions.keys()].map((name) => {
        const queue = byName.get(name);
        return {
          name,
          queued: queue?.queuedCount ?? 0,
          active: queue?.activeCount ?? 0,
          deadLettered: byName.get(deadLetterQueueOf(name))?.queuedCount ?? 0,
        };
      });
    },
    onFailure(listener) {
      failureListeners.push(listener);
    },
  };
}
