import { describe, expect, it } from 'vitest';
import { createJobLimiter } from './job-limiter.ts';

function deferred() {
  let resolve: () => void = () => undefined;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

/**
 * Jobs that run until opened by name: `submit` queues one under a key, `started` lists the
 * names in the order they began, `open` lets one finish.
 */
function gatedJobs(limiter: ReturnType<typeof createJobLimiter>) {
  const started: string[] = [];
  const gates = new Map<string, ReturnType<typeof deferred>>();
  return {
    started,
    submit: (key: string, name: string) => {
      const gate = deferred();
      gates.set(name, gate);
      return limiter.run(key, async () => {
        started.push(name);
        await gate.promise;
      });
    },
    open: (name: string) => gates.get(name)?.resolve(),
  };
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
    const { started, submit, open } = gatedJobs(limiter);
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
      open(name);
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

  it('keeps a slot one key cannot take: another key starts at once while the first floods', async () => {
    const limiter = createJobLimiter({
      concurrency: 3,
      maxQueued: 16,
      maxRunningPerKey: 2,
      onFull: () => new Error('full'),
    });
    const { started, submit, open } = gatedJobs(limiter);
    const runs = ['a1', 'a2', 'a3', 'a4'].map((name) => submit('town-a', name));
    await settle();
    expect(started).toEqual(['a1', 'a2']);
    expect([limiter.running, limiter.queued]).toEqual([2, 2]);
    runs.push(submit('town-b', 'b1'));
    await settle();
    expect(started).toEqual(['a1', 'a2', 'b1']);
    // b's slot, freed, is not for town-a, which still runs two.
    open('b1');
    await settle();
    expect([limiter.running, limiter.queued]).toEqual([2, 2]);
    open('a1');
    await settle();
    expect(started).toEqual(['a1', 'a2', 'b1', 'a3']);
    for (const name of ['a2', 'a3', 'a4']) {
      open(name);
      await settle();
    }
    await Promise.all(runs);
    expect(started).toEqual(['a1', 'a2', 'b1', 'a3', 'a4']);
    expect([limiter.running, limiter.queued]).toEqual([0, 0]);
  });

  it('lowers the cap of a key with a queue while another key has started a job lately, and raises it after', async () => {
    let clock = 0;
    const limiter = createJobLimiter({
      concurrency: 3,
      maxQueued: 16,
      maxRunningPerKey: 2,
      whenShared: { maxRunningPerKey: 1, withinMs: 1000, now: () => clock },
      onFull: () => new Error('full'),
    });
    const { started, submit, open } = gatedJobs(limiter);
    const finish = async (name: string) => {
      open(name);
      await settle();
    };
    const runs = ['a1', 'a2', 'a3', 'a4'].map((name) => submit('town-a', name));
    await settle();
    expect(started).toEqual(['a1', 'a2']);
    runs.push(submit('town-b', 'b1'));
    await settle();
    await finish('b1');
    // town-b read within the last second: town-a, at two, is not refilled to two.
    await finish('a1');
    expect(started).toEqual(['a1', 'a2', 'b1']);
    expect([limiter.running, limiter.queued]).toEqual([1, 2]);
    // A key without a queue of its own keeps the full cap: two of town-b's at once.
    const neighbours = [submit('town-b', 'b2'), submit('town-b', 'b3')];
    await settle();
    expect(started.slice(-2)).toEqual(['b2', 'b3']);
    expect(limiter.running).toBe(3);
    await finish('b2');
    await finish('b3');
    await Promise.all(neighbours);
    expect(limiter.running).toBe(1);
    await finish('a2');
    expect(started.at(-1)).toBe('a3');
    expect(limiter.running).toBe(1);
    // A second later town-a is alone again and may run two at once.
    clock = 1500;
    await finish('a3');
    expect(started.at(-1)).toBe('a4');
    runs.push(submit('town-a', 'a5'));
    await settle();
    expect(started.at(-1)).toBe('a5');
    expect(limiter.running).toBe(2);
    await finish('a4');
    await finish('a5');
    await Promise.all(runs);
    expect([limiter.running, limiter.queued]).toEqual([0, 0]);
  });
});
