import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './support/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('the demo shops', () => {
  it('publishes the six Arjeplog shops of DESIGN §7 with categories and villages', async () => {
    const response = await t.agent().get('/api/v1/municipalities/arjeplog/shops');
    expect(response.status).toBe(200);
    const categories = response.body.items.flatMap((shop: { categories: { slug: string }[] }) =>
      shop.categories.map((category) => category.slug),
    );
    expect(new Set(categories)).toEqual(
      new Set([
        'livsmedel',
        'jarn-och-bygg',
        'fisk-och-vilt',
        'bageri',
        'halsa-och-skonhet',
        'tvatt-och-stad',
      ]),
    );
    expect(response.body.items.map((shop: { village: string }) => shop.village)).toContain(
      'Laisvall',
    );
    for (const slug of ['arvidsjaur', 'gallivare']) {
      const others = await t.agent().get(`/api/v1/municipalities/${slug}/shops`);
      expect(others.body.items.length).toBeGreaterThanOrEqual(2);
    }
  });

  it('lets the grocery’s owner log in to the grocery', async () => {
    const owner = await t.loginAs('butik@arjeplog.example.se');
    const me = await owner.get('/api/v1/me');
    const role = me.body.roles.find((held: { role: string }) => held.role === 'shop_owner');
    expect(role.scope).toMatchObject({ type: 'shop', slug: 'silvervagens-livs' });
    const shop = await owner.get(`/api/v1/shops/${role.scope.id}`);
    expect(shop.body.shop).toMatchObject({ name: 'Silvervägens Livs', status: 'published' });
  });

  it('lets the bakery’s owner log in to the bakery and to no other shop', async () => {
    const owner = await t.loginAs('bageri@arjeplog.example.se');
    const me = await owner.get('/api/v1/me');
    const shopRoles = me.body.roles.filter(
      (held: { scope: { type: string } }) => held.scope.type === 'shop',
    );
    expect(shopRoles).toEqual([
      expect.objectContaining({
        role: 'shop_owner',
        scope: expect.objectContaining({ slug: 'slagnas-bageri' }),
      }),
    ]);
  });
});
