import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { createInProcessRunner } from './in-process-runner.ts';
import { backoffSeconds } from './jobs.port.ts';

const logger = pino({ level: 'silent' });
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the in-process job runner', () => {
  it('runs a cron job once per period of its clock, and not between', async () => {
    let now = Date.UTC(2026, 11, 6, 9, 0, 30);
    const runs: number[] = [];
    const runner = createInProcessRunner({ logger, pollMs: 10, now: () => now });
    runner.register({
      name: 'each-minute',
      schedule: { cron: '* * * * *' },
      run: () => {
        runs.push(now);
        return Promise.resolve();
      },
    });
    await runner.start();
    await wait(50);
    expect(runs).toHaveLength(0);
    now += 31_000; // 09:01:01
    await wait(50);
    expect(runs).toHaveLength(1);
    now += 20_000; // 09:01:21, the same minute
    await wait(50);
    expect(runs).toHaveLength(1);
    now += 60_000; // 09:02:21
    await wait(50);
    expect(runs).toHaveLength(2);
    await runner.stop({ timeoutMs: 100 });
  });

  it('keeps a failed job in dead letters after its last retry', async () => {
    const runner = createInProcessRunner({ logger, pollMs: 10 });
    runner.register({
      name: 'broken',
      retryLimit: 1,
      retryDelaySeconds: 0.05,
      run: () => Promise.reject(new Error('no such shop')),
    });
    await runner.start();
    await runner.enqueue('broken', { shopId: 's-1' });
    await wait(300);
    expect(runner.deadLetters('broken')).toMatchObject([
      { name: 'broken', attempt: 1, data: { shopId: 's-1' }, error: 'no such shop' },
    ]);
    expect(await runner.counts()).toEqual([
      { name: 'broken', queued: 0, active: 0, deadLettered: 1 },
    ]);
    await runner.stop({ timeoutMs: 100 });
  });

  it('gives up waiting for a job in hand at the time limit of a stop, and aborts it', async () => {
    const runner = createInProcessRunner({ logger, pollMs: 10 });
    let aborted = false;
    runner.register({
      name: 'endless',
      run: (_data, context) =>
        new Promise((resolve) =>
          context.signal.addEventListener('abort', () => {
            aborted = true;
            resolve(undefined);
          }),
        ),
    });
    await runner.start();
    await runner.enqueue('endless');
    await wait(50);
    const started = Date.now();
    await runner.stop({ timeoutMs: 200 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
    expect(aborted).toBe(true);
  });

  it('doubles the delay between retries, up to an hour', () => {
    expect([1, 2, 3, 4].map((retry) => backoffSeconds(5, retry))).toEqual([5, 10, 20, 40]);
    expect(backoffSeconds(5, 30)).toBe(3600);
  });
});
