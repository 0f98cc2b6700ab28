import type supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { laisvallSlug, type CheckoutShop } from './support/checkout.ts';
import { newClientId, orderToServicePoint, pickupCodeOf } from './support/counter.ts';
import {
  createCarrier,
  createZone,
  handToCarrier,
  orderWithNote,
  type CarrierFixture,
} from './support/deliveries.ts';
import { setClock } from './support/home-delivery.ts';
import { createShoppingWorld } from './support/shopping-world.ts';
import type { TestApp } from './support/test-app.ts';

// Decision 0057: an order is kept for seven years after the end of the year it was placed
// in (as the privacy notice says), then erased with everything only it named.

const monday = '2026-11-30';
let t: TestApp;
let grocery: CheckoutShop;
let bakery: CheckoutShop;
let resident: supertest.Agent;
let operator: supertest.Agent;
let laisvallId = '';
let taxi: CarrierFixture;

/** What the sweep may erase, by table: the rows each fixture left. */
const placed = {
  orderIds: [] as string[],
  checkoutIds: [] as string[],
  handoverIds: [] as string[],
  runIds: [] as string[],
};

async function countRows() {
  const { knex } = t.database;
  const count = async (table: string, column: string, ids: readonly string[]) =>
    Number(
      ((await knex(table).whereIn(column, ids).count({ n: '*' }).first()) as { n: number | string })
        .n,
    );
  return {
    orders: await count('shop_orders', 'id', placed.orderIds),
    lines: await count('order_lines', 'order_id', placed.orderIds),
    steps: await count('order_status_events', 'order_id', placed.orderIds),
    checkouts: await count('checkouts', 'id', placed.checkoutIds),
    handovers: await count('handovers', 'id', placed.handoverIds),
    confirmations: await count('handover_confirmations', 'handover_id', placed.handoverIds),
    notes: await count('delivery_notes', 'order_id', placed.orderIds),
    corrections: await count('delivery_corrections', 'order_id', placed.orderIds),
    commands: await count('delivery_commands', 'target_id', [...placed.orderIds, ...placed.runIds]),
    runs: await count('delivery_runs', 'id', placed.runIds),
  };
}

beforeAll(async () => {
  ({
    t,
    shops: { grocery, bakery },
    resident,
    operator,
    laisvallId,
  } = await createShoppingWorld({
    shops: { grocery: { name: 'Arkivbutiken' }, bakery: { name: 'Arkivbageriet' } },
    logIn: ['resident', 'operator'],
  }));

  // Two parcels to the counter, checked in and collected with one code: one confirmation.
  const parcels = await orderToServicePoint(t, { resident, shops: [grocery, bakery] });
  for (const parcel of parcels) {
    const checkedIn = await operator
      .post(`/api/v1/service-points/${laisvallId}/check-ins`)
      .send({ parcelCode: parcel.parcelCode, clientId: newClientId() });
    expect(checkedIn.status).toBe(200);
  }
  const handoverId = parcels[0]?.handoverId ?? '';
  const looked = await operator
    .post(`/api/v1/service-points/${laisvallId}/handovers/lookup`)
    .send({ code: await pickupCodeOf(t, handoverId) });
  const confirmed = await operator
    .post(`/api/v1/service-points/${laisvallId}/handovers/${handoverId}/confirm`)
    .send({ clientId: newClientId(), paymentTakenOre: looked.body.handover.amountDueOre });
  expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(200);
  placed.orderIds.push(...parcels.map((parcel) => parcel.orderId));
  placed.handoverIds.push(handoverId);

  // A home delivery driven in a run and delivered, then corrected in the carrier's report.
  const zoneId = await createZone(t, { name: 'Arkivzonen' });
  taxi = await createCarrier(t, { zones: [{ zoneId, weekdays: [1] }], shops: [grocery] });
  const started = await taxi.driver
    .post(`/api/v1/carriers/${taxi.slug}/runs`)
    .send({ clientId: newClientId(), date: monday, route: 'Laisvall', vehicle: 'ABC 123' });
  expect(started.status, JSON.stringify(started.body)).toBe(201);
  const runId = started.body.run.id as string;
  const note = await orderWithNote(t, { shop: grocery, buyer: resident, zoneId, date: monday });
  await handToCarrier(grocery, note.orderId, taxi.id);
  const delivered = await taxi.driver
    .post(`/api/v1/carriers/${taxi.slug}/deliveries/${note.orderId}/deliver`)
    .send({ clientId: newClientId(), collectedOre: 1990 });
  expect(delivered.status, JSON.stringify(delivered.body)).toBe(200);
  const closed = await taxi.driver
    .post(`/api/v1/carriers/${taxi.slug}/runs/${runId}/close`)
    .send({ clientId: newClientId(), km: 84.3 });
  expect(closed.status, JSON.stringify(closed.body)).toBe(200);
  // November has ended: its report can be corrected.
  setClock(t, '2026-12-01T09:00:00+01:00');
  const corrected = await taxi.driver
    .post(`/api/v1/carriers/${taxi.slug}/reports/2026-11/notes/${note.orderId}/correct`)
    .send({ delivered: false, reason: 'Paketet lämnades hos grannen.' });
  expect(corrected.status, JSON.stringify(corrected.body)).toBe(200);
  placed.orderIds.push(note.orderId);
  placed.runIds.push(runId);

  placed.checkoutIds.push(
    ...(await t.database
      .knex('shop_orders')
      .whereIn('id', placed.orderIds)
      .distinct()
      .pluck<string[]>('checkout_id')),
  );
});
afterAll(() => t.close());

describe('a step’s network and device after 540 days', () => {
  type Step = {
    id: string;
    at: number | string;
    channel: string | null;
    ip: string | null;
    device: string | null;
  };
  const steps = () =>
    t.database
      .knex('order_status_events')
      .whereIn('order_id', placed.orderIds)
      .orderBy('id')
      .select<Step[]>('id', 'at', 'channel', 'ip', 'device');

  it('are kept to day 540, then cleared; the step and its channel stay', async () => {
    const before = await steps();
    const withAddress = before.filter((step) => step.ip !== null);
    // The resident's, the operator's and the driver's requests were steps with an address.
    expect(withAddress.length).toBeGreaterThanOrEqual(3);
    const day = 24 * 60 * 60 * 1000;
    const oldest = Math.min(...withAddress.map((step) => Number(step.at)));
    const newest = Math.max(...withAddress.map((step) => Number(step.at)));

    t.clock.advance(oldest + 540 * day - t.clock.now());
    expect(await t.services.orders.retention.clearOldStepOrigins()).toBe(0);
    expect(await steps()).toEqual(before);

    t.clock.advance(newest + 540 * day + 1 - t.clock.now());
    expect(await t.services.orders.retention.clearOldStepOrigins()).toBeGreaterThanOrEqual(
      withAddress.length,
    );
    const after = await steps();
    expect(after.map((step) => ({ ...step, ip: null, device: null }))).toEqual(
      before.map((step) => ({ ...step, ip: null, device: null })),
    );
    expect(after.filter((step) => step.ip !== null || step.device !== null)).toEqual([]);
    expect(after.filter((step) => step.channel !== null).length).toBeGreaterThanOrEqual(3);
    // Nothing left to do: the next hour writes nothing.
    expect(await t.services.orders.retention.clearOldStepOrigins()).toBe(0);
  });
});

describe('orders past their seven years', () => {
  it('are kept to the last second of the seventh year after the year they were placed in', async () => {
    const before = await countRows();
    expect(before).toMatchObject({
      orders: 3,
      checkouts: 2,
      handovers: 1,
      confirmations: 1,
      notes: 1,
      corrections: 1,
      runs: 1,
    });
    expect(before.lines).toBeGreaterThanOrEqual(3);
    expect(before.steps).toBeGreaterThanOrEqual(3);
    expect(before.commands).toBeGreaterThanOrEqual(2);

    // Swedish time: 31 December 2033 is still within 2026's seven years.
    setClock(t, '2033-12-31T23:59:59+01:00');
    await t.services.orders.retention.erasePastRetention();
    expect(await countRows()).toEqual(before);
  });

  it('are erased from New Year 2034 with everything only they named, on every engine', async () => {
    setClock(t, '2034-01-01T00:00:00+01:00');
    expect(await t.services.orders.retention.erasePastRetention()).toBeGreaterThanOrEqual(3);
    expect(await countRows()).toEqual({
      orders: 0,
      lines: 0,
      steps: 0,
      checkouts: 0,
      handovers: 0,
      confirmations: 0,
      notes: 0,
      corrections: 0,
      commands: 0,
      runs: 0,
    });
    // The shops, their goods and the service point are not the orders' to erase.
    const shops = await t.database.knex('shops').whereIn('id', [grocery.id, bakery.id]);
    expect(shops).toHaveLength(2);
    expect(await t.database.knex('service_points').where({ slug: laisvallSlug })).toHaveLength(1);
    // A second sweep finds nothing left to do.
    expect(await t.services.orders.retention.erasePastRetention()).toBe(0);
  });
});
