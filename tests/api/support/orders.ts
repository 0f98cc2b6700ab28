import type supertest from 'supertest';
import { expect } from 'vitest';
import { contact, laisvallSlug, type CheckoutShop } from './checkout.ts';
import type { TestApp } from './test-app.ts';

export async function laisvallIdOf(t: TestApp): Promise<string> {
  const row = await t.database
    .knex('service_points')
    .where({ slug: laisvallSlug })
    .first<{ id: string }>('id');
  return row.id;
}

/**
 * One order of one good, paid at pickup, by the given buyer: collected in the shop, or at the
 * Laisvall service point when `servicePointId` is given. Returns the order and checkout ids.
 */
export async function placeOrder(
  buyer: supertest.Agent,
  shop: CheckoutShop,
  productId: string,
  options: { quantity?: number; servicePointId?: string } = {},
): Promise<{ orderId: string; checkoutId: string }> {
  const added = await buyer
    .post('/api/v1/basket/items')
    .send({ productId, quantity: options.quantity ?? 1 });
  expect(added.status).toBe(201);
  const checkout = await buyer.post('/api/v1/checkout').send({
    contact,
    fulfilments: [
      options.servicePointId === undefined
        ? { shopId: shop.id, method: 'pickup_in_shop' }
        : {
            shopId: shop.id,
            method: 'pickup_at_service_point',
            servicePointId: options.servicePointId,
          },
    ],
    payment: 'pay_at_pickup',
  });
  expect(checkout.status).toBe(201);
  return {
    orderId: checkout.body.checkout.orders[0].id as string,
    checkoutId: checkout.body.checkout.id as string,
  };
}

/** Moves a shop's order through the given steps, each expected to succeed. */
export async function stepOrder(shop: CheckoutShop, orderId: string, steps: readonly string[]) {
  for (const step of steps) {
    const response = await shop.owner.post(`/api/v1/shops/${shop.id}/orders/${orderId}/${step}`);
    expect(response.status, `${step}: ${JSON.stringify(response.body)}`).toBe(200);
  }
}

export async function statusOf(t: TestApp, orderId: string): Promise<string> {
  const row = await t.database
    .knex('shop_orders')
    .where({ id: orderId })
    .first<{ status: string }>('status');
  return row.status;
}
