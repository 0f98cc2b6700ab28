import type supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, swedishDateOf } from '@e-galleria/shared/calendar-dates';
import type { MunicipalityStatistics, PeriodFigures } from '@e-galleria/shared/statistics';
import type { CheckoutShop } from './support/checkout.ts';
import { newClientId, orderToServicePoint, type ParcelFixture } from './support/counter.ts';
import { createShoppingWorld } from './support/shopping-world.ts';
import type { TestApp } from './support/test-app.ts';

/**
 * A closed month's figures are read from the orders as they are now (decision 0045): two
 * orders placed 40 days ago (a month that has ended), one checked in then; later one is
 * cancelled and the other collected, and the old month's figures follow.
 */
let t: TestApp;
let grocery: CheckoutShop;
let operator: supertest.Agent;
let laisvallId = '';
let admin: supertest.Agent;
let cancelled: ParcelFixture | undefined;
let parcel: ParcelFixture | undefined;
let closedMonth = '';
let thisMonth = '';

const day = 86_400_000;
const statisticsOf = async (from: string, to: string): Promise<PeriodFigures> => {
  const response = await admin.get(
    `/api/v1/admin/municipalities/arjeplog/statistics?from=${from}&to=${to}`,
  );
  expect(response.status).toBe(200);
  return (response.body as MunicipalityStatistics).current;
};
const lastDayOf = (month: string) => addDays(`${addDays(`${month}-28`, 4).slice(0, 7)}-01`, -1);
const closed = () => statisticsOf(`${closedMonth}-01`, lastDayOf(closedMonth));

beforeAll(async () => {
  let resident: supertest.Agent;
  ({
    t,
    shops: { grocery },
    resident,
    operator,
    laisvallId,
  } = await createShoppingWorld({
    shops: { grocery: { name: 'Månadsbutiken' } },
    logIn: ['resident', 'operator'],
  }));
  thisMonth = swedishDateOf(t.clock.now()).slice(0, 7);
  t.clock.advance(-40 * day);
  closedMonth = swedishDateOf(t.clock.now()).slice(0, 7);
  // The parcel first: checked in, its handover is ready before the other order opens one.
  [parcel] = await orderToServicePoint(t, { resident, shops: [grocery] });
  const checkIn = await operator
    .post(`/api/v1/service-points/${laisvallId}/check-ins`)
    .send({ parcelCode: parcel?.parcelCode, clientId: newClientId() });
  expect(checkIn.status).toBe(200);
  [cancelled] = await orderToServicePoint(t, { resident, shops: [grocery], inTransit: false });
  t.clock.advance(40 * day);
  admin = await t.loginAs('kommun@arjeplog.example.se');
});
afterAll(() => t.close());

describe('the statistics of a month that has ended', () => {
  it('drop an order cancelled after the month, with its turnover, VAT and category', async () => {
    const before = await closed();
    expect(closedMonth < thisMonth).toBe(true);
    expect(before.galleria.totals).toMatchObject({ orders: 2, turnoverOre: 5000 });
    expect(before.galleria.totals.vat).toEqual([expect.objectContaining({ grossOre: 5000 })]);
    expect(before.galleria.categories).toEqual([
      expect.objectContaining({ orders: 2, turnoverOre: 5000 }),
    ]);

    await t.services.orders.lifecycle.fire([
      {
        orderId: cancelled?.orderId ?? '',
        shopId: grocery.id,
        event: 'cancel_by_shop',
        by: { userId: null, kind: 'shop_owner' },
        origin: { requestId: 'test', channel: 'shop_admin', ip: null, device: null },
      },
    ]);

    const after = await closed();
    expect(after.galleria.totals).toMatchObject({ orders: 1, turnoverOre: 2500 });
    expect(after.galleria.totals.vat).toEqual([expect.objectContaining({ grossOre: 2500 })]);
    expect(after.galleria.categories).toEqual([
      expect.objectContaining({ orders: 1, turnoverOre: 2500 }),
    ]);
    expect(after.galleria.months).toEqual([
      expect.objectContaining({ month: closedMonth, orders: 1, turnoverOre: 2500 }),
    ]);
  });

  it('keep a parcel checked in then, and count its collection and wait in the month it was collected', async () => {
    const before = await closed();
    expect(before.servicePoints.totals).toEqual({
      checkedIn: 1,
      collected: 0,
      returned: 0,
      averageDaysWaiting: null,
    });

    const confirmed = await operator
      .post(`/api/v1/service-points/${laisvallId}/handovers/${parcel?.handoverId}/confirm`)
      .send({ clientId: newClientId(), paymentTakenOre: 2500 });
    expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(200);

    expect((await closed()).servicePoints.totals).toEqual(before.servicePoints.totals);
    const now = await statisticsOf(`${thisMonth}-01`, swedishDateOf(t.clock.now()));
    expect(now.servicePoints.totals).toEqual({
      checkedIn: 0,
      collected: 1,
      returned: 0,
      averageDaysWaiting: 40,
    });
  });
});

describe('the copies the statistics search by', () => {
  it('equal their order’s shop, time and pickup point on every line, charge and status event', async () => {
    const knex = t.database.knex;
    const rowsOf = async (sql: string) => {
      const result = (await knex.raw(sql)) as unknown;
      return (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as Record<
        string,
        unknown
      >[];
    };
    for (const table of ['order_lines', 'order_charges']) {
      const wrong = await rowsOf(
        `SELECT x.id FROM ${table} x JOIN shop_orders o ON o.id = x.order_id
          WHERE x.shop_id IS NULL OR x.shop_id <> o.shop_id
             OR x.order_created_at IS NULL OR x.order_created_at <> o.created_at`,
      );
      expect(wrong, table).toEqual([]);
    }
    const events = await rowsOf(
      `SELECT e.pickup_point_id, o.fulfilment_method, o.service_point_id
         FROM order_status_events e JOIN shop_orders o ON o.id = e.order_id`,
    );
    expect(events.length).toBeGreaterThan(5);
    for (const event of events)
      expect(event.pickup_point_id).toBe(
        event.fulfilment_method === 'pickup_at_service_point' ? event.service_point_id : null,
      );
  });
});
