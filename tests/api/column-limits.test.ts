import type supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maxCheckoutTotalOre } from '../../shared/src/basket-limits.ts';
import { newId } from '../../server/src/db/ids.ts';
import { maxReportCostOre } from '../../server/src/modules/carrier-reports/carrier-reports.service.ts';
import { contact } from './support/checkout.ts';
import { createCarrier } from './support/deliveries.ts';
import { addressBody, createResident, type ResidentFixture } from './support/households.ts';
import { createShoppingWorld, type ShoppingWorld } from './support/shopping-world.ts';

// Values the API accepts must fit the columns they are stored in, on SQLite and PostgreSQL:
// what does not fit is refused as a 400 naming the field, never a 500 from the database.

let world: ShoppingWorld<'grocery', 'saffron' | 'matches', 'resident'>;
let staff: supertest.Agent;
let admin: supertest.Agent;

beforeAll(async () => {
  world = await createShoppingWorld({
    shops: { grocery: { name: 'Gränsbutiken' } },
    goods: {
      saffron: { shop: 'grocery', title: 'Saffran', priceOre: 100_000_000 },
      matches: { shop: 'grocery', title: 'Tändstickor', priceOre: 1 },
    },
    logIn: ['resident'],
  });
  staff = await world.t.loginAs(world.shops.grocery.staffEmail);
  admin = await world.t.loginAs('kommun@arjeplog.example.se');
});
afterAll(() => world.t.close());

type Problem = { code?: string; errors?: { field: string; code: string }[] };
const fieldErrorsOf = (body: Problem) =>
  (body.errors ?? []).map((error) => [error.field, error.code]);

function expectRefused(response: supertest.Response, field: string, code = 'too_big') {
  expect(response.status, JSON.stringify(response.body)).toBe(400);
  expect(response.body.code).toBe('validation_failed');
  expect(fieldErrorsOf(response.body as Problem)).toContainEqual([field, code]);
}

describe('a household’s phone number', () => {
  let resident: ResidentFixture;
  beforeAll(async () => {
    resident = await createResident(world.t);
  });
  const thirtyDigits = '1'.repeat(30);
  const sixteenDigits = '+46 70 123 45 67 89 01 2';
  const fifteenDigits = '+46 70 123 45 67 89 01';

  it('is refused with more than 15 digits, wherever an address is given', async () => {
    for (const phone of [thirtyDigits, sixteenDigits]) {
      const own = await resident.agent
        .post('/api/v1/me/households')
        .send({ municipality: 'arjeplog', name: 'Åsa', address: addressBody({ phone }) });
      expectRefused(own, 'address.phone');
      const byShop = await staff
        .post(`/api/v1/shops/${world.shops.grocery.id}/households`)
        .send({ name: 'Åsa', address: addressBody({ phone }) });
      expectRefused(byShop, 'address.phone');
      const guest = await world.t
        .agent()
        .post('/api/v1/checkout')
        .send({
          contact: { ...contact, phone },
          fulfilments: [
            {
              shopId: world.shops.grocery.id,
              method: 'home_delivery',
              address: addressBody({ phone }),
            },
          ],
          payment: 'pay_at_pickup',
        });
      expect(guest.status, JSON.stringify(guest.body)).toBe(400);
      expect(fieldErrorsOf(guest.body as Problem)).toEqual(
        expect.arrayContaining([
          ['contact.phone', 'too_big'],
          ['fulfilments.0.address.phone', 'too_big'],
        ]),
      );
    }
  });

  it('is saved with 15 digits, and changed to one with 16 refused', async () => {
    const saved = await resident.agent.post('/api/v1/me/households').send({
      municipality: 'arjeplog',
      name: 'Åsa',
      address: addressBody({ phone: fifteenDigits }),
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(201);
    const id = saved.body.household.id as string;
    const changed = await resident.agent
      .put(`/api/v1/me/households/${id}`)
      .send({ name: 'Åsa', address: addressBody({ phone: sixteenDigits }) });
    expectRefused(changed, 'address.phone');
    const byShop = await staff
      .post(`/api/v1/shops/${world.shops.grocery.id}/households`)
      .send({ name: 'Åsa Gräns', address: addressBody({ phone: `00${'1'.repeat(15)}` }) });
    expect(byShop.status, JSON.stringify(byShop.body)).toBe(201);
  });
});

describe('a household’s name that folds longer', () => {
  it('is saved with 120 letters that fold to two each, and found by them', async () => {
    const resident = await createResident(world.t);
    const name = 'æ'.repeat(120);
    const saved = await resident.agent
      .post('/api/v1/me/households')
      .send({ municipality: 'arjeplog', name, address: addressBody() });
    expect(saved.status, JSON.stringify(saved.body)).toBe(201);
    expect(saved.body.household.name).toBe(name);
    const updated = await resident.agent
      .put(`/api/v1/me/households/${saved.body.household.id as string}`)
      .send({ name: 'ⅷ'.repeat(120), address: addressBody() });
    expect(updated.status, JSON.stringify(updated.body)).toBe(200);
    const byShop = await staff
      .post(`/api/v1/shops/${world.shops.grocery.id}/households`)
      .send({ name, address: addressBody({ streetAddress: 'Æsvägen 1' }) });
    expect(byShop.status, JSON.stringify(byShop.body)).toBe(201);
    const found = await staff.get(
      `/api/v1/shops/${world.shops.grocery.id}/households?q=${'aeae'.repeat(10)}`,
    );
    expect(found.status).toBe(200);
    expect((found.body.items as { id: string }[]).map((item) => item.id)).toContain(
      byShop.body.household.id,
    );
  });
});

describe('slugs of long names', () => {
  const base = '/api/v1/admin/municipalities/arjeplog';

  it('fit their column, and a second whose slug is the same gets a suffix', async () => {
    const slugs: string[] = [];
    // The names differ after the 60th letter: their slugs are the same.
    for (const [index, tail] of ['x', 'y'].entries()) {
      const carrier = await admin
        .post(`${base}/home-delivery/carriers`)
        .send({ name: `${'a'.repeat(99)}${tail}`, orgNumber: '556036-0793', zones: [] });
      expect(carrier.status, JSON.stringify(carrier.body)).toBe(201);
      const point = await admin.post(`${base}/service-points`).send({
        name: `${'b'.repeat(99)}${tail}`,
        kind: 'village_shop',
        hostName: 'Byaföreningen',
        streetAddress: 'Byvägen 1',
        postalCode: '93090',
        village: 'Arjeplog',
      });
      expect(point.status, JSON.stringify(point.body)).toBe(201);
      const invitation = await admin
        .post(`${base}/shop-invitations`)
        .send({ email: `slug-${index}@example.se`, shopName: `${'æ'.repeat(60)}${tail}` });
      expect(invitation.status, JSON.stringify(invitation.body)).toBe(201);
    }
    const { knex } = world.t.database;
    slugs.push(
      ...(await knex('carriers').where('slug', 'like', 'aaaa%').pluck('slug')),
      ...(await knex('service_points').where('slug', 'like', 'bbbb%').pluck('slug')),
      ...(await knex('shops').where('slug', 'like', 'aeae%').pluck('slug')),
    );
    expect(slugs.sort()).toEqual(
      [
        'a'.repeat(60),
        `${'a'.repeat(60)}-2`,
        'ae'.repeat(30),
        `${'ae'.repeat(30)}-2`,
        'b'.repeat(60),
        `${'b'.repeat(60)}-2`,
      ].sort(),
    );
  });
});

describe('checkout totals', () => {
  async function basketOf(items: [string, number][]) {
    const guest = world.t.agent();
    for (const [productId, quantity] of items) {
      const added = await guest.post('/api/v1/basket/items').send({ productId, quantity });
      expect(added.status).toBe(201);
    }
    return guest;
  }
  const checkOut = (guest: supertest.Agent) =>
    guest.post('/api/v1/checkout').send({
      contact,
      fulfilments: [{ shopId: world.shops.grocery.id, method: 'pickup_in_shop' }],
      payment: 'pay_at_pickup',
    });

  it('refuses a checkout over 1 000 000 kr on the basket, and writes nothing', async () => {
    const before = await world.t.database.knex('shop_orders').count({ n: '*' });
    const guest = await basketOf([[world.goods.saffron, 25]]);
    expectRefused(await checkOut(guest), 'basket');
    const over = await basketOf([
      [world.goods.saffron, 1],
      [world.goods.matches, 1],
    ]);
    expectRefused(await checkOut(over), 'basket');
    expect(await world.t.database.knex('shop_orders').count({ n: '*' })).toEqual(before);
  });

  it('takes a checkout of exactly the most', async () => {
    const guest = await basketOf([[world.goods.saffron, 1]]);
    const placed = await checkOut(guest);
    expect(placed.status, JSON.stringify(placed.body)).toBe(201);
    expect(placed.body.checkout.totalOre).toBe(maxCheckoutTotalOre);
  });

  it('refuses an order a shop takes by phone over the most, on its items', async () => {
    const product = await world.t.agent().get(`/api/v1/products/${world.goods.saffron}`);
    const variantId = product.body.product.variants[0].id as string;
    const household = await staff
      .post(`/api/v1/shops/${world.shops.grocery.id}/households`)
      .send({ name: 'Stor Beställare', address: addressBody({ streetAddress: 'Storgatan 9' }) });
    expect(household.status).toBe(201);
    const placed = await staff
      .post(`/api/v1/shops/${world.shops.grocery.id}/assisted-orders`)
      .set('Idempotency-Key', `phone-order-${newId()}`)
      .send({
        householdId: household.body.household.id,
        items: [{ variantId, quantity: 99 }],
        fulfilment: { method: 'pickup_in_shop' },
      });
    expectRefused(placed, 'items');
  });
});

describe('a comparison price too high for its column', () => {
  it('is left out; the product is saved, and a near price keeps its comparison', async () => {
    const path = `/api/v1/shops/${world.shops.grocery.id}/products`;
    const body = {
      title: 'Saffran probe',
      categoryId: 'cat-livsmedel',
      vatClass: 'food',
      priceOre: 100_000_000,
      contentAmount: 1,
      contentUnit: 'g',
    };
    const created = await world.shops.grocery.owner.post(path).send(body);
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const id = created.body.product.id as string;
    const stored = () =>
      world.t.database.knex('products').where({ id }).first('comparison_price_ore');
    expect((await stored())?.comparison_price_ore).toBeNull();
    expect(created.body.product.variants[0].comparisonPriceOre).toBeNull();

    // 2 147 483 g at 21 474 830 kr: 2 147 483 647 öre per kg, the most the column holds.
    const near = await world.shops.grocery.owner
      .patch(`${path}/${id}`)
      .send({ priceOre: 2_147_483, contentAmount: 1 });
    expect(near.status, JSON.stringify(near.body)).toBe(200);
    expect((await stored())?.comparison_price_ore).toBe(2_147_483_000);
    const over = await world.shops.grocery.owner
      .patch(`${path}/${id}`)
      .send({ priceOre: 100_000_000, contentAmount: 1 });
    expect(over.status, JSON.stringify(over.body)).toBe(200);
    expect((await stored())?.comparison_price_ore).toBeNull();
  });
});

describe('a carrier’s monthly cost', () => {
  it('is refused on costUnitOre when the month would claim more than the most', async () => {
    const carrier = await createCarrier(world.t, { zones: [], shops: [] });
    const { knex } = world.t.database;
    const municipality = await knex('carriers').where({ id: carrier.id }).first('municipality_id');
    // 22 closed runs in October 2026, a month that has ended by the world's clock.
    for (let day = 1; day <= 22; day += 1) {
      const date = `2026-10-${String(day).padStart(2, '0')}`;
      const at = Date.parse(`${date}T08:00:00Z`);
      await knex('delivery_runs').insert({
        id: newId(),
        carrier_id: carrier.id,
        municipality_id: municipality.municipality_id,
        date,
        route: 'Laisvall',
        vehicle: 'ABC 123',
        km_tenths: 100,
        started_at: at,
        closed_at: at + 3_600_000,
        created_at: at,
        updated_at: at,
      });
    }
    const submit = (costUnitOre: number) =>
      carrier.driver
        .post(`/api/v1/carriers/${carrier.slug}/reports/2026-10/submit`)
        .send({ costBasis: 'run', costUnitOre });
    expectRefused(await submit(100_000_000), 'costUnitOre');
    expectRefused(await submit(Math.floor(maxReportCostOre / 22) + 1), 'costUnitOre');
    expect(await knex('carrier_reports').where({ carrier_id: carrier.id })).toEqual([]);
    const atMost = await submit(Math.floor(maxReportCostOre / 22));
    expect(atMost.status, JSON.stringify(atMost.body)).toBe(201);
    expect(atMost.body.report.cost.totalOre).toBe(Math.floor(maxReportCostOre / 22) * 22);
  });
});
