import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { goodBody, serviceBody } from './support/factories.ts';
import { completeProfile, inviteShop } from './support/shops.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

// Decision 0069: the municipality may approve a shop that has published nothing yet, and the
// review shows how many goods and services the shop has published, so the page can warn.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** A shop invited, filled in and submitted for review, as its owner would. */
async function submittedShop(email: string, shopName: string) {
  const shop = await inviteShop(t, { email, shopName });
  expect(
    (await shop.owner.patch(`/api/v1/shops/${shop.shopId}`).send(completeProfile)).status,
  ).toBe(200);
  return shop;
}

describe('a shop under review', () => {
  it('says it has published nothing, and may still be approved into the galleria', async () => {
    const shop = await submittedShop('agare@tomma-boden.example.se', 'Tomma boden');
    expect((await shop.owner.post(`/api/v1/shops/${shop.shopId}/submit`)).status).toBe(200);
    const admin = await t.loginAs('kommun@arjeplog.example.se');
    const review = await admin.get(`/api/v1/shops/${shop.shopId}`);
    expect(review.status).toBe(200);
    expect(review.body.shop).toMatchObject({
      status: 'submitted',
      publishedCatalogue: { goods: 0, services: 0 },
    });

    const approved = await admin.post(`/api/v1/admin/shops/${shop.shopId}/approve`);
    expect(approved.status).toBe(200);
    expect(approved.body.shop).toMatchObject({
      status: 'published',
      publishedCatalogue: { goods: 0, services: 0 },
    });
    const galleria = await t.agent().get('/api/v1/municipalities/arjeplog/shops');
    expect(galleria.body.items.map((item: { slug: string }) => item.slug)).toContain(shop.slug);
  });

  it('counts the goods and services it has published, not its drafts', async () => {
    const shop = await submittedShop('agare@fulla-boden.example.se', 'Fulla boden');
    const url = `/api/v1/shops/${shop.shopId}/products`;
    for (const body of [
      goodBody(),
      goodBody(),
      goodBody({ status: 'draft' }),
      serviceBody(),
      serviceBody({ status: 'draft' }),
    ])
      expect((await shop.owner.post(url).send(body)).status).toBe(201);
    expect((await shop.owner.post(`/api/v1/shops/${shop.shopId}/submit`)).status).toBe(200);

    const admin = await t.loginAs('kommun@arjeplog.example.se');
    const review = await admin.get(`/api/v1/shops/${shop.shopId}`);
    expect(review.body.shop.publishedCatalogue).toEqual({ goods: 2, services: 1 });
    // The owner reads the same figures on the shop's own page.
    const own = await shop.owner.get(`/api/v1/shops/${shop.shopId}`);
    expect(own.body.shop.publishedCatalogue).toEqual({ goods: 2, services: 1 });
  });
});
