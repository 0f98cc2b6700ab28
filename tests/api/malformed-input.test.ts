import type supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPublishedShop, goodBody } from './support/factories.ts';
import { badCursors, badMultipartBodies } from './support/malformed-input.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

// The kinds of malformed input that were a 500 (issue 12, items 4, 5 and 7), each named.
// tests/api/api-fuzz.test.ts sends the same kinds to every route.

let t: TestApp;
let shopId: string;
let productId: string;
let owner: supertest.Agent;
let resident: supertest.Agent;
let admin: supertest.Agent;
beforeAll(async () => {
  t = await createTestApp();
  const shop = await createPublishedShop(t);
  shopId = shop.id;
  owner = await t.loginAs(shop.ownerEmail);
  const created = await owner.post(`/api/v1/shops/${shopId}/products`).send(goodBody());
  productId = created.body.product.id as string;
  resident = await t.loginAs('boende@arjeplog.example.se');
  admin = await t.loginAs('kommun@arjeplog.example.se');
});
afterAll(() => t.close());

function expectRefused(response: supertest.Response, field: string, fieldCode: string) {
  expect([response.status, response.body.code]).toEqual([400, 'validation_failed']);
  expect(response.headers['content-type']).toContain('application/problem+json');
  expect(response.body.errors).toEqual([expect.objectContaining({ field, code: fieldCode })]);
}

describe('NUL characters', () => {
  it('are refused with 400 in a path parameter, public or personal', async () => {
    expectRefused(await t.agent().get('/api/v1/municipalities/%00'), 'url', 'nul_character');
    expectRefused(await owner.get(`/api/v1/shops/${shopId}/orders/a%00b`), 'url', 'nul_character');
    expectRefused(await admin.get('/api/v1/admin/service-points/%00'), 'url', 'nul_character');
  });

  it('are refused with 400 in a query string', async () => {
    expectRefused(await t.agent().get('/api/v1/products?q=mj%00lk'), 'url', 'nul_character');
    expectRefused(
      await owner.get(`/api/v1/shops/${shopId}/orders?status=%00`),
      'url',
      'nul_character',
    );
  });

  it('are refused with 400 in a JSON string or key, naming where', async () => {
    const login = await t
      .agent()
      .post('/api/v1/auth/login')
      .send({ email: 'boende@arjeplog.example.se\u0000', password: 'x' });
    expectRefused(login, 'email', 'nul_character');
    const nested = await owner
      .patch(`/api/v1/shops/${shopId}/products/${productId}`)
      .send({ title: { sv: 'Mjölk\u0000' } });
    expectRefused(nested, 'title.sv', 'nul_character');
    const key = await owner
      .patch(`/api/v1/shops/${shopId}/products/${productId}`)
      .set('Content-Type', 'application/json')
      .send('{"ti\\u0000tle": "x"}');
    expectRefused(key, 'ti\\0tle', 'nul_character');
  });
});

describe('cursors we did not make', () => {
  it('are a 400 invalid_cursor on every listing that takes a cursor', async () => {
    const listings: [supertest.Agent, string][] = [
      [t.agent(), '/api/v1/products'],
      [t.agent(), '/api/v1/products?q=mj%C3%B6lk&sort=relevance'],
      [t.agent(), '/api/v1/municipalities/arjeplog/products'],
      [owner, `/api/v1/shops/${shopId}/products`],
      [owner, `/api/v1/shops/${shopId}/orders`],
      [resident, '/api/v1/me/checkouts'],
      [admin, '/api/v1/admin/municipalities/arjeplog/orders'],
    ];
    const outcomes: string[] = [];
    for (const [agent, path] of listings)
      for (const [name, cursor] of Object.entries(badCursors)) {
        const response = await agent.get(
          `${path}${path.includes('?') ? '&' : '?'}cursor=${encodeURIComponent(cursor)}`,
        );
        const fieldCode = (response.body.errors as { code: string }[] | undefined)?.[0]?.code;
        if (response.status !== 400 || fieldCode !== 'invalid_cursor')
          outcomes.push(`${path} with ${name}: ${response.status} ${response.body.code}`);
      }
    expect(outcomes).toEqual([]);
  });
});

describe('multipart bodies that are cut short or broken', () => {
  it('are a 400 on all five upload routes, never a 500', async () => {
    const uploads: [supertest.Agent, string][] = [
      [owner, `/api/v1/shops/${shopId}/products/${productId}/images`],
      [owner, `/api/v1/shops/${shopId}/logo`],
      [owner, `/api/v1/shops/${shopId}/cover`],
      [owner, `/api/v1/shops/${shopId}/catalogue-imports`],
      [admin, '/api/v1/admin/municipalities/arjeplog/logo'],
    ];
    const outcomes: string[] = [];
    for (const [agent, path] of uploads)
      for (const body of badMultipartBodies) {
        const response = await agent
          .post(path)
          .set('Content-Type', body.contentType)
          .send(body.body);
        if (response.status !== 400 || response.body.code !== 'validation_failed')
          outcomes.push(`${path} with ${body.name}: ${response.status} ${response.body.code}`);
      }
    expect(outcomes).toEqual([]);
  });
});
