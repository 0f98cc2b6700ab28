import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPublishedShop, goodBody } from './support/factories.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

type Item = { id: string; title: string; unit: string };

async function demoProduct(title: string): Promise<Item> {
  const response = await t
    .agent()
    .get(`/api/v1/municipalities/arjeplog/products?q=${encodeURIComponent(title)}`);
  const item = (response.body.items as Item[]).find((candidate) => candidate.title === title);
  if (!item) throw new Error(`the demo catalogue has no ${title}`);
  return item;
}

type Picture = { width: number; height: number; fallback: { url: string }; sources: unknown[] };

describe('the demo region’s pictures', () => {
  it('give every demo shop a logo and a cover, served from the image pipeline’s files', async () => {
    for (const slug of ['arjeplog', 'arvidsjaur', 'gallivare']) {
      const shops = await t.agent().get(`/api/v1/municipalities/${slug}/shops`);
      for (const summary of shops.body.items as { slug: string; name: string }[]) {
        const page = await t.agent().get(`/api/v1/municipalities/${slug}/shops/${summary.slug}`);
        const { logo, cover } = page.body.shop as { logo: Picture | null; cover: Picture | null };
        expect(logo, `${summary.name}'s logo`).not.toBeNull();
        expect(cover, `${summary.name}'s cover`).toMatchObject({ width: 1280, height: 427 });
        const file = await t.agent().get(cover?.fallback.url ?? '');
        expect([file.status, file.headers['content-type']]).toEqual([200, 'image/jpeg']);
      }
    }
  });

  it('give the storefront’s shop cards their cover as well as their logo', async () => {
    const response = await t.agent().get('/api/v1/municipalities/arjeplog/shops');
    const bakery = (response.body.items as { slug: string; cover: Picture | null }[]).find(
      (shop) => shop.slug === 'slagnas-bageri',
    );
    expect(bakery?.cover?.width).toBe(1280);
  });

  it('give most demo products a square picture with WebP and JPEG renditions', async () => {
    const listing = await t.agent().get('/api/v1/municipalities/arjeplog/products?limit=100');
    const items = listing.body.items as { title: string; image: Picture | null }[];
    const pictured = items.filter((item) => item.image !== null);
    expect(pictured.length / items.length).toBeGreaterThan(0.75);
    expect(pictured.length).toBeLessThan(items.length);
    for (const { image } of pictured) {
      expect(image?.width).toBe(image?.height);
      expect(image?.sources).toHaveLength(1);
    }
  });
});

describe('units follow the product', () => {
  it('into the basket, where milk is priced per litre and crispbread per pack', async () => {
    const guest = t.agent();
    for (const title of ['Mellanmjölk 1,5 %', 'Knäckebröd råg', 'Pannlampa 400 lumen']) {
      const product = await demoProduct(title);
      const added = await guest
        .post('/api/v1/basket/items')
        .send({ productId: product.id, quantity: 1 });
      expect(added.status).toBe(201);
    }
    const { body } = await guest.get('/api/v1/basket');
    expect(
      (body.basket.items as { title: string; unit: string }[]).map((item) => [
        item.title,
        item.unit,
      ]),
    ).toEqual([
      ['Mellanmjölk 1,5 %', 'litre'],
      ['Knäckebröd råg', 'pack'],
      ['Pannlampa 400 lumen', 'piece'],
    ]);
  });
});

describe('a shop’s goods and services on its page', () => {
  it('come grouped by category in the catalogue’s order, paged like search', async () => {
    const shop = await createPublishedShop(t, { name: 'Blandade Varor' });
    const staff = await t.loginAs(shop.staffEmail);
    // Added out of category order, two in each of three categories.
    for (const categoryId of ['cat-bageri', 'cat-livsmedel', 'cat-jarn-och-bygg'])
      for (const title of ['Första', 'Andra'])
        expect(
          (
            await staff
              .post(`/api/v1/shops/${shop.id}/products`)
              .send(goodBody({ title: `${title} ${categoryId}`, categoryId }))
          ).status,
        ).toBe(201);
    const categories = await t.agent().get('/api/v1/categories');
    const positionOf = new Map(
      (categories.body.items as { slug: string }[]).map((category, index) => [
        category.slug,
        index,
      ]),
    );

    const seen: { title: string; category: { slug: string } }[] = [];
    let cursor: string | null = null;
    do {
      const query = new URLSearchParams({ shop: shop.slug, sort: 'category', limit: '4' });
      if (cursor) query.set('cursor', cursor);
      const page = await t.agent().get(`/api/v1/municipalities/arjeplog/products?${query}`);
      expect(page.status).toBe(200);
      seen.push(...page.body.items);
      cursor = page.body.nextCursor;
    } while (cursor);

    expect(seen).toHaveLength(6);
    const order = seen.map((item) => positionOf.get(item.category.slug) ?? -1);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    // Within a category, in the order the shop added them.
    expect(
      seen.filter((item) => item.category.slug === 'bageri').map((item) => item.title),
    ).toEqual(['Första cat-bageri', 'Andra cat-bageri']);
  });

  it('refuse a cursor of another sort with invalid_cursor', async () => {
    const newest = await t
      .agent()
      .get('/api/v1/municipalities/arjeplog/products?sort=newest&limit=1');
    const mixed = await t
      .agent()
      .get(
        `/api/v1/municipalities/arjeplog/products?sort=category&cursor=${newest.body.nextCursor as string}`,
      );
    expect(mixed.status).toBe(400);
    expect(mixed.body.errors[0].code).toBe('invalid_cursor');
  });
});

describe('the region’s shop counts', () => {
  it('count each galleria’s published shops, its own and those listed there', async () => {
    const counts = async () => {
      const response = await t.agent().get('/api/v1/region/shop-counts');
      expect(response.status).toBe(200);
      return new Map(
        (response.body.items as { municipalitySlug: string; publishedShops: number }[]).map(
          (item) => [item.municipalitySlug, item.publishedShops],
        ),
      );
    };
    const before = await counts();
    expect(before.get('arvidsjaur')).toBe(2);
    expect(before.get('gallivare')).toBe(2);
    expect(before.get('kiruna')).toBeUndefined();

    await createPublishedShop(t, { municipality: 'gallivare' });
    await createPublishedShop(t, { municipality: 'gallivare', status: 'draft' });
    const listed = await createPublishedShop(t, { municipality: 'arvidsjaur' });
    const gallivare = await t.database
      .knex('municipalities')
      .where({ slug: 'gallivare' })
      .first<{ id: string }>('id');
    await t.database.knex('shop_listings').insert({
      shop_id: listed.id,
      municipality_id: gallivare.id,
      status: 'approved',
      requested_at: t.clock.now(),
      decided_at: t.clock.now(),
    });
    const after = await counts();
    expect(after.get('gallivare')).toBe(4);
    expect(after.get('arvidsjaur')).toBe(3);
  });
});
