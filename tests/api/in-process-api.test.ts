import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInProcessApi } from '../../server/src/http/in-process-api.ts';
import { withStatementCount } from './support/statements.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

// How the server's render of storefront pages reads the API (decision 0051): no socket.
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const read = (path: string) =>
  createInProcessApi(t.app)(path, {
    method: 'GET',
    headers: { accept: 'application/json' },
    signal: null,
  });

describe('the API answered in-process', () => {
  it('answers a public read as a browser gets it, and a repeated one from the cache without SQL', async () => {
    const path = '/api/v1/municipalities/arjeplog/products?limit=12';
    const first = await read(path);
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toMatch(/^application\/json/);
    expect(first.headers.get('content-encoding')).toBeNull();
    const listing = (await first.json()) as { items: unknown[] };
    expect(listing.items.length).toBeGreaterThan(0);

    const { result: again, statements } = await withStatementCount(t, () => read(path));
    expect(statements).toBe(0);
    expect(await again.json()).toEqual(listing);
  });

  it('answers what does not exist with the problem a browser gets', async () => {
    const response = await read('/api/v1/municipalities/ingen-sadan-kommun');
    expect(response.status).toBe(404);
    expect(((await response.json()) as { code: string }).code).toBe('not_found');
  });

  it('refuses anything but a read before it reaches the app', async () => {
    await expect(
      createInProcessApi(t.app)('/api/v1/basket/items', {
        method: 'POST',
        headers: {},
        signal: null,
      }),
    ).rejects.toThrow(/only read/);
  });

  it('stops a read whose render was abandoned', async () => {
    const aborted = AbortSignal.abort();
    await expect(
      createInProcessApi(t.app)('/api/v1/municipalities', {
        method: 'GET',
        headers: {},
        signal: aborted,
      }),
    ).rejects.toThrow();
  });
});
