import { describe, expect, it } from 'vitest';
import { createJobLimiter } from './job-limiter.ts';

function deferred() {
  let resolve: () => void = () => undefined;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

/** Lets every settled promise's callbacks run. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

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
      limiter.run('shop-a', async () => {
        order.push(index);
        await gate.promise;
        return index;
      }),
    );
    await Promise.resolve();
    expect([limiter.running, limiter.queued]).toEqual([2, 1]);
    await expect(limiter.run('shop-b', () => Promise.resolve(9))).rejects.toThrow('full');
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
    await expect(limiter.run('a', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await limiter.run('a', () => Promise.resolve('next'))).toBe('next');
  });

  it('gives a freed slot to the keys in turn: one shop’s queue holds another’s upload back by one job', async () => {
    const limiter = createJobLimiter({
      concurrency: 1,
      maxQueued: 16,
      onFull: () => new Error('full'),
    });
    const started: string[] = [];
    const gates = new Map<string, ReturnType<typeof deferred>>();
    const submit = (key: string, name: string) => {
      const gate = deferred();
      gates.set(name, gate);
      return limiter.run(key, async () => {
        started.push(name);
        await gate.promise;
      });
    };
    const runs = [
      submit('shop-a', 'a1'),
      submit('shop-a', 'a2'),
      submit('shop-a', 'a3'),
      submit('shop-a', 'a4'),
      submit('shop-b', 'b1'),
      submit('shop-c', 'c1'),
      submit('shop-b', 'b2'),
    ];
    for (const name of ['a1', 'b1', 'c1', 'a2', 'b2', 'a3', 'a4']) {
      await settle();
      expect(started.at(-1)).toBe(name);
      gates.get(name)?.resolve();
    }
    await Promise.all(runs);
    expect(started).toEqual(['a1', 'b1', 'c1', 'a2', 'b2', 'a3', 'a4']);
  });

  it('refuses a key beyond its share of the queue while other keys still get a place', async () => {
    const limiter = createJobLimiter({
      concurrency: 1,
      maxQueued: 8,
      maxQueuedPerKey: 2,
      onFull: () => new Error('full'),
    });
    const gate = deferred();
    const runs = [1, 2, 3].map(() => limiter.run('shop-a', () => gate.promise));
    await expect(limiter.run('shop-a', () => gate.promise)).rejects.toThrow('full');
    const other = limiter.run('shop-b', () => Promise.resolve('b'));
    expect([limiter.running, limiter.queued]).toEqual([1, 3]);
    gate.resolve();
    await Promise.all(runs);
    expect(await other).toBe('b');
  });
});
