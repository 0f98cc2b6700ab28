import express from 'express';
import supertest from 'supertest';
import { describe, expect, it } from 'vitest';
import { createPublicReadCache, sendPublicJson } from './public-read-cache.ts';

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

describe('a public read sent compressed', () => {
  it('compresses an answer once per encoding and sends the kept copy to the next browser', async () => {
    const cache = createPublicReadCache({ generation: () => 1, ttlMs: 5000, maxBytes: 1_000_000 });
    const items = Array.from({ length: 60 }, (_, index) => ({ title: `Vara ${index}`, index }));
    let computed = 0;
    const kept: Buffer[] = [];
    const app = express();
    app.get('/items', async (_request, response) => {
      const answer = await cache.json('items', () =>
        Promise.resolve({ items, computed: ++computed }),
      );
      await sendPublicJson(response, answer);
      if (answer.compressed?.br) kept.push(await answer.compressed.br);
    });
    const asking = (encoding: string) =>
      supertest(app)
        .get('/items')
        .set('Accept-Encoding', encoding)
        .buffer(true)
        .parse((response, done) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => done(null, Buffer.concat(chunks)));
        });

    const first = await asking('gzip, deflate, br');
    const second = await asking('br');
    expect(first.headers['content-encoding']).toBe('br');
    expect(first.headers.vary).toBe('Accept-Encoding');
    // supertest decodes what Content-Encoding names: a body that reads was sent in it.
    expect((first.body as Buffer).toString()).toBe(JSON.stringify({ items, computed: 1 }));
    expect(second.body).toEqual(first.body);
    expect(kept).toHaveLength(2);
    expect(kept[1]).toBe(kept[0]);

    const gzip = await asking('gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect((gzip.body as Buffer).toString()).toBe(JSON.stringify({ items, computed: 1 }));
    const plain = await asking('identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    // One ETag (weak) for every encoding of the same JSON.
    expect(new Set([first, gzip, plain].map((response) => response.headers.etag)).size).toBe(1);
  });
});
