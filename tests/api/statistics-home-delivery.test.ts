import type supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CheckoutShop } from './support/checkout.ts';
import {
  createCarrier,
  createHousehold,
  createZone,
  handToCarrier,
  newClientId,
  orderWithNote,
  type CarrierFixture,
} from './support/deliveries.ts';
import { createShoppingWorld } from './support/shopping-world.ts';
import type { TestApp } from './support/test-app.ts';

/**
 * Home delivery's statistics (decision 0038) from a small known world made through the
 * deliveries module's door and the shop's and carrier's APIs. In Arjeplog:
 * - a year earlier (Sunday 30 November 2025): household A, grocery, taxi, Laisvall;
 * - Monday 30 November 2026: A twice (grocery, taxi, Laisvall), B (grocery, bus, Adolfström),
 *   C (bakery, taxi, Laisvall); and, not counted, C's failed attempt and a note never handed;
 * - Tuesday 1 December 2026: B (bakery, taxi, Adolfström).
 */
let t: TestApp;
let grocery: CheckoutShop;
let bakery: CheckoutShop;
let resident: supertest.Agent;
let taxi: CarrierFixture;
let bus: CarrierFixture;
let arjeplogAdmin: supertest.Agent;
let gallivareAdmin: supertest.Agent;
let regionAdmin: supertest.Agent;

const day = 86_400_000;
const year = 365 * day;
const period = 'from=2026-11-01&to=2026-12-01';

async function delivered(
  shop: CheckoutShop,
  carrier: CarrierFixture,
  options: { zoneId: string; date: string; householdId: string; village: string },
) {
  const note = await orderWithNote(t, { shop, buyer: resident, ...options });
  await handToCarrier(shop, note.orderId, carrier.id);
  const response = await carrier.driver
    .post(`/api/v1/carriers/${carrier.slug}/deliveries/${note.orderId}/deliver`)
    .send({ clientId: newClientId(), collectedOre: 1990 });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return note;
}

beforeAll(async () => {
  ({
    t,
    shops: { grocery, bakery },
    resident,
  } = await createShoppingWorld({
    shops: { grocery: { name: 'Hemstatistikbutiken' }, bakery: { name: 'Hemstatistikbageriet' } },
    logIn: ['resident'],
  }));
  const zoneId = await createZone(t, { name: 'Statistikzonen' });
  taxi = await createCarrier(t, {
    name: 'Statistiktaxi',
    // 30 November 2025, a year before the Monday, was a Sunday.
    zones: [{ zoneId, weekdays: [1, 2, 7] }],
    shops: [grocery, bakery],
  });
  bus = await createCarrier(t, {
    name: 'Statistikbussen',
    zones: [{ zoneId, weekdays: [1] }],
    shops: [grocery],
  });
  const [a, b, c] = [await createHousehold(t), await createHousehold(t), await createHousehold(t)];

  t.clock.advance(-year);
  await delivered(grocery, taxi, {
    zoneId,
    date: '2025-11-30',
    householdId: a,
    village: 'Laisvall',
  });
  t.clock.advance(year);

  const monday = { zoneId, date: '2026-11-30' };
  await delivered(grocery, taxi, { ...monday, householdId: a, village: 'Laisvall' });
  await delivered(grocery, taxi, { ...monday, householdId: a, village: 'Laisvall' });
  await delivered(grocery, bus, { ...monday, householdId: b, village: 'Adolfström' });
  await delivered(bakery, taxi, { ...monday, householdId: c, village: 'Laisvall' });
  // Neither a failed attempt nor a note still in the shop is a delivery.
  const failed = await orderWithNote(t, {
    shop: bakery,
    buyer: resident,
    ...monday,
    householdId: c,
  });
  await handToCarrier(bakery, failed.orderId, taxi.id);
  const fail = await taxi.driver
    .post(`/api/v1/carriers/${taxi.slug}/deliveries/${failed.orderId}/fail`)
    .send({ clientId: newClientId(), reason: 'not_home' });
  expect(fail.status).toBe(200);
  await orderWithNote(t, { shop: grocery, buyer: resident, ...monday, householdId: b });

  t.clock.advance(day);
  await delivered(bakery, taxi, {
    zoneId,
    date: '2026-12-01',
    householdId: b,
    village: 'Adolfström',
  });

  [arjeplogAdmin, gallivareAdmin, regionAdmin] = await Promise.all([
    t.loginAs('kommun@arjeplog.example.se'),
    t.loginAs('kommun@gallivare.example.se'),
    t.loginAs('region@example.se'),
  ]);
});
afterAll(() => t.close());

describe('home delivery in the municipality’s statistics', () => {
  it('counts delivered notes and distinct households per month, village, shop and carrier', async () => {
    const response = await arjeplogAdmin.get(
      `/api/v1/admin/municipalities/arjeplog/statistics?${period}`,
    );
    expect(response.status).toBe(200);
    const { current, previous } = response.body;
    expect(current.homeDelivery).toEqual({
      totals: { deliveries: 5, households: 3 },
      months: [
        { month: '2026-11', deliveries: 4, households: 3 },
        { month: '2026-12', deliveries: 1, households: 1 },
      ],
      villages: [
        { village: 'Laisvall', deliveries: 3, households: 2 },
        { village: 'Adolfström', deliveries: 2, households: 1 },
      ],
      shops: [
        { shopId: grocery.id, name: 'Hemstatistikbutiken', deliveries: 3, households: 2 },
        { shopId: bakery.id, name: 'Hemstatistikbageriet', deliveries: 2, households: 2 },
      ],
      carriers: [
        { carrierId: taxi.id, name: 'Statistiktaxi', deliveries: 4, households: 3 },
        { carrierId: bus.id, name: 'Statistikbussen', deliveries: 1, households: 1 },
      ],
    });
    expect(previous.homeDelivery.totals).toEqual({ deliveries: 1, households: 1 });
    expect(previous.homeDelivery.months).toEqual([
      { month: '2025-11', deliveries: 1, households: 1 },
      { month: '2025-12', deliveries: 0, households: 0 },
    ]);
    expect(JSON.stringify(response.body.current.homeDelivery)).not.toMatch(/Storvägen|Test/);
  });

  it('shows another municipality none of Arjeplog’s deliveries, and refuses its admin Arjeplog’s', async () => {
    const own = await gallivareAdmin.get(
      `/api/v1/admin/municipalities/gallivare/statistics?${period}`,
    );
    expect(own.status).toBe(200);
    expect(own.body.current.homeDelivery.totals).toEqual({ deliveries: 0, households: 0 });
    expect(own.body.current.homeDelivery.villages).toEqual([]);
    const foreign = await gallivareAdmin.get(
      `/api/v1/admin/municipalities/arjeplog/statistics.csv?${period}`,
    );
    expect(foreign.status).toBe(403);
  });

  it('exports households under 3 as "< 3" and deliveries as they are', async () => {
    const response = await arjeplogAdmin.get(
      `/api/v1/admin/municipalities/arjeplog/statistics.csv?${period}`,
    );
    expect(response.status).toBe(200);
    const lines = response.text.split('\r\n');
    expect(lines).toContain('Hemsändning;Totalt;5;3');
    expect(lines).toContain('Hemsändning;2026-11;4;3');
    expect(lines).toContain('Hemsändning;2026-12;1;< 3');
    expect(lines).toContain('Hemsändning per by;Laisvall;3;< 3');
    expect(lines).toContain('Hemsändning per butik;Hemstatistikbutiken;3;< 3');
    expect(lines).toContain('Hemsändning per bud;Statistiktaxi;4;3');
    expect(lines).toContain('Hemsändning;2025-11;1;< 3');
  });
});

describe('home delivery in the region’s and the shop’s statistics', () => {
  it('shows each municipality’s deliveries side by side', async () => {
    const response = await regionAdmin.get(`/api/v1/admin/region/statistics?${period}`);
    expect(response.status).toBe(200);
    expect(response.body.current.homeDelivery.totals).toEqual({ deliveries: 5, households: 3 });
    const rows = response.body.municipalities as {
      slug: string;
      current: { homeDelivery: { deliveries: number; households: number } };
      previous: { homeDelivery: { deliveries: number; households: number } };
    }[];
    const arjeplog = rows.find((row) => row.slug === 'arjeplog');
    expect(arjeplog?.current.homeDelivery).toEqual({ deliveries: 5, households: 3 });
    expect(arjeplog?.previous.homeDelivery).toEqual({ deliveries: 1, households: 1 });
    expect(rows.find((row) => row.slug === 'gallivare')?.current.homeDelivery).toEqual({
      deliveries: 0,
      households: 0,
    });
    const csv = await regionAdmin.get(`/api/v1/admin/region/statistics.csv?${period}`);
    expect(csv.text).toMatch(/\r\nArjeplog;2026-11-01–2026-12-01;[^\r]*;5;3\r\n/);
    expect(csv.text).toMatch(/\r\nArjeplog;2025-11-01–2025-12-01;[^\r]*;1;< 3\r\n/);
  });

  it('shows the shop its own deliveries and households per month', async () => {
    const response = await bakery.owner.get(`/api/v1/shops/${bakery.id}/statistics?${period}`);
    expect(response.status).toBe(200);
    expect(response.body.current.homeDelivery).toEqual({
      totals: { deliveries: 2, households: 2 },
      months: [
        { month: '2026-11', deliveries: 1, households: 1 },
        { month: '2026-12', deliveries: 1, households: 1 },
      ],
    });
    expect(response.body.previous.homeDelivery.totals).toEqual({ deliveries: 0, households: 0 });
    const own = await grocery.owner.get(`/api/v1/shops/${grocery.id}/statistics?${period}`);
    expect(own.body.current.homeDelivery.totals).toEqual({ deliveries: 3, households: 2 });
    expect(own.body.previous.homeDelivery.totals).toEqual({ deliveries: 1, households: 1 });
  });
});
