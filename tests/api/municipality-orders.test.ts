import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contact, type CheckoutShop } from './support/checkout.ts';
import { createShoppingWorld } from './support/shopping-world.ts';
import type { TestApp } from './support/test-app.ts';

let t: TestApp;
let shop: CheckoutShop;
let orderId: string;
let good: string;

beforeAll(async () => {
  const world = await createShoppingWorld({
    shops: { shop: { name: 'Tillsynsbutiken' } },
    goods: { good: { shop: 'shop', title: 'Tillsynsvara', priceOre: 2500, stock: 5 } },
  });
  ({ t } = world);
  shop = world.shops.shop;
  ({ good } = world.goods);
  const guest = t.agent();
  await guest.post('/api/v1/basket/items').send({ productId: good, quantity: 2 });
  const checkout = await guest.post('/api/v1/checkout').send({
    contact,
    fulfilments: [{ shopId: shop.id, method: 'pickup_in_shop' }],
    payment: 'pay_at_pickup',
  });
  orderId = checkout.body.checkout.orders[0].id as string;
  await shop.owner
    .post(`/api/v1/shops/${shop.id}/orders/${orderId}/decline`)
    .send({ reason: 'Slut i lager.' });
});
afterAll(() => t.close());

describe('a municipality admin’s oversight of orders', () => {
  it('lists the orders of the municipality’s shops with their history, without the residents’ contact details', async () => {
    const admin = await t.loginAs('kommun@arjeplog.example.se');
    const response = await admin.get(
      '/api/v1/admin/municipalities/arjeplog/orders?status=declined',
    );
    expect(response.status).toBe(200);
    const order = (response.body.items as { id: string }[]).find((item) => item.id === orderId);
    expect(order).toMatchObject({
      shop: { name: 'Tillsynsbutiken' },
      status: 'declined',
      totalOre: 5000,
      history: [
        expect.objectContaining({ status: 'placed', actorKind: 'customer' }),
        expect.objectContaining({
          status: 'declined',
          actorKind: 'shop_owner',
          reason: 'Slut i lager.',
        }),
      ],
    });
    expect(order).not.toHaveProperty('customer');
    expect(JSON.stringify(response.body)).not.toContain(contact.email);
  });

  // The history named the resident who placed an order ("Ny · Britt Bymark · webbutiken")
  // next to what was bought, which the card itself leaves out (decision 0016).
  it('names no resident in an order’s history, and still names the shop’s staff', async () => {
    const britt = await t.loginAs('boende@arjeplog.example.se');
    await britt.post('/api/v1/basket/items').send({ productId: good, quantity: 1 });
    const placed = await britt.post('/api/v1/checkout').send({
      contact: { ...contact, name: 'Britt Bymark' },
      fulfilments: [{ shopId: shop.id, method: 'pickup_in_shop' }],
      payment: 'pay_at_pickup',
    });
    expect(placed.status).toBe(201);
    const brittsOrder = placed.body.checkout.orders[0].id as string;
    await shop.owner.post(`/api/v1/shops/${shop.id}/orders/${brittsOrder}/accept`);
    const admin = await t.loginAs('kommun@arjeplog.example.se');
    const response = await admin.get(
      '/api/v1/admin/municipalities/arjeplog/orders?status=accepted',
    );
    const order = (response.body.items as { id: string; history: unknown[] }[]).find(
      (item) => item.id === brittsOrder,
    );
    expect(order?.history).toEqual([
      expect.objectContaining({ status: 'placed', actorKind: 'customer', actorName: null }),
      expect.objectContaining({
        status: 'accepted',
        actorKind: 'shop_owner',
        actorName: expect.any(String),
      }),
    ]);
    expect(JSON.stringify(response.body)).not.toContain('Britt Bymark');
  });

  it('shows another municipality’s admin nothing, and the region admin everything', async () => {
    const gallivare = await t.loginAs('kommun@gallivare.example.se');
    const refused = await gallivare.get('/api/v1/admin/municipalities/arjeplog/orders');
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('forbidden');
    const region = await t.loginAs('region@example.se');
    const all = await region.get('/api/v1/admin/municipalities/arjeplog/orders');
    expect((all.body.items as { id: string }[]).map((item) => item.id)).toContain(orderId);
  });
});
