import type supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPublishedShop, goodBody, type ShopFixture } from './support/factories.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

// The language a shop writes its own texts in (decision 0073): set on its profile, carried by
// its page, its goods in every listing and on their own pages, so the storefront marks them.

let t: TestApp;
let finnishShop: ShopFixture;
let swedishShop: ShopFixture;
let owner: supertest.Agent;
let productId: string;

type Item = { id: string; shop: { slug: string; contentLocale: string } };

beforeAll(async () => {
  t = await createTestApp();
  finnishShop = await createPublishedShop(t, { name: 'Pajalan Puoti', village: 'Pajala' });
  swedishShop = await createPublishedShop(t, { name: 'Byns Handel', village: 'Slagnäs' });
  owner = await t.loginAs(finnishShop.ownerEmail);
  const created = await owner
    .post(`/api/v1/shops/${finnishShop.id}/products`)
    .send(goodBody({ title: 'Ruisleipä' }));
  expect(created.status).toBe(201);
  productId = created.body.product.id as string;
  const other = await (
    await t.loginAs(swedishShop.ownerEmail)
  )
    .post(`/api/v1/shops/${swedishShop.id}/products`)
    .send(goodBody({ title: 'Rågbröd' }));
  expect(other.status).toBe(201);
});
afterAll(() => t.close());

describe('the language of a shop’s texts', () => {
  it('is Swedish until the shop says otherwise', async () => {
    const page = await t.agent().get(`/api/v1/municipalities/arjeplog/shops/${finnishShop.slug}`);
    expect(page.body.shop.contentLocale).toBe('sv');
  });

  it('is set on the profile and carried by the shop’s page, its goods in listings and on their page', async () => {
    const saved = await owner
      .patch(`/api/v1/shops/${finnishShop.id}`)
      .send({ contentLocale: 'fi' });
    expect(saved.status).toBe(200);
    expect(saved.body.shop.contentLocale).toBe('fi');

    const visitor = t.agent();
    const page = await visitor.get(`/api/v1/municipalities/arjeplog/shops/${finnishShop.slug}`);
    expect(page.body.shop.contentLocale).toBe('fi');

    // Read right after the change: the public read cache heard the write.
    const listing = await visitor.get('/api/v1/municipalities/arjeplog/products?limit=100');
    const items = listing.body.items as Item[];
    const localeOf = (slug: string) => items.find((item) => item.shop.slug === slug)?.shop;
    expect(localeOf(finnishShop.slug)?.contentLocale).toBe('fi');
    expect(localeOf(swedishShop.slug)?.contentLocale).toBe('sv');

    // "ruisleipä" also finds the Swedish shops' rye bread (decision 0075): each carries its own.
    const searched = (await visitor.get('/api/v1/products?q=ruisleipa')).body.items as Item[];
    expect(searched.find((item) => item.id === productId)?.shop.contentLocale).toBe('fi');
    expect(
      searched.filter((item) => item.id !== productId).map((item) => item.shop.contentLocale),
    ).not.toContain('fi');

    const product = await visitor.get(`/api/v1/products/${productId}`);
    expect(product.body.product.shop.contentLocale).toBe('fi');

    const basket = t.agent();
    await basket.post('/api/v1/basket/items').send({ productId, quantity: 1 });
    const lines = (await basket.get('/api/v1/basket')).body;
    expect(JSON.stringify(lines)).toContain('"contentLocale":"fi"');
  });

  it('refuses a language the galleria does not speak, naming the field', async () => {
    const refused = await owner
      .patch(`/api/v1/shops/${finnishShop.id}`)
      .send({ contentLocale: 'de' });
    expect(refused.status).toBe(400);
    expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(refused.body.errors.map((error: { field: string }) => error.field)).toEqual([
      'contentLocale',
    ]);
    const page = await t.agent().get(`/api/v1/municipalities/arjeplog/shops/${finnishShop.slug}`);
    expect(page.body.shop.contentLocale).toBe('fi');
  });

  it('is the shop’s own to change: another shop’s owner is refused', async () => {
    const stranger = await t.loginAs(swedishShop.ownerEmail);
    const refused = await stranger
      .patch(`/api/v1/shops/${finnishShop.id}`)
      .send({ contentLocale: 'en' });
    expect([403, 404]).toContain(refused.status);
    const page = await t.agent().get(`/api/v1/municipalities/arjeplog/shops/${finnishShop.slug}`);
    expect(page.body.shop.contentLocale).toBe('fi');
  });
});
