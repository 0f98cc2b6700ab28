import { describe, expect, it } from 'vitest';
import { createPublicReadCache } from './public-read-cache.ts';

describe('the public read cache', () => {
  it('answers a read whose entry was pushed out of the cache while it was being computed', async () => {
    const cache = createPublicReadCache({ generation: () => 1, ttlMs: 5000, maxBytes: 200 });
    let finishSlow: (value: unknown) => void = () => undefined;
    const slow = cache.json('slow', () => new Promise((resolve) => (finishSlow = resolve)));
    // Newer answers fill the cache meanwhile (a flood of new questions), evicting the oldest.
    for (let index = 0; index < 10; index++)
      await cache.json(`quick-${index}`, () => Promise.resolve({ text: 'x'.repeat(40), index }));
    finishSlow({ items: ['slow'] });
    expect((await slow).body.toString()).toBe('{"items":["slow"]}');
  });
});
