import { promisify } from 'node:util';
import zlib from 'node:zlib';
import type { Response } from 'express';
import { LRUCache } from 'lru-cache';
import { answerIsPublic } from './cache-policy.ts';
import { compressFromBytes } from './compress-responses.ts';
import { JsonText } from './json-text.ts';

/**
 * The serialized JSON of public reads (listings, search, facets, product pages), and the
 * storefront's pages rendered on the server (rendered-pages.ts), which are the same for every
 * visitor and far more often read than changed. An entry is filed under
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
  const cache = new LRUCache<string, PublicJson, () => Promise<PublicJson>>({
    maxSize: options.maxBytes,
    // Room for the compressed copies kept beside the JSON (about a fifth of it each).
    sizeCalculation: (answer, key) => Math.ceil(answer.body.length * 1.5) + key.length,
    ttl: options.ttlMs,
    // A read still being computed when a flood of newer answers pushes its entry out is
    // answered all the same: without this lru-cache rejects it ("evicted"), a 500 (decision 0053).
    ignoreFetchAbort: true,
    fetchMethod: (_key, _stale, { context }) => context(),
  });

  /** `make()`'s answer, from the cache when it was made after the last write. */
  async function kept<Answer extends PublicJson>(
    key: string,
    make: () => Promise<Answer>,
  ): Promise<Answer> {
    const generation = options.generation();
    if (generation === null) return make();
    // Entries are filed by what made them: a key is one kind of answer.
    const answer = (await cache.fetch(`${generation}|${key}`, { context: make })) as
      Answer | undefined;
    // fetch only resolves undefined when the fetch method does; ours always returns one.
    return answer ?? make();
  }

  return {
    /**
     * The JSON of `compute()` (sent as it is when already `JsonText`), from the cache when it
     * was computed after the last write.
     * `key` must hold everything the answer depends on (path, query, day).
     */
    json: (key: string, compute: () => Promise<unknown>): Promise<PublicJson> =>
      kept(key, async () => publicJsonOf(await compute())),
    /**
     * An answer already made into bytes (a page rendered on the server), kept the same way
     * under `key`, which must hold everything it depends on and not be a `json` key.
     */
    kept,
    get entries() {
      return cache.size;
    },
  };
}

export type PublicReadCache = ReturnType<typeof createPublicReadCache>;

/**
 * A public read's JSON as the bytes it is sent as, and once sent, the ETag Express gave
 * them and the compressed copies browsers asked for: a cached answer sent again skips
 * encoding, hashing and compressing its body (a SHA-1 of 12 kB was a twentieth of a cached
 * listing's CPU, decision 0053; compressing it again for every visitor cost more).
 */
export type PublicJson = {
  body: Buffer;
  etag: string | null;
  /** Each encoding's bytes, or their compression while it runs (shared by the browsers waiting). */
  compressed?: Partial<Record<ContentEncoding, Promise<Buffer>>>;
};

type ContentEncoding = 'br' | 'gzip';

function publicJsonOf(value: unknown): PublicJson {
  const text = value instanceof JsonText ? value.text : JSON.stringify(value);
  return { body: Buffer.from(text), etag: null };
}

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/**
 * The body compressed as the compression middleware would (brotli at quality 4, gzip at its
 * default level), so an answer's bytes are the same whether or not it came from the cache;
 * on libuv's threads, as the middleware's streams are, beside the event loop.
 */
function compress(body: Buffer, encoding: ContentEncoding): Promise<Buffer> {
  return encoding === 'br'
    ? brotli(body, {
        params: {
          [zlib.constants.BROTLI_PARAM_QUALITY]: 4,
          [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
          [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length,
        },
      })
    : gzip(body);
}

/** Brotli when the browser takes it, else gzip, else none (as the middleware prefers). */
function encodingFor(response: Response): ContentEncoding | null {
  const accepted = response.req.acceptsEncodings();
  if (accepted.includes('br')) return 'br';
  if (accepted.includes('gzip')) return 'gzip';
  return null;
}

/**
 * Sends a public read's JSON as `response.json` would send the value it came from, with the
 * same ETag (weak: one for every encoding), as an answer any cache may keep (cache-policy.ts):
 * the one way a public read is answered.
 */
export async function sendPublicJson(response: Response, answer: PublicJson): Promise<void> {
  answerIsPublic(response);
  response.type('application/json');
  await sendKeptBytes(response, answer);
}

/**
 * Sends a kept answer's bytes (its type already set) with its ETag, computed once, and
 * compressed here from the copy kept with it when there is one; the compression middleware
 * leaves an encoded answer alone.
 */
export async function sendKeptBytes(response: Response, answer: PublicJson): Promise<void> {
  const etagOf = response.app.get('etag fn') as ((body: Buffer) => string) | undefined;
  if (etagOf) answer.etag ??= etagOf(answer.body);
  if (answer.etag) response.setHeader('ETag', answer.etag);
  if (answer.body.length < compressFromBytes) {
    response.send(answer.body);
    return;
  }
  response.vary('Accept-Encoding');
  const encoding = encodingFor(response);
  if (!encoding) {
    response.send(answer.body);
    return;
  }
  answer.compressed ??= {};
  const compressing = (answer.compressed[encoding] ??= compress(answer.body, encoding));
  let bytes: Buffer;
  try {
    bytes = await compressing;
  } catch (error) {
    // Not kept: the next browser's answer is compressed anew.
    answer.compressed[encoding] = undefined;
    throw error;
  }
  response.setHeader('Content-Encoding', encoding);
  response.send(bytes);
}
