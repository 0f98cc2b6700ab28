import { describe, expect, it } from 'vitest';
import { createJobLimiter } from './job-limiter.ts';

function deferred() {
  let resolve: () => void = () => undefined;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

describe('the job limiter', () => {
  it('runs at most `concurrency` jobs, queues the next ones in order, refuses beyond the queue', async () => {
    const limiter = createJobLimiter({
      concurrency: 2,
      maxQueued: 1,
      onFull: () => new Error('full'),
    });
    const gates = [deferred(), deferred(), deferred()];
    const order: number[] = [];
    const runs = gates.map((gate, index) =>
      limiter.run(async () => {
        order.push(index);
        await gate.promise;
        return index;
      }),
    );
    await Promise.resolve();
    expect([limiter.running, limiter.queued]).toEqual([2, 1]);
    await expect(limiter.run(() => Promise.resolve(9))).rejects.toThrow('full');
    gates[0]?.resolve();
    gates[1]?.resolve();
    gates[2]?.resolve();
    expect(await Promise.all(runs)).toEqual([0, 1, 2]);
    expect(order).toEqual([0, 1, 2]);
    expect([limiter.running, limiter.queued]).toEqual([0, 0]);
  });

  it('frees the slot when a job fails', async () => {
    const limiter = createJobLimiter({
      concurrency: 1,
      maxQueued: 0,
      onFull: () => new Error('full'),
    });
    await expect(limiter.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await limiter.run(() => Promise.resolve('next'))).toBe('next');
  });
});
