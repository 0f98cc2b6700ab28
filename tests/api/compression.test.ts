import type supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withStatementCount } from './support/statements.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const listing = '/api/v1/municipalities/arjeplog/products?limit=48';

/** supertest decodes what the header names, so a body that parses was sent in that encoding. */
function asking(encoding: string, url = listing): supertest.Test {
  return t.agent().get(url).set('Accept-Encoding', encoding);
}

describe('API answers are compressed for browsers that take it', () => {
  it('sends a listing in brotli to a browser that takes brotli, and the same JSON as uncompressed', async () => {
    const plain = await asking('identity');
    expect(plain.status).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();

    const brotli = await asking('gzip, deflate, br');
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotli.headers.vary).toMatch(/Accept-Encoding/i);
    expect(brotli.body).toEqual(plain.body);
  });

  it('sends gzip to a browser that takes only gzip', async () => {
    const response = await asking('gzip');
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(response.body).toMatchObject({ items: expect.any(Array) as unknown[] });
  });

  it('answers a repeated public read from the cache, compressed, without SQL', async () => {
    const url = '/api/v1/products?limit=24';
    const first = await asking('br', url);
    expect(first.status).toBe(200);
    expect(first.headers['content-encoding']).toBe('br');
    const { result: again, statements } = await withStatementCount(t, () => asking('br', url));
    expect(statements).toBe(0);
    expect(again.headers['content-encoding']).toBe('br');
    expect(again.body).toEqual(first.body);
  });

  it('answers 304 with no body when the ETag still matches, compressed or not', async () => {
    const first = await asking('br');
    const etag: unknown = first.headers.etag;
    if (typeof etag !== 'string') throw new Error('the listing has no ETag');
    for (const encoding of ['br', 'gzip', 'identity']) {
      const again = await asking(encoding).set('If-None-Match', etag);
      expect(again.status).toBe(304);
      expect(again.text).toBeFalsy();
    }
  });

  it('leaves small answers uncompressed', async () => {
    const response = await t.agent().get('/api/health').set('Accept-Encoding', 'br');
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBeUndefined();
  });
});
