import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256InSteps } from './stepwise-hash.ts';

describe('hashing an upload in steps', () => {
  it('gives the SHA-256 of the whole, for empty, small and photo-sized inputs', async () => {
    for (const bytes of [Buffer.alloc(0), randomBytes(1000), randomBytes(4_600_000)])
      expect(await sha256InSteps(bytes)).toBe(createHash('sha256').update(bytes).digest('hex'));
  });

  it('lets the event loop turn between steps: about one turn per 256 kB', async () => {
    let turns = 0;
    let isDone = false;
    const countTurns = () => {
      turns += 1;
      if (!isDone) setImmediate(countTurns);
    };
    setImmediate(countTurns);
    await sha256InSteps(randomBytes(4_600_000));
    isDone = true;
    expect(turns).toBeGreaterThanOrEqual(15);
  });
});
