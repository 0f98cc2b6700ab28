import type supertest from 'supertest';
import { expect } from 'vitest';
import { createPublishedShop, type ShopFixture } from './factories.ts';
import type { TestApp } from './test-app.ts';

// Monday 30 November 2026, 12:00 in Stockholm: schedules give fixed dates from here.
export const mondayNoon = Date.parse('2026-11-30T11:00:00Z');

const everyDay = [1, 2, 3, 4, 5, 6, 7];

/** A servicepoint slug seeded by the demo data: fridge and freezer, operator Lisa Laisvik. */
export const laisvallSlug = 'laisvall-byhandel';

export type CheckoutShop = ShopFixture & { owner: supertest.Agent };

/**
 * A published shop open every day 08–20, offering pickup in the shop (60 minutes) and, unless
 * told otherwise, the given service points with a Thursday delivery ordered by Tuesday 18:00.
 */
export async function createCheckoutShop(
  t: Pick<TestApp, 'database' | 'clock' | 'loginAs'>,
  options: { name?: string; servicePointSlugs?: string[]; pickupInShop?: boolean } = {},
): Promise<CheckoutShop> {
  const shop = await createPublishedShop(t, { name: options.name });
  await t.database
    .knex('shops')
    .where({ id: shop.id })
    .update({
      opening_hours: JSON.stringify({
        weekly: everyDay.map((weekday) => ({ weekday, opens: '08:00', closes: '20:00' })),
        exceptions: [],
      }),
    });
  const owner = await t.loginAs(shop.ownerEmail);
  const points = await t.database
    .knex('service_points')
    .whereIn('slug', options.servicePointSlugs ?? [laisvallSlug])
    .select<{ id: string }[]>('id');
  const settings = await owner.put(`/api/v1/shops/${shop.id}/fulfilment`).send({
    pickupInShop: { enabled: options.pickupInShop ?? true, preparationMinutes: 60 },
    servicePoints: points.map((point) => ({
      servicePointId: point.id,
      deliveries: [{ weekday: 4, cutoffWeekday: 2, cutoffTime: '18:00' }],
    })),
  });
  expect(settings.status).toBe(200);
  return { ...shop, owner };
}

/** A published good; `stock` makes it tracked. Returns its id. */
export async function createGood(
  shop: CheckoutShop,
  fields: {
    title: string;
    priceOre: number;
    stock?: number;
    vatClass?: string;
    storageClass?: string;
  },
): Promise<string> {
  const response = await shop.owner.post(`/api/v1/shops/${shop.id}/products`).send({
    title: fields.title,
    categoryId: 'cat-livsmedel',
    vatClass: fields.vatClass ?? 'food',
    status: 'published',
    priceOre: fields.priceOre,
    storageClass: fields.storageClass ?? 'ambient',
    trackStock: fields.stock !== undefined,
    ...(fields.stock !== undefined ? { stock: fields.stock } : {}),
  });
  expect(response.status).toBe(201);
  return response.body.product.id as string;
}

export const contact = {
  name: 'Test Testsson',
  email: 'test.testsson@example.se',
  phone: '070-123 45 67',
};

export async function stockOf(
  t: Pick<TestApp, 'database'>,
  productId: string,
): Promise<number | null> {
  const row = await t.database
    .knex('product_variants')
    .where({ product_id: productId })
    .first<{ stock: number | null }>('stock');
  return row.stock;
}
