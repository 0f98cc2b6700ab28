import { PgBoss } from 'pg-boss';
import { pino, type Logger } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { Database } from '../../server/src/db/database.ts';
import { withRequestId } from '../../server/src/http/request-context.ts';
import { createJobRunner, type RunnerTuning } from '../../server/src/jobs/job-runner.ts';
import type { JobDefinition, JobFailure, JobRunner } from '../../server/src/jobs/jobs.port.ts';
import { createTestDatabase } from './support/test-database.ts';
import { waitFor } from '../support/wait-for.ts';

// The jobs port's contract (decision 0046), on the engine of the run: pg-boss on PostgreSQL,
// the in-process runner on SQLite. Real timers, short delays.

const logger = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
const tuning: RunnerTuning = { pollingSeconds: 0.5, superviseSeconds: 1 };
let database: Database;
const runners: JobRunner[] = [];

beforeAll(async () => {
  database = await createTestDatabase(inject('testRun'));
});
afterAll(async () => {
  for (const runner of runners) await runner.stop({ timeoutMs: 1000 });
  await database.close();
}, 30_000);

async function startRunner(...definitions: JobDefinition[]): Promise<JobRunner> {
  return startRunnerLogging(logger, ...definitions);
}

async function startRunnerLogging(
  runnerLogger: Logger,
  ...definitions: JobDefinition[]
): Promise<JobRunner> {
  return startTunedRunner(runnerLogger, tuning, ...definitions);
}

async function startTunedRunner(
  runnerLogger: Logger,
  runnerTuning: RunnerTuning,
  ...definitions: JobDefinition[]
): Promise<JobRunner> {
  const runner = createJobRunner({ database, logger: runnerLogger, tuning: runnerTuning });
  for (const definition of definitions) runner.register(definition);
  runners.push(runner);
  await runner.start();
  return runner;
}

async function stopRunner(runner: JobRunner) {
  runners.splice(runners.indexOf(runner), 1);
  await runner.stop({ timeoutMs: 5000 });
}

const isPostgres = () => database.dialect === 'postgres';

describe('the jobs port', () => {
  it('retries a job that throws, with growing delays, then dead-letters it', async () => {
    const runs: { attempt: number; at: number }[] = [];
    const failures: JobFailure[] = [];
    const runner = await startRunner({
      name: 'always-fails',
      retryLimit: 2,
      retryDelaySeconds: 1,
      run: (_data, context) => {
        runs.push({ attempt: context.attempt, at: Date.now() });
        return Promise.reject(new Error('the carrier’s server is down'));
      },
    });
    runner.onFailure((failure) => failures.push(failure));
    await runner.enqueue('always-fails', { orderId: 'o-1' });
    await waitFor(() => failures.some((failure) => failure.isFinal), 20_000);

    expect(runs.map((run) => run.attempt)).toEqual([0, 1, 2]);
    const [first = 0, second = 0, third = 0] = runs.map((run) => run.at);
    // Backoff: the first retry waits at least the delay, the second at least twice it.
    expect(second - first).toBeGreaterThanOrEqual(900);
    expect(third - second).toBeGreaterThanOrEqual(1900);
    expect(failures.map((failure) => failure.isFinal)).toEqual([false, false, true]);
    await waitFor(
      async () =>
        (await runner.counts()).find((queue) => queue.name === 'always-fails')?.deadLettered === 1,
      10_000,
    );
    await stopRunner(runner);
  }, 40_000);

  it('carries the id of the request that queued a job into the job and its logs', async () => {
    const seen: (string | null)[] = [];
    const lines: { msg?: string; requestId?: string; job?: string; note?: string }[] = [];
    const capturing = pino(
      { level: 'info' },
      { write: (line: string) => lines.push(JSON.parse(line) as (typeof lines)[number]) },
    );
    const runner = await startRunnerLogging(capturing, {
      name: 'remember-request',
      run: (data, context) => {
        seen.push(context.requestId, String(data.note));
        context.logger.info({ note: data.note }, 'reminder written');
        return Promise.resolve();
      },
    });
    await withRequestId('request-4711-abcdef', () =>
      runner.enqueue('remember-request', { note: 'from a request' }),
    );
    await runner.enqueue('remember-request', { note: 'from a job' });
    await waitFor(() => seen.length === 4, 10_000);
    expect(seen).toEqual(['request-4711-abcdef', 'from a request', null, 'from a job']);
    const written = lines.filter((line) => line.msg === 'reminder written');
    expect(written).toMatchObject([
      { job: 'remember-request', requestId: 'request-4711-abcdef', note: 'from a request' },
      { job: 'remember-request', note: 'from a job' },
    ]);
    expect(written[1]).not.toHaveProperty('requestId');
    await stopRunner(runner);
  }, 20_000);

  it('retries a job that outlives its time, after the expiry', async () => {
    const attempts: number[] = [];
    const runner = await startRunner({
      name: 'hangs-once',
      expireInSeconds: 1,
      retryDelaySeconds: 1,
      run: async (_data, context) => {
        attempts.push(context.attempt);
        if (context.attempt === 0)
          // A worker stuck on a dead connection: it ends only when the runner gives up on it.
          await new Promise((resolve) => context.signal.addEventListener('abort', resolve));
      },
    });
    await runner.enqueue('hangs-once');
    await waitFor(() => attempts.length === 2, 20_000);
    expect(attempts).toEqual([0, 1]);
    await stopRunner(runner);
  }, 30_000);

  it('lets a stop finish the job in hand and take no new one', async () => {
    const events: string[] = [];
    const runner = await startRunner({
      name: 'slow-report',
      run: async (data) => {
        events.push(`start ${String(data.n)}`);
        await new Promise((resolve) => setTimeout(resolve, 1500));
        events.push(`end ${String(data.n)}`);
      },
    });
    await runner.enqueue('slow-report', { n: 1 });
    await waitFor(() => events.includes('start 1'), 10_000);
    await runner.enqueue('slow-report', { n: 2 });
    await stopRunner(runner);
    events.push('stopped');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(events).toEqual(['start 1', 'end 1', 'stopped']);
  }, 20_000);

  it('runs an every-few-seconds schedule once per period', async () => {
    const runs: number[] = [];
    const definition: JobDefinition = {
      name: 'tick',
      schedule: { everySeconds: 2 },
      run: () => {
        runs.push(Date.now());
        return Promise.resolve();
      },
    };
    // On PostgreSQL two instances share the database; on SQLite one process owns the file.
    const started = await Promise.all(
      (isPostgres() ? [1, 2] : [1]).map(() => startRunner(definition)),
    );
    await new Promise((resolve) => setTimeout(resolve, 9000));
    for (const runner of started) await stopRunner(runner);
    expect(runs.length).toBeGreaterThanOrEqual(3);
    expect(runs.length).toBeLessThanOrEqual(5);
    if (isPostgres()) {
      // One job per 2-second slot of the database's clock, however many instances sent one.
      const { rows } = await database.knex.raw<{ rows: { jobs: number; slots: number }[] }>(
        `SELECT count(*)::int AS jobs, count(DISTINCT singleton_on)::int AS slots
           FROM pgboss.job WHERE name = 'tick'`,
      );
      expect(rows[0]?.jobs).toBe(rows[0]?.slots);
      expect(rows[0]?.jobs).toBe(runs.length);
    }
  }, 30_000);
});

describe('several instances, or a restart', () => {
  it('runs a cron job once per minute, however many instances share the database', async () => {
    // pg-boss schedules by PostgreSQL's clock, so that run waits for a real minute's turn.
    // The in-process runner reads its own clock: set two seconds before the next minute.
    const clock = isPostgres()
      ? Date.now
      : (() => {
          const shift = Math.ceil(Date.now() / 60_000) * 60_000 - Date.now() - 2000;
          return () => Date.now() + shift;
        })();
    const runs: number[] = [];
    const definition: JobDefinition = {
      name: 'each-minute',
      schedule: { cron: '* * * * *' },
      run: () => {
        runs.push(clock());
        return Promise.resolve();
      },
    };
    // On PostgreSQL two instances share the database; on SQLite one process owns the file.
    const started: JobRunner[] = [];
    for (const _ of isPostgres() ? [1, 2] : [1])
      started.push(
        await startTunedRunner(logger, { ...tuning, inProcessClock: clock }, definition),
      );
    const nextMinute = Math.ceil(clock() / 60_000) * 60_000;
    // pg-boss may also run the minute the schedule was made in; the minute after must come.
    await waitFor(() => runs.some((at) => at >= nextMinute), nextMinute - clock() + 20_000);
    // Every runner has seen the occurrence due by now; give a duplicate time to show up.
    await new Promise((resolve) => setTimeout(resolve, 5000));
    for (const runner of started) await stopRunner(runner);
    const minutes = runs.map((at) => Math.floor(at / 60_000));
    expect(new Set(minutes).size).toBe(runs.length);
    expect(runs.filter((at) => at >= nextMinute)).toHaveLength(1);
  }, 100_000);

  it('runs again the job of a worker that died: another instance takes it once its heartbeat stops (PostgreSQL), the restarted process by its schedule (SQLite)', async () => {
    const attempts: number[] = [];
    const definition: JobDefinition = {
      name: 'orphaned',
      // Far off: only the lost heartbeat (10 s) can bring the job back within the test.
      expireInSeconds: 600,
      retryDelaySeconds: 1,
      schedule: { everySeconds: 2 },
      run: (_data, context) => {
        attempts.push(context.attempt);
        return Promise.resolve();
      },
    };
    if (isPostgres()) {
      // The queue as the app makes it, then a worker that claims a job and dies: its process,
      // and its connections, are gone while the job is active.
      await stopRunner(await startRunner({ ...definition, schedule: undefined }));
      const doomed = new PgBoss({ connectionString: database.url, schema: 'pgboss' });
      await doomed.start();
      await doomed.send('orphaned', { data: {}, requestId: null });
      const [claimed] = await doomed.fetch('orphaned');
      expect(claimed).toBeDefined();
      await doomed.stop({ graceful: false, close: true });
      await startRunner({ ...definition, schedule: undefined });
      await waitFor(() => attempts.length > 0, 30_000);
      expect(attempts).toEqual([1]);
      return;
    }
    // The queue is the process's: a job queued in a process that dies goes with it, and the
    // process started again queues the sweep by its schedule.
    const dying = await startRunner({ ...definition, schedule: undefined });
    await dying.stop({ timeoutMs: 1 });
    runners.splice(runners.indexOf(dying), 1);
    await startRunner(definition);
    await waitFor(() => attempts.length > 0, 10_000);
    expect(attempts).toEqual([0]);
  }, 40_000);
});
