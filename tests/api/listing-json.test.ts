import sharp from 'sharp';
import { productListItemSchema } from '@e-galleria/shared/catalogue';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPublishedShop, goodBody, serviceBody } from './support/factories.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

// A listing's items are written as JSON by the database (decision 0066); a product's page
// builds the same fields in JavaScript (`toListItem`). The two must agree to the byte's
// meaning on both engines: every type, null, boolean, escape and instant.

let t: TestApp;
const created: string[] = [];

beforeAll(async () => {
  t = await createTestApp();
  // Milliseconds that a rounding on the way would change.
  t.clock.advance(7 - (t.clock.now() % 1000));
  const shop = await createPublishedShop(t, {
    name: 'Jämtö "Lanthandel" & Café',
    village: 'Jäkkvik',
  });
  const bare = await createPublishedShop(t, { village: null });
  const staff = await t.loginAs(shop.staffEmail);
  const bareStaff = await t.loginAs(bare.staffEmail);
  const add = async (agent: typeof staff, shopId: string, body: Record<string, unknown>) => {
    const response = await agent.post(`/api/v1/shops/${shopId}/products`).send(body);
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    created.push(response.body.product.id as string);
    t.clock.advance(1);
    return response.body.product.id as string;
  };
  await add(staff, shop.id, {
    ...goodBody({ title: 'Saft "röd" – 100 % 🍓 \\ bär\ttab' }),
    priceOre: undefined,
    variants: [
      { name: '50 cl', sku: 'SAFT-50', priceOre: 4500, contentAmount: 500, contentUnit: 'ml' },
      { name: '1 l', sku: 'SAFT-100', priceOre: 7900, contentAmount: 1000, contentUnit: 'ml' },
    ],
  });
  await add(staff, shop.id, goodBody({ title: 'Slut i lager', trackStock: true, stock: 0 }));
  await add(staff, shop.id, goodBody({ title: 'Mjöl', contentAmount: 2000, contentUnit: 'g' }));
  await add(
    staff,
    shop.id,
    goodBody({ title: 'Kylvara', unit: 'kg', storageClass: 'chilled', categoryId: 'cat-bageri' }),
  );
  await add(bareStaff, bare.id, serviceBody({ title: 'Vedklyvning' }));
  const withPhoto = await add(staff, shop.id, goodBody({ title: 'Bröd med bild' }));
  const photo = await sharp({
    create: { width: 400, height: 300, channels: 3, background: { r: 200, g: 120, b: 80 } },
  })
    .jpeg()
    .toBuffer();
  const upload = await staff
    .post(`/api/v1/shops/${shop.id}/products/${withPhoto}/images`)
    .attach('image', photo, 'brod.jpg');
  expect(upload.status).toBe(201);
});
afterAll(() => t.close());

async function expectSameAsProductPages(url: string) {
  const response = await t.agent().get(url);
  expect(response.status).toBe(200);
  const items = response.body.items as Record<string, unknown>[];
  const ours = items.filter((item) => created.includes(item.id as string));
  expect(ours.length).toBeGreaterThan(0);
  for (const item of ours) {
    // Exactly the fields of a list item, each of its type.
    expect(Object.keys(item).sort()).toEqual(Object.keys(productListItemSchema.shape).sort());
    expect(productListItemSchema.strict().parse(item)).toEqual(item);
    const page = await t.agent().get(`/api/v1/products/${item.id as string}`);
    expect(page.status).toBe(200);
    const product = page.body.product as Record<string, unknown>;
    expect(item).toEqual(Object.fromEntries(Object.keys(item).map((key) => [key, product[key]])));
  }
  return ours;
}

describe('a listing item written by the database', () => {
  it('is the item a product page builds, for goods, variants, services, photos and odd text', async () => {
    const ours = await expectSameAsProductPages(
      '/api/v1/municipalities/arjeplog/products?limit=50',
    );
    expect(ours).toHaveLength(created.length);
    // The cases are all there, so the comparison above covered each.
    expect(new Set(ours.map((item) => item.hasVariants))).toEqual(new Set([true, false]));
    expect(new Set(ours.map((item) => item.isInStock))).toEqual(new Set([true, false]));
    expect(ours.some((item) => item.image !== null)).toBe(true);
    expect(ours.some((item) => item.comparisonPriceOre !== null)).toBe(true);
    expect(ours.some((item) => (item.shop as { village: unknown }).village === null)).toBe(true);
    expect(ours.some((item) => item.kind === 'service')).toBe(true);
    expect(ours.some((item) => (item.title as string).includes('🍓 \\ bär\ttab'))).toBe(true);
    const instants = ours.map((item) => item.publishedAt as string);
    expect(instants.every((instant) => new Date(instant).toISOString() === instant)).toBe(true);
    expect(instants.some((instant) => !instant.endsWith('000Z'))).toBe(true);
  });

  it('is the same in a search, a filtered and a sorted listing', async () => {
    await expectSameAsProductPages('/api/v1/products?q=saft');
    await expectSameAsProductPages(
      '/api/v1/municipalities/arjeplog/products?sort=price_asc&priceMaxOre=8000&limit=50',
    );
    await expectSameAsProductPages('/api/v1/municipalities/arjeplog/products?sort=category');
  });
});
