import { describe, expect, it } from 'vitest';
import { createJobLimiter } from '../../integrations/job-limiter.ts';
import { fairReadLimits } from './fair-read-limits.ts';

/** Reads that run until opened by name, under a municipality's key. */
function gatedReads(limiter: ReturnType<typeof createJobLimiter>) {
  const started: string[] = [];
  const gates = new Map<string, () => void>();
  return {
    started,
    submit: (key: string, name: string) =>
      limiter.run(key, async () => {
        started.push(name);
        await new Promise<void>((resolve) => gates.set(name, resolve));
      }),
    open: (name: string) => gates.get(name)?.(),
  };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('the fair reads of public listings', () => {
  it('leave a flooded municipality one read per core but one while another reads, on PostgreSQL too', async () => {
    // Two cores: four reads for a municipality alone, one while a neighbour reads (decision 0053).
    const limiter = createJobLimiter({
      ...fairReadLimits('postgres', 2),
      maxQueued: 100,
      onFull: () => new Error('full'),
    });
    const reads = gatedReads(limiter);
    const flood = Array.from({ length: 6 }, (_, index) => reads.submit('flood', `f${index}`));
    await settle();
    expect(reads.started).toEqual(['f0', 'f1', 'f2', 'f3']);
    const neighbour = reads.submit('neighbour', 'n0');
    await settle();
    expect(reads.started.at(-1)).toBe('n0');
    // Three of the flood's four reads end: while the neighbour reads, the flood keeps one.
    for (const name of ['f0', 'f1', 'f2']) reads.open(name);
    await settle();
    expect(reads.started).toHaveLength(5);
    reads.open('f3');
    await settle();
    expect(reads.started.at(-1)).toBe('f4');
    expect(limiter.running).toBe(2);
    for (const name of ['n0', 'f4', 'f5']) {
      reads.open(name);
      await settle();
    }
    await Promise.all([...flood, neighbour]);
    expect(reads.started).toEqual(['f0', 'f1', 'f2', 'f3', 'n0', 'f4', 'f5']);
  });

  it('keep the same shares on SQLite, one read per core, and scale with the cores', () => {
    expect(fairReadLimits('sqlite', 2)).toMatchObject({
      concurrency: 3,
      maxRunningPerKey: 2,
      whenShared: { maxRunningPerKey: 1 },
    });
    expect(fairReadLimits('postgres', 8)).toMatchObject({
      concurrency: 17,
      maxRunningPerKey: 16,
      whenShared: { maxRunningPerKey: 7 },
    });
  });
});
