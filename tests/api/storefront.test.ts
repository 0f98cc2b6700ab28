import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
