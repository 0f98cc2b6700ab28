import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type supertest from 'supertest';
import { createGood, type CheckoutShop } from './support/checkout.ts';
import { createPublishedShop } from './support/factories.ts';
import { optInToHomeDelivery } from './support/home-delivery.ts';
import { addressBody } from './support/households.ts';
import {
  createShoppingWorld,
  residentEmail,
  type ShoppingWorld,
} from './support/shopping-world.ts';

// Orders a shop takes by phone and places for a household (issue 13, assisted ordering).

let world: ShoppingWorld<'grocery' | 'bakery', 'milk' | 'lastJar' | 'bun', 'resident'>;
let staff: supertest.Agent;
let gallivare: CheckoutShop;
let coffeeId: string;
const variants: Record<string, string> = {};

beforeAll(async () => {
  world = await createShoppingWorld({
    shops: { grocery: { name: 'Laisvalls Livs' }, bakery: { name: 'Bageriet i Laisvall' } },
    goods: {
      milk: { shop: 'grocery', title: 'Mjölk 1 l', priceOre: 1790, stock: 20 },
      lastJar: { shop: 'grocery', title: 'Hjortronsylt', priceOre: 8900, stock: 1 },
      bun: { shop: 'bakery', title: 'Kanelbulle', priceOre: 2500, stock: 10 },
    },
    logIn: ['resident'],
  });
  staff = await world.t.loginAs(world.shops.grocery.staffEmail);
  const inGallivare = await createPublishedShop(world.t, { municipality: 'gallivare' });
  gallivare = { ...inGallivare, owner: await world.t.loginAs(inGallivare.ownerEmail) };
  coffeeId = await createGood(gallivare, { title: 'Kaffe', priceOre: 5900 });
  for (const [key, productId] of Object.entries(world.goods)) {
    const product = await world.t.agent().get(`/api/v1/products/${productId}`);
    variants[key] = product.body.product.variants[0].id as string;
  }
});
afterAll(() => world.t.close());

const ordersPath = (shopId: string) => `/api/v1/shops/${shopId}/assisted-orders`;

async function householdOf(agent: supertest.Agent, shopId: string, q: string): Promise<string> {
  const found = await agent.get(
    `/api/v1/shops/${shopId}/households?${new URLSearchParams({ q }).toString()}`,
  );
  expect(found.status).toBe(200);
  return (found.body.items as { id: string }[])[0]?.id ?? '';
}

async function contactWithoutEmail(name: string, phone: string): Promise<string> {
  const created = await staff.post(`/api/v1/shops/${world.shops.grocery.id}/households`).send({
    name,
    address: addressBody({ streetAddress: 'Lillvägen 9', phone }),
  });
  expect(created.status).toBe(201);
  return created.body.household.id as string;
}

describe('an order the shop takes by phone', () => {
  it('is the household’s own order, says who took it, takes stock and mails the resident', async () => {
    const householdId = await householdOf(staff, world.shops.grocery.id, 'Britt Bymark');
    const placed = await staff
      .post(ordersPath(world.shops.grocery.id))
      .set('Idempotency-Key', 'phone-order-britt-1')
      .send({
        householdId,
        items: [{ variantId: variants.milk, quantity: 2 }],
        fulfilment: { method: 'pickup_in_shop' },
      });
    expect(placed.status).toBe(201);
    expect(placed.body.checkout).toMatchObject({
      status: 'confirmed',
      paymentMethod: 'pay_at_pickup',
      totalOre: 3580,
    });
    const orderId = placed.body.checkout.orders[0].id as string;

    // The resident finds it among their own orders.
    const mine = await world.resident.get('/api/v1/me/checkouts');
    expect((mine.body.items as { id: string }[]).map((item) => item.id)).toContain(
      placed.body.checkout.id,
    );

    // The shop's view names the staff member and the history starts with them.
    const order = await staff.get(`/api/v1/shops/${world.shops.grocery.id}/orders/${orderId}`);
    expect(order.body.order.customer.name).toBe('Britt Bymark');
    expect(order.body.order.placedBy).toEqual(expect.any(String));
    expect(order.body.order.history[0]).toMatchObject({
      status: 'placed',
      actorKind: 'shop_staff',
    });

    const product = await world.t.agent().get(`/api/v1/products/${world.goods.milk}`);
    expect(product.body.product.variants[0].stock).toBe(18);
    const mails = await world.t.database
      .knex('outbox_messages')
      .where({ to_address: residentEmail, kind: 'order_confirmation' });
    expect(mails).toHaveLength(1);

    // Sent again with the same key: the same order, not a second one.
    const again = await staff
      .post(ordersPath(world.shops.grocery.id))
      .set('Idempotency-Key', 'phone-order-britt-1')
      .send({
        householdId,
        items: [{ variantId: variants.milk, quantity: 2 }],
        fulfilment: { method: 'pickup_in_shop' },
      });
    expect(again.status).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body.checkout.id).toBe(placed.body.checkout.id);
  });

  it('serves a caller without e-mail in the shop, mailing nobody, but not at a service point', async () => {
    const householdId = await contactWithoutEmail('Gunvor Lidström', '070-174 06 77');
    const before = await world.t.database.knex('outbox_messages').count({ n: '*' }).first();
    const placed = await staff.post(ordersPath(world.shops.grocery.id)).send({
      householdId,
      items: [{ variantId: variants.milk, quantity: 1 }],
      fulfilment: { method: 'pickup_in_shop' },
    });
    expect(placed.status).toBe(201);
    const after = await world.t.database.knex('outbox_messages').count({ n: '*' }).first();
    expect(Number(after?.n)).toBe(Number(before?.n));

    const atPoint = await staff.post(ordersPath(world.shops.grocery.id)).send({
      householdId,
      items: [{ variantId: variants.milk, quantity: 1 }],
      fulfilment: { method: 'pickup_at_service_point', servicePointId: world.laisvallId },
    });
    expect(atPoint.status).toBe(400);
    expect(atPoint.body.errors[0].field).toBe('fulfilment.method');
  });

  it('refuses another shop’s goods, unknown goods and the same product twice, changing nothing', async () => {
    const householdId = await householdOf(staff, world.shops.grocery.id, 'Britt Bymark');
    const cases = [
      [{ variantId: variants.bun, quantity: 1 }],
      [{ variantId: 'no-such-variant', quantity: 1 }],
      [
        { variantId: variants.milk, quantity: 1 },
        { variantId: variants.milk, quantity: 1 },
      ],
    ];
    const countBefore = await world.t.database.knex('shop_orders').count({ n: '*' }).first();
    for (const items of cases) {
      const response = await staff
        .post(ordersPath(world.shops.grocery.id))
        .send({ householdId, items, fulfilment: { method: 'pickup_in_shop' } });
      expect(response.status).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.body.errors[0].field).toMatch(/^items/);
    }
    const countAfter = await world.t.database.knex('shop_orders').count({ n: '*' }).first();
    expect(Number(countAfter?.n)).toBe(Number(countBefore?.n));
  });

  it('is the shop’s own work: not a resident’s, and not for another municipality’s household', async () => {
    const householdId = await householdOf(staff, world.shops.grocery.id, 'Britt Bymark');
    const body = {
      householdId,
      items: [{ variantId: variants.milk, quantity: 1 }],
      fulfilment: { method: 'pickup_in_shop' },
    };
    const byResident = await world.resident.post(ordersPath(world.shops.grocery.id)).send(body);
    expect(byResident.status).toBe(403);
    const otherStaff = await world.t.loginAs(gallivare.staffEmail);
    const fromGallivare = await otherStaff.post(ordersPath(gallivare.id)).send({
      ...body,
      items: [],
    });
    expect(fromGallivare.status).toBe(400);
    const coffeeProduct = await world.t.agent().get(`/api/v1/products/${coffeeId}`);
    const foreign = await otherStaff.post(ordersPath(gallivare.id)).send({
      ...body,
      items: [{ variantId: coffeeProduct.body.product.variants[0].id as string, quantity: 1 }],
    });
    expect(foreign.status).toBe(404);
  });

  it('sells the last jar once when two callers are taken down at the same moment', async () => {
    const first = await householdOf(staff, world.shops.grocery.id, 'Britt Bymark');
    const second = await contactWithoutEmail('Ragnar Öhman', '070-174 06 78');
    const owner = world.shops.grocery.owner;
    const responses = await Promise.all(
      [
        [staff, first],
        [owner, second],
      ].map(([agent, householdId]) =>
        (agent as supertest.Agent).post(ordersPath(world.shops.grocery.id)).send({
          householdId,
          items: [{ variantId: variants.lastJar, quantity: 1 }],
          fulfilment: { method: 'pickup_in_shop' },
        }),
      ),
    );
    expect(responses.map((response) => response.status).sort()).toEqual([201, 409]);
    const product = await world.t.agent().get(`/api/v1/products/${world.goods.lastJar}`);
    expect(product.body.product.variants[0].stock).toBe(0);
  });

  it('tells the resident a home delivery is driven to their address and paid on delivery', async () => {
    await optInToHomeDelivery(world.t, [world.shops.grocery], 'Laisvall och Adolfström');
    // Britt Bymark is approved for home delivery, at Storvägen 14 in Laisvall.
    const householdId = await householdOf(staff, world.shops.grocery.id, 'Britt Bymark');
    const placed = await staff.post(ordersPath(world.shops.grocery.id)).send({
      householdId,
      items: [{ variantId: variants.milk, quantity: 1 }],
      fulfilment: { method: 'home_delivery' },
      locale: 'en',
    });
    expect(placed.status, JSON.stringify(placed.body)).toBe(201);
    const checkoutId = placed.body.checkout.id as string;
    const mails = await world.t.database
      .knex('outbox_messages')
      .where({ to_address: residentEmail, kind: 'order_confirmation' })
      .whereLike('text_body', `%${checkoutId}%`)
      .select<{ text_body: string }[]>('text_body');
    expect(mails).toHaveLength(1);
    expect(mails[0]?.text_body).toMatch(
      /\nDelivered to: Storvägen 14, Laisvall on \w+day \d+ \w+\n/,
    );
    expect(mails[0]?.text_body).toMatch(/Total: .+ \(paid on delivery\)\n/);
    expect(mails[0]?.text_body).not.toContain('Collect at');
    expect(mails[0]?.text_body).not.toContain('paid at pickup');
  });
});
