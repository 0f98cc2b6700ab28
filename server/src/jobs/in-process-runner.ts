import { randomUUID } from 'node:crypto';
import { CronExpressionParser } from 'cron-parser';
import type { Logger } from 'pino';
import { currentRequestId } from '../http/request-context.ts';
import {
  backoffSeconds,
  jobDefaults,
  type JobData,
  type JobDefinition,
  type JobFailure,
  type JobRunner,
} from './jobs.port.ts';

type QueuedJob = {
  id: string;
  name: string;
  data: JobData;
  requestId: string | null;
  attempt: number;
  runAt: number;
};

/** What the runner keeps of a dead-lettered job (the newest few per queue, for logs and tests). */
export type DeadLetter = QueuedJob & { error: string };

const keptDeadLetters = 100;

/**
 * The jobs port on SQLite, where one process owns the database file (docs/decisions/0046): the
 * queue is in memory. Every job the app runs is a sweep over durable rows (the outbox, the
 * handovers' claimed moments, overdue checkouts), so a queue lost with the process is rebuilt
 * by the next scheduled run; what the sweeps claim lives in the database, not here. Like a
 * singleton queue on PostgreSQL, one run of a job is active at a time, and a schedule queues a
 * run only when none is waiting.
 */
export function createInProcessRunner(deps: {
  logger: Logger;
  /** How often due jobs are looked for. */
  pollMs?: number;
  now?: () => number;
}): JobRunner & { deadLetters: (name: string) => DeadLetter[] } {
  const { logger } = deps;
  const now = deps.now ?? Date.now;
  const pollMs = deps.pollMs ?? 250;
  const definitions = new Map<string, JobDefinition>();
  const queue: QueuedJob[] = [];
  const active = new Map<string, { job: QueuedJob; done: Promise<void>; abort: AbortController }>();
  const deadLetters = new Map<string, DeadLetter[]>();
  const failureListeners: ((failure: JobFailure) => void)[] = [];
  const nextCronRun = new Map<string, number>();
  const timers: NodeJS.Timeout[] = [];
  let isRunning = false;

  function definitionOf(name: string): JobDefinition {
    const definition = definitions.get(name);
    if (!definition) throw new Error(`no job named ${name} is registered`);
    return definition;
  }

  function push(name: string, data: JobData, requestId: string | null) {
    queue.push({ id: randomUUID(), name, data, requestId, attempt: 0, runAt: now() });
  }

  function fail(job: QueuedJob, error: unknown) {
    const definition = definitionOf(job.name);
    const retryLimit = definition.retryLimit ?? jobDefaults.retryLimit;
    const isFinal = job.attempt >= retryLimit;
    const reason = error instanceof Error ? error.message : String(error);
    logger.warn(
      { job: job.name, jobId: job.id, attempt: job.attempt, requestId: job.requestId, reason },
      isFinal ? 'job failed on its last attempt: dead-lettered' : 'job failed: will retry',
    );
    if (isFinal) {
      const letters = deadLetters.get(job.name) ?? [];
      letters.push({ ...job, error: reason });
      deadLetters.set(job.name, letters.slice(-keptDeadLetters));
    } else {
      const delay = backoffSeconds(
        definition.retryDelaySeconds ?? jobDefaults.retryDelaySeconds,
        job.attempt + 1,
      );
      queue.push({ ...job, attempt: job.attempt + 1, runAt: now() + delay * 1000 });
    }
    for (const listener of failureListeners)
      listener({ name: job.name, jobId: job.id, attempt: job.attempt, isFinal });
  }

  function execute(job: QueuedJob) {
    const definition = definitionOf(job.name);
    const abort = new AbortController();
    const expireMs = (definition.expireInSeconds ?? jobDefaults.expireInSeconds) * 1000;
    let expiry: NodeJS.Timeout | undefined;
    const expired = new Promise<never>((_, reject) => {
      expiry = setTimeout(() => {
        abort.abort(new Error(`job ran past its ${expireMs / 1000} s`));
        reject(abort.signal.reason as Error);
      }, expireMs);
    });
    const context = {
      jobId: job.id,
      attempt: job.attempt,
      requestId: job.requestId,
      logger: logger.child({
        job: job.name,
        jobId: job.id,
        attempt: job.attempt,
        ...(job.requestId ? { requestId: job.requestId } : {}),
      }),
      signal: abort.signal,
    };
    const started = now();
    const done = Promise.race([
      Promise.resolve().then(() => definition.run(job.data, context)),
      expired,
    ])
      .then(
        () => context.logger.debug({ ms: now() - started }, 'job done'),
        (error: unknown) => fail(job, error),
      )
      .finally(() => {
        clearTimeout(expiry);
        active.delete(job.name);
      });
    active.set(job.name, { job, done, abort });
  }

  function tick() {
    const at = now();
    for (const [name, runAt] of nextCronRun)
      if (runAt <= at) {
        if (!queue.some((job) => job.name === name)) push(name, {}, null);
        nextCronRun.set(name, nextCronTime(definitionOf(name), at));
      }
    for (const job of [...queue]) {
      if (!isRunning) return;
      if (job.runAt > at || active.has(job.name)) continue;
      queue.splice(queue.indexOf(job), 1);
      execute(job);
    }
  }

  return {
    engine: 'in-process',
    register(definition) {
      if (!/^[a-z0-9-]+$/.test(definition.name)) throw new Error(`bad job name ${definition.name}`);
      definitions.set(definition.name, definition);
    },
    start() {
      isRunning = true;
      for (const definition of definitions.values()) {
        const schedule = definition.schedule;
        if (!schedule) continue;
        if ('cron' in schedule) nextCronRun.set(definition.name, nextCronTime(definition, now()));
        else
          timers.push(
            setInterval(() => {
              if (isRunning && !queue.some((job) => job.name === definition.name))
                push(definition.name, {}, null);
            }, schedule.everySeconds * 1000),
          );
      }
      timers.push(setInterval(tick, pollMs));
      return Promise.resolve();
    },
    enqueue(name, data = {}) {
      definitionOf(name);
      push(name, data, currentRequestId());
      return Promise.resolve();
    },
    async stop({ timeoutMs }) {
      isRunning = false;
      for (const timer of timers) clearInterval(timer);
      const inHand = [...active.values()];
      let deadline: NodeJS.Timeout | undefined;
      const timedOut = new Promise<boolean>((resolve) => {
        deadline = setTimeout(() => resolve(true), timeoutMs);
      });
      const finished = Promise.all(inHand.map((run) => run.done)).then(() => false);
      if (await Promise.race([finished, timedOut]))
        for (const run of active.values())
          run.abort.abort(new Error('the runner stopped before the job finished'));
      clearTimeout(deadline);
    },
    counts() {
      return Promise.resolve(
        [...definitions.keys()].map((name) => ({
          name,
          queued: queue.filter((job) => job.name === name).length,
          active: active.has(name) ? 1 : 0,
          deadLettered: deadLetters.get(name)?.length ?? 0,
        })),
      );
    },
    onFailure(listener) {
      failureListeners.push(listener);
    },
    deadLetters: (name) => deadLetters.get(name) ?? [],
  };
}

function nextCronTime(definition: JobDefinition, after: number): number {
  const schedule = definition.schedule;
  if (!schedule || !('cron' in schedule)) return Number.POSITIVE_INFINITY;
  return CronExpressionParser.parse(schedule.cron, {
    currentDate: new Date(after),
    tz: 'Europe/Stockholm',
  })
    .next()
    .getTime();
}
