import type { Logger } from 'pino';

/**
 * The jobs port (docs/decisions/0046): what the app runs outside requests, and the one contract
 * its two runners keep — pg-boss on PostgreSQL, an in-process runner on SQLite. A job that
 * throws (or outlives `expireInSeconds`) is retried with exponential backoff, and after
 * `retryLimit` retries it is dead-lettered; a schedule makes one job per period however many
 * app instances share the database.
 */

/** What a job carries: small, JSON-plain values (ids, not rows). */
export type JobData = Record<string, string | number | boolean | null>;

export type JobContext = {
  jobId: string;
  /** 0 on the first run, then 1, 2, … on retries. */
  attempt: number;
  /** The request that enqueued the job, when one did: its id joins the job's logs to it. */
  requestId: string | null;
  /** The app's logger with the job's name, id, attempt and request id. */
  logger: Logger;
  /** Aborted when the job has outlived its time (it is then retried) or the runner stops. */
  signal: AbortSignal;
};

/**
 * When a job runs by itself. `cron` is a five-field expression in Swedish time (minute
 * precision); `everySeconds` is for what must run more often than once a minute (mail).
 */
export type JobSchedule = { cron: string } | { everySeconds: number };

export type JobDefinition = {
  /** Letters, digits and hyphens: the queue's name on both engines. */
  name: string;
  run: (data: JobData, context: JobContext) => Promise<unknown>;
  schedule?: JobSchedule;
  /** Runs after the first that fails; then the job is dead-lettered. */
  retryLimit?: number;
  /** The first retry's delay; each later one doubles it (with jitter on PostgreSQL). */
  retryDelaySeconds?: number;
  /** How long a run may take before it counts as failed (a dead worker's job comes back). */
  expireInSeconds?: number;
};

/** A queue's state as /metrics shows it. */
export type JobQueueCounts = {
  name: string;
  /** Waiting to run, including retries waiting for their delay. */
  queued: number;
  active: number;
  /** Dead-lettered: failed on every attempt. */
  deadLettered: number;
};

/** A run that failed: `isFinal` when it was the last attempt and the job went to dead letters. */
export type JobFailure = { name: string; jobId: string; attempt: number; isFinal: boolean };

export type JobRunner = {
  engine: 'pg-boss' | 'in-process';
  /** Before `start`: what the runner may run. */
  register: (definition: JobDefinition) => void;
  /** Takes jobs and keeps the schedules. */
  start: () => Promise<void>;
  /** Queues a run of a registered job; from a request, the request's id goes with it. */
  enqueue: (name: string, data?: JobData) => Promise<void>;
  /**
   * Takes no new jobs, waits up to `timeoutMs` for the jobs in hand, then fails what is left
   * (it is retried, by another instance or after a restart) and lets go of the database.
   */
  stop: (options: { timeoutMs: number }) => Promise<void>;
  counts: () => Promise<JobQueueCounts[]>;
  onFailure: (listener: (failure: JobFailure) => void) => void;
};

export const jobDefaults = {
  retryLimit: 3,
  retryDelaySeconds: 5,
  expireInSeconds: 300,
} as const;

/** The delay before retry number `retry` (1, 2, …): doubling from the first, capped at an hour. */
export function backoffSeconds(firstDelaySeconds: number, retry: number): number {
  return Math.min(3600, firstDelaySeconds * 2 ** Math.max(0, retry - 1));
}
