import type supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPublishedShop, goodBody, type ShopFixture } from './support/factories.ts';
import { withStatementCount as countStatements } from './support/statements.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

let t: TestApp;
let shop: ShopFixture;
let staff: supertest.Agent;
let productId: string;

beforeAll(async () => {
  t = await createTestApp();
  shop = await createPublishedShop(t, { name: 'Cachebutiken' });
  staff = await t.loginAs(shop.staffEmail);
  const created = await staff
    .post(`/api/v1/shops/${shop.id}/products`)
    .send(goodBody({ title: 'Hjortronsylt', priceOre: 6500 }));
  expect(created.status).toBe(201);
  productId = created.body.product.id as string;
});
afterAll(() => t.close());

/** The SQL statements a request costs, and its response. */
async function withStatementCount(request: () => Promise<supertest.Response>) {
  const { result, statements } = await countStatements(t, request);
  return { response: result, statements };
}

const listingOf = () => `/api/v1/municipalities/arjeplog/products?shop=${shop.slug}`;
const titlesOf = (response: supertest.Response) =>
  (response.body.items as { title: string }[]).map((item) => item.title);

describe('public reads are served from the cache until something is written', () => {
  it('answers a repeated listing, search, facets and product page without SQL', async () => {
    for (const url of [
      listingOf(),
      '/api/v1/products?q=hjortron',
      '/api/v1/product-facets?q=hjortron',
      `/api/v1/products/${productId}`,
    ]) {
      const first = await withStatementCount(() => t.agent().get(url));
      expect(first.response.status).toBe(200);
      expect(first.statements).toBeGreaterThan(0);
      const again = await withStatementCount(() => t.agent().get(url));
      expect(again.response.status).toBe(200);
      expect(again.statements).toBe(0);
      expect(again.response.body).toEqual(first.response.body);
      expect(again.response.headers['content-type']).toMatch(/^application\/json/);
    }
  });

  it('shows a product change on the very next read', async () => {
    expect(titlesOf(await t.agent().get(listingOf()))).toEqual(['Hjortronsylt']);
    const renamed = await staff
      .patch(`/api/v1/shops/${shop.id}/products/${productId}`)
      .send({ title: 'Hjortronsylt från Laisvall' });
    expect(renamed.status).toBe(200);
    expect(titlesOf(await t.agent().get(listingOf()))).toEqual(['Hjortronsylt från Laisvall']);
    const page = await t.agent().get(`/api/v1/products/${productId}`);
    expect(page.body.product.title).toBe('Hjortronsylt från Laisvall');
  });

  it('drops an archived product from the listing and its page at once', async () => {
    await t.agent().get(`/api/v1/products/${productId}`);
    const archived = await staff
      .patch(`/api/v1/shops/${shop.id}/products/${productId}`)
      .send({ status: 'archived' });
    expect(archived.status).toBe(200);
    expect(titlesOf(await t.agent().get(listingOf()))).toEqual([]);
    const page = await t.agent().get(`/api/v1/products/${productId}`);
    expect(page.status).toBe(404);
    expect(page.body.code).toBe('not_found');
    await staff
      .patch(`/api/v1/shops/${shop.id}/products/${productId}`)
      .send({ status: 'published' });
  });

  it('shows a suspended shop’s goods to nobody, also when they were cached', async () => {
    await t.agent().get(listingOf());
    await t.database.knex('shops').where({ id: shop.id }).update({ status: 'suspended' });
    expect(titlesOf(await t.agent().get(listingOf()))).toEqual([]);
    await t.database.knex('shops').where({ id: shop.id }).update({ status: 'published' });
    expect(titlesOf(await t.agent().get(listingOf()))).toHaveLength(1);
  });

  it('keeps its entries when someone merely logs in', async () => {
    await t.agent().get(listingOf());
    await t.loginAs(shop.ownerEmail);
    const again = await withStatementCount(() => t.agent().get(listingOf()));
    expect(again.statements).toBe(0);
  });

  it('never caches an error: a product that appears later is found', async () => {
    const draft = await staff
      .post(`/api/v1/shops/${shop.id}/products`)
      .send(goodBody({ title: 'Kommande vara', status: 'draft' }));
    const url = `/api/v1/products/${draft.body.product.id as string}`;
    expect((await t.agent().get(url)).status).toBe(404);
    await staff
      .patch(`/api/v1/shops/${shop.id}/products/${draft.body.product.id as string}`)
      .send({ status: 'published' });
    expect((await t.agent().get(url)).status).toBe(200);
  });

  it('validates before it looks in the cache', async () => {
    const response = await t.agent().get('/api/v1/products?limit=500');
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('validation_failed');
  });
});

describe('what does not empty the cache', () => {
  it('keeps its entries when a resident fills a basket', async () => {
    await t.agent().get(listingOf());
    const guest = t.agent();
    const other = await staff
      .post(`/api/v1/shops/${shop.id}/products`)
      .send(goodBody({ title: 'Korgvara' }));
    await t.agent().get(listingOf());
    await guest
      .post('/api/v1/basket/items')
      .send({ productId: other.body.product.id as string, quantity: 1 });
    const again = await withStatementCount(() => t.agent().get(listingOf()));
    expect(again.statements).toBe(0);
  });
});
