import type supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isUniqueViolation } from '../../server/src/db/constraint-errors.ts';
import { newId } from '../../server/src/db/ids.ts';
import {
  contact,
  createCheckoutShop,
  createGood,
  laisvallSlug,
  mondayNoon,
  type CheckoutShop,
} from './support/checkout.ts';
import { servicePointId } from './support/counter.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

const guestsAtOnce = 8;
const rounds = 5;

let t: TestApp;
let shop: CheckoutShop;
let productId: string;
let laisvallId: string;

beforeAll(async () => {
  t = await createTestApp();
  t.clock.advance(mondayNoon - t.clock.now());
  shop = await createCheckoutShop(t, { name: 'Samma kod' });
  productId = await createGood(shop, { title: 'Kaffe', priceOre: 5900, stock: 1000 });
  laisvallId = await servicePointId(t, laisvallSlug);
});
afterAll(() => t.close());

async function guestsWithBaskets(count: number): Promise<supertest.Agent[]> {
  const guests = Array.from({ length: count }, () => t.agent());
  for (const guest of guests)
    expect((await guest.post('/api/v1/basket/items').send({ productId, quantity: 1 })).status).toBe(
      201,
    );
  return guests;
}

describe('one handover per resident, service point and day', () => {
  it(`gives ${guestsAtOnce} checkouts of one resident arriving together one code, ${rounds} times over`, async () => {
    for (let round = 0; round < rounds; round++) {
      const email = `samma.kod.${round}@example.se`;
      const guests = await guestsWithBaskets(guestsAtOnce);
      const responses = await Promise.all(
        guests.map((guest) =>
          guest.post('/api/v1/checkout').send({
            contact: { ...contact, email },
            fulfilments: [
              { shopId: shop.id, method: 'pickup_at_service_point', servicePointId: laisvallId },
            ],
            payment: 'pay_at_pickup',
          }),
        ),
      );
      expect(responses.map((response) => response.status)).toEqual(
        Array.from({ length: guestsAtOnce }, () => 201),
      );
      const orderIds = responses.map(
        (response) => (response.body.checkout.orders as { id: string }[])[0]?.id,
      );
      const handovers = await t.database
        .knex('shop_orders')
        .whereIn('id', orderIds as string[])
        .distinct<{ handover_id: string }[]>('handover_id');
      expect(handovers, `round ${round}`).toHaveLength(1);
      const open = await t.database
        .knex('handovers')
        .where({ service_point_id: laisvallId, contact_email: email, status: 'open' });
      expect(open, `round ${round}`).toHaveLength(1);
      const codes = await Promise.all(
        guests.map(async (guest, index) => {
          const id = responses[index]?.body.checkout.id as string;
          const detail = await guest.get(`/api/v1/checkouts/${id}`);
          return (detail.body.checkout.orders as { pickupCode: string }[])[0]?.pickupCode;
        }),
      );
      expect(new Set(codes).size, `round ${round}`).toBe(1);
    }
  }, 120_000);

  it('is held by the database: a second open handover of the same resident is refused', async () => {
    const row = {
      service_point_id: laisvallId,
      pickup_date: '2026-12-03',
      contact_email: 'tva.oppna@example.se',
      status: 'open',
      created_at: t.clock.now(),
      updated_at: t.clock.now(),
    };
    await t.database.knex('handovers').insert({ ...row, id: newId(), code: '111111' });
    const second = await t.database
      .knex('handovers')
      .insert({ ...row, id: newId(), code: '222222' })
      .then(
        () => null,
        (error: unknown) => error,
      );
    expect(isUniqueViolation(second)).toBe(true);
    // Once the first is no longer open (made ready), the resident may open another that day.
    await t.database
      .knex('handovers')
      .where({ contact_email: row.contact_email })
      .update({ status: 'ready' });
    await t.database.knex('handovers').insert({ ...row, id: newId(), code: '333333' });
  });
});
