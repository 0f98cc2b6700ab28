import { createHash } from 'node:crypto';
import type supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  knownParamValues,
  loginWithEveryRole,
  pathOf,
  routesOf,
  type KnownParams,
} from './support/routes.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

// Personal answers carried no Cache-Control, so a shared cache or the browser's disk could
// keep a resident's orders or a shop's sales (issue 12, item 11). Every API answer is now
// `private, no-store` with `Vary: Cookie`, except the public reads the public read cache
// sends, which are the same for everyone (decision 0024).

let t: TestApp;
let known: KnownParams;
let everyone: supertest.Agent;
beforeAll(async () => {
  t = await createTestApp();
  known = await knownParamValues(t);
  everyone = await loginWithEveryRole(t, t.agent(), known);
  // An order of their own, so the order pages answer 200 rather than 404.
  const added = await everyone
    .post('/api/v1/basket/items')
    .send({ productId: known.productId, variantId: known.variantId, quantity: 1 });
  expect(added.status).toBe(201);
  const placed = await everyone.post('/api/v1/checkout').send({
    contact: { name: 'Every Role', email: 'every.role@example.se', phone: '070-123 45 67' },
    fulfilments: [{ shopId: known.shopId, method: 'pickup_in_shop' }],
    payment: 'pay_at_pickup',
  });
  expect(placed.status).toBe(201);
  known.checkoutId = placed.body.checkout.id as string;
  known.orderId = placed.body.checkout.orders[0].id as string;
});

/** Queries a route needs to answer 200. */
const queryOf: Record<string, string> = {
  '/api/v1/shops/:shopId/sales': '?from=2026-11-01&to=2026-11-30',
  '/api/v1/shops/:shopId/sales.csv': '?from=2026-11-01&to=2026-11-30',
  '/api/v1/shops/:shopId/households': '?q=Signe',
  '/api/v1/admin/municipalities/:slug/households': '?status=applied',
  '/api/v1/admin/municipalities/:slug/statistics': '?from=2026-11-01&to=2026-11-30',
  '/api/v1/admin/municipalities/:slug/statistics.csv': '?from=2026-11-01&to=2026-11-30',
  '/api/v1/admin/region/statistics': '?from=2026-11-01&to=2026-11-30',
  '/api/v1/admin/region/statistics.csv': '?from=2026-11-01&to=2026-11-30',
  '/api/v1/shops/:shopId/statistics': '?from=2026-11-01&to=2026-11-30',
};
afterAll(() => t.close());

const personalPolicy = 'private, no-store';
const publicPolicy = 'public, no-cache';

function varyOf(response: supertest.Response): string[] {
  return (response.headers.vary ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
}

describe('Cache-Control of API answers', () => {
  it('says private, no-store and Vary: Cookie on every GET route but the public reads, walked from the router', async () => {
    const personal: string[] = [];
    const publicReads: string[] = [];
    const wrong: string[] = [];
    let answered = 0;
    const notAnswered: string[] = [];
    const reads = routesOf(t.app).filter((candidate) => candidate.method === 'GET');
    for (const route of reads) {
      const path = pathOf(route, known) + (queryOf[route.path] ?? '');
      const response = await everyone.get(path);
      if (response.status === 200) answered += 1;
      else notAnswered.push(route.path);
      const policy = response.headers['cache-control'];
      if (policy === personalPolicy && varyOf(response).includes('cookie')) {
        personal.push(route.path);
        continue;
      }
      if (policy !== publicPolicy) {
        wrong.push(
          `${route.path}: ${response.status} ${String(policy)} vary ${varyOf(response).join()}`,
        );
        continue;
      }
      // A public answer must not depend on who asks: the same for a stranger.
      const stranger = await t.agent().get(path);
      if (stranger.text !== response.text || varyOf(response).includes('cookie'))
        wrong.push(`${route.path}: public but not the same for everyone`);
      publicReads.push(route.path);
    }
    expect(wrong).toEqual([]);
    // Walked as answers, not as errors, but for these: an import and an invitation nobody
    // has, payments this installation has not configured, a carrier's day, monthly
    // reports and what of its month it may correct (nobody here drives for a carrier), delivery notes (nobody here ordered home
    // delivery), a submitted report's PDF (none is submitted) and whom a claim's household
    // reference stands for (no report is approved, so no claim has households).
    expect(notAnswered.sort()).toEqual(
      [
        '/api/v1/shops/:shopId/catalogue-imports/:importId',
        '/api/v1/invitations/:token',
        '/api/v1/shops/:shopId/payments',
        '/api/v1/carriers/:slug/deliveries',
        '/api/v1/carriers/:slug/reports/:month',
        '/api/v1/carriers/:slug/reports/:month/report.csv',
        '/api/v1/carriers/:slug/reports/:month/report.pdf',
        '/api/v1/carriers/:slug/reports/:month/correctable',
        '/api/v1/admin/municipalities/:slug/carrier-reports/:id/report.pdf',
        '/api/v1/admin/municipalities/:slug/subsidy-claims/:year/households/:reference',
        '/api/v1/shops/:shopId/deliveries/:orderId/note',
        '/api/v1/shops/:shopId/deliveries/:orderId/note.pdf',
      ].sort(),
    );
    expect(answered).toBe(reads.length - notAnswered.length);
    expect(personal).toEqual(
      expect.arrayContaining([
        '/api/v1/me',
        '/api/v1/basket',
        '/api/v1/me/checkouts',
        '/api/v1/checkouts/:id',
        '/api/v1/shops/:shopId/orders',
        '/api/v1/shops/:shopId/orders/:orderId',
        '/api/v1/shops/:shopId/products',
        '/api/v1/shops/:shopId/sales',
        '/api/v1/shops/:shopId/sales.csv',
        '/api/v1/shops/:shopId/pick-list',
        '/api/v1/admin/municipalities/:slug',
        '/api/v1/admin/municipalities/:slug/orders',
        '/api/v1/service-points/:id/parcels',
      ]),
    );
    expect(publicReads.sort()).toEqual(
      [
        '/api/v1/municipalities/:slug/product-facets',
        '/api/v1/municipalities/:slug/products',
        '/api/v1/product-facets',
        '/api/v1/products',
        '/api/v1/products/:id',
      ].sort(),
    );
  });

  it('says private, no-store on answers that set the session cookie and on errors', async () => {
    const login = await t
      .agent()
      .post('/api/v1/auth/login')
      .send({ email: 'boende@arjeplog.example.se', password: 'galleria-demo' });
    expect(login.headers['set-cookie']).toBeDefined();
    expect(login.headers['cache-control']).toBe(personalPolicy);
    const refused = await t.agent().get('/api/v1/me');
    expect([refused.status, refused.headers['cache-control']]).toEqual([401, personalPolicy]);
    const badListing = await t.agent().get('/api/v1/products?cursor=x');
    expect([badListing.status, badListing.headers['cache-control']]).toEqual([400, personalPolicy]);
  });

  it('lets a browser revalidate a public read it kept: 304 while nothing changed', async () => {
    const first = await t.agent().get('/api/v1/municipalities/arjeplog/products');
    expect(first.headers.etag).toBeDefined();
    const again = await t
      .agent()
      .get('/api/v1/municipalities/arjeplog/products')
      .set('If-None-Match', String(first.headers.etag));
    expect(again.status).toBe(304);
  });

  it('sends a cached public read with the ETag Express makes of its body, the same each time', async () => {
    const path = '/api/v1/municipalities/arjeplog/products?limit=3';
    const first = await t.agent().get(path);
    const cached = await t.agent().get(path);
    // Express's weak ETag: the body's length in hex and the start of its SHA-1 (etag package).
    const hash = createHash('sha1').update(first.text, 'utf8').digest('base64').slice(0, 27);
    const expected = `W/"${Buffer.byteLength(first.text).toString(16)}-${hash}"`;
    expect([first.headers.etag, cached.headers.etag]).toEqual([expected, expected]);
    expect(cached.text).toBe(first.text);
    expect(cached.headers['content-type']).toBe('application/json; charset=utf-8');
  });
});
