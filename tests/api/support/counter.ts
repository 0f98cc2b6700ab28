import { randomUUID } from 'node:crypto';
import type supertest from 'supertest';
import { expect } from 'vitest';
import { newId } from '../../../server/src/db/ids.ts';
import {
  contact,
  createCheckoutShop,
  createGood,
  laisvallSlug,
  type CheckoutShop,
} from './checkout.ts';
import { registerResident } from './registration.ts';
import type { TestApp } from './test-app.ts';

/** The seeded Laisvall operator (DESIGN §7). */
export const laisvallOperator = 'ombud@laisvall.example.se';

export type ParcelFixture = {
  orderId: string;
  shopId: string;
  parcelCode: string;
  handoverId: string;
};

export async function servicePointId(t: TestApp, slug: string): Promise<string> {
  const row = await t.database.knex('service_points').where({ slug }).first<{ id: string }>('id');
  return row.id;
}

/**
 * Moves an order as the shop would up to handing it over: accept and pack through the API,
 * then the hand-over transition itself (the shop's screen for it is another issue's).
 */
export async function sendToServicePoint(t: TestApp, shop: CheckoutShop, orderId: string) {
  for (const step of ['accept', 'pack']) {
    const response = await shop.owner.post(`/api/v1/shops/${shop.id}/orders/${orderId}/${step}`);
    expect(response.status).toBe(200);
  }
  // Through the orders module's lifecycle door, as the shop's screen fires it.
  await t.services.orders.lifecycle.fire([
    {
      orderId,
      shopId: shop.id,
      event: 'hand_over',
      by: { userId: null, kind: 'shop_owner' },
      origin: { requestId: 'test', channel: 'shop_admin', ip: null, device: null },
    },
  ]);
}

/**
 * A resident's checkout from each shop to one service point, paid at pickup unless told;
 * every order handed over (in transit) unless `inTransit: false`. One handover, one code.
 */
export async function orderToServicePoint(
  t: TestApp,
  options: {
    resident: supertest.Agent;
    shops: CheckoutShop[];
    servicePointSlug?: string;
    email?: string;
    inTransit?: boolean;
    storageClass?: string;
  },
): Promise<ParcelFixture[]> {
  const pointId = await servicePointId(t, options.servicePointSlug ?? laisvallSlug);
  for (const shop of options.shops) {
    const good = await createGood(shop, {
      title: `Vara från ${shop.name}`,
      priceOre: 2500,
      stock: 20,
      ...(options.storageClass ? { storageClass: options.storageClass } : {}),
    });
    const added = await options.resident
      .post('/api/v1/basket/items')
      .send({ productId: good, quantity: 1 });
    expect(added.status).toBe(201);
  }
  const checkout = await options.resident.post('/api/v1/checkout').send({
    contact: { ...contact, email: options.email ?? contact.email },
    fulfilments: options.shops.map((shop) => ({
      shopId: shop.id,
      method: 'pickup_at_service_point',
      servicePointId: pointId,
    })),
    payment: 'pay_at_pickup',
  });
  expect(checkout.status).toBe(201);
  const fixtures: ParcelFixture[] = [];
  for (const order of checkout.body.checkout.orders as { id: string; shopId: string }[]) {
    const shop = options.shops.find((candidate) => candidate.id === order.shopId);
    if (!shop) throw new Error('an order of an unknown shop');
    if (options.inTransit !== false) await sendToServicePoint(t, shop, order.id);
    const row = await t.database
      .knex('shop_orders')
      .where({ id: order.id })
      .first<{ parcel_code: string; handover_id: string }>('parcel_code', 'handover_id');
    fixtures.push({
      orderId: order.id,
      shopId: shop.id,
      parcelCode: row.parcel_code,
      handoverId: row.handover_id,
    });
  }
  return fixtures;
}

export async function pickupCodeOf(t: TestApp, handoverId: string): Promise<string> {
  const row = await t.database
    .knex('handovers')
    .where({ id: handoverId })
    .first<{ code: string }>('code');
  return row.code;
}

/** An operator of another service point: a registered account given the role for it. */
export async function createOperatorOf(t: TestApp, slug: string, email: string) {
  await registerResident(t, { email, password: 'ett-langt-losenord', name: 'Annan Ombud' });
  const user = await t.database.knex('users').where({ email }).first<{ id: string }>('id');
  await t.database.knex('role_assignments').insert({
    id: newId(),
    user_id: user.id,
    role: 'service_point_operator',
    scope_type: 'service_point',
    scope_id: await servicePointId(t, slug),
    created_at: t.clock.now(),
  });
  return t.loginAs(email, 'ett-langt-losenord');
}

export { createCheckoutShop, randomUUID as newClientId };

export async function mailsTo(t: TestApp, to: string, kind: string) {
  return t.database
    .knex('outbox_messages')
    .where({ to_address: to, kind })
    .orderBy('created_at')
    .select<{ subject: string; text_body: string }[]>('subject', 'text_body');
}
