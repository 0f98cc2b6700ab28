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
  const cache = new LRUCache<string, PublicJson, () => Promise<unknown>>({
    maxSize: options.maxBytes,
    sizeCalculation: (answer, key) => answer.body.length + key.length,
    ttl: options.ttlMs,
    // A read still being computed when a flood of newer answers pushes its entry out is
    // answered all the same: without this lru-cache rejects it ("evicted"), a 500 (decision 0053).
    ignoreFetchAbort: true,
    fetchMethod: async (_key, _stale, { context }) => publicJsonOf(await context()),
  });

  return {
    /**
     * The JSON of `compute()`, from the cache when it was computed after the last write.
     * `key` must hold everything the answer depends on (path, query, day).
     */
    async json(key: string, compute: () => Promise<unknown>): Promise<PublicJson> {
      const generation = options.generation();
      if (generation === null) return publicJsonOf(await compute());
      const answer = await cache.fetch(`${generation}|${key}`, { context: compute });
      // fetch only resolves undefined when the fetch method does; ours always returns one.
      return answer ?? publicJsonOf(await compute());
    },
    get entries() {
      return cache.size;
    },
  };
}

export type PublicReadCache = ReturnType<typeof createPublicReadCache>;

/**
 * A public read's JSON as the bytes it is sent as, and once sent, the ETag Express gave
 * them: a cached answer sent again skips encoding and hashing its body (a SHA-1 of 12 kB was
 * a twentieth of a cached listing's CPU, decision 0053).
 */
export type PublicJson = { body: Buffer; etag: string | null };

function publicJsonOf(value: unknown): PublicJson {
  return { body: Buffer.from(JSON.stringify(value)), etag: null };
}

/**
 * Sends a public read's JSON as `response.json` would send the value it came from, with the
 * same ETag, as an answer any cache may keep (cache-policy.ts): the one way a public read is
 * answered.
 */
export function sendPublicJson(response: Response, answer: PublicJson) {
  answerIsPublic(response);
  const etagOf = response.app.get('etag fn') as ((body: Buffer) => string) | undefined;
  if (etagOf) answer.etag ??= etagOf(answer.body);
  if (answer.etag) response.setHeader('ETag', answer.etag);
  response.type('application/json').send(answer.body);
}
