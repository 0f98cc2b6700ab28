import type { Response } from 'express';
import { LRUCache } from 'lru-cache';
import { answerIsPublic } from './cache-policy.ts';

/**
 * The serialized JSON of public reads (listings, search, facets, product pages), which are
 * the same for every visitor and far more often read than changed. An entry is filed under
 * the write generation it was computed in (server/src/db/write-generation.ts), so any write
 * makes every older entry unreachable, another app server's included (write-notices.ts,
 * decision 0049); the time limit is a safety net for what may still go unseen. A null
 * generation means this process cannot tell (it does not hear the other app servers): then
 * every read is computed. Concurrent misses of one key share one computation, so a burst of
 * residents on a new page costs one query.
 */
export function createPublicReadCache(options: {
  generation: () => number | null;
  ttlMs: number;
  maxBytes: number;
}) {
  const cache = new LRUCache<string, string, () => Promise<unknown>>({
    maxSize: options.maxBytes,
    sizeCalculation: (text, key) => text.length + key.length,
    ttl: options.ttlMs,
    fetchMethod: async (_key, _stale, { context }) => JSON.stringify(await context()),
  });

  return {
    /**
     * The JSON text of `compute()`, from the cache when it was computed after the last write.
     * `key` must hold everything the answer depends on (path, query, day).
     */
    async json(key: string, compute: () => Promise<unknown>): Promise<string> {
      const generation = options.generation();
      if (generation === null) return JSON.stringify(await compute());
      const text = await cache.fetch(`${generation}|${key}`, { context: compute });
      // fetch only resolves undefined when the fetch method does; ours always returns text.
      return text ?? JSON.stringify(await compute());
    },
    get entries() {
      return cache.size;
    },
  };
}

export type PublicReadCache = ReturnType<typeof createPublicReadCache>;

/**
 * Sends a public read's JSON text as `response.json` would send the value it came from, as
 * an answer any cache may keep (cache-policy.ts): the one way a public read is answered.
 */
export function sendJsonText(response: Response, text: string) {
  answerIsPublic(response);
  response.type('application/json').send(text);
}
