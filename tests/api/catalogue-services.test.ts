import type supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPublishedShop, type ShopFixture } from './support/factories.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

let t: TestApp;
let shop: ShopFixture;
let owner: supertest.Agent;

const haircut = {
  kind: 'service',
  title: 'Klippning kort hår',
  description: 'Tvätt, klippning och fön.',
  categoryId: 'cat-halsa-och-skonhet',
  vatClass: 'standard',
  priceOre: 45000,
  status: 'published',
  service: {
    durationMinutes: 30,
    bookingMode: 'slots',
    slotCapacity: 1,
    location: 'in_shop',
    availability: {
      weekly: [
        { weekday: 2, start: '09:00', end: '11:00' },
        { weekday: 4, start: '13:00', end: '14:00' },
      ],
      exceptions: [{ date: '2026-12-03', intervals: [] }],
    },
  },
};

beforeAll(async () => {
  t = await createTestApp();
  // Monday 2026-11-30 10:00 Swedish time.
  t.clock.advance(Date.parse('2026-11-30T09:00:00Z') - t.clock.now());
  shop = await createPublishedShop(t, { name: 'Salong Fjällhår' });
  owner = await t.loginAs(shop.ownerEmail);
});
afterAll(() => t.close());

describe('a shop offers services', () => {
  it('creates a bookable service and the storefront shows its next free slots', async () => {
    const created = await owner.post(`/api/v1/shops/${shop.id}/products`).send(haircut);
    expect(created.status).toBe(201);
    expect(created.body.product).toMatchObject({
      kind: 'service',
      priceFromOre: 45000,
      vatRateBasisPoints: 2500,
      isInStock: true,
      service: { durationMinutes: 30, bookingMode: 'slots', location: 'in_shop' },
    });
    const slots = await t
      .agent()
      .get(`/api/v1/products/${created.body.product.id}/slots?days=7&limit=6`);
    expect(slots.status).toBe(200);
    // Tuesday 1 Dec 09:00–11:00 in four slots; Thursday 3 Dec is closed; then Tuesday 8th
    // is outside 7 days.
    expect(slots.body.items).toEqual([
      {
        startsAt: '2026-12-01T08:00:00.000Z',
        endsAt: '2026-12-01T08:30:00.000Z',
        capacity: 1,
        available: 1,
      },
      {
        startsAt: '2026-12-01T08:30:00.000Z',
        endsAt: '2026-12-01T09:00:00.000Z',
        capacity: 1,
        available: 1,
      },
      {
        startsAt: '2026-12-01T09:00:00.000Z',
        endsAt: '2026-12-01T09:30:00.000Z',
        capacity: 1,
        available: 1,
      },
      {
        startsAt: '2026-12-01T09:30:00.000Z',
        endsAt: '2026-12-01T10:00:00.000Z',
        capacity: 1,
        available: 1,
      },
    ]);

    // "Senare tider": the times after the last one shown, the next two weeks from there.
    const slotsUrl = `/api/v1/products/${created.body.product.id}/slots`;
    const later = await t.agent().get(`${slotsUrl}?limit=3&after=2026-12-01T09:30:00.000Z`);
    expect(later.status).toBe(200);
    expect(later.body.items.map((slot: { startsAt: string }) => slot.startsAt)).toEqual([
      '2026-12-08T08:00:00.000Z',
      '2026-12-08T08:30:00.000Z',
      '2026-12-08T09:00:00.000Z',
    ]);
    // Half-way through a day: the times after it that day come first.
    const midday = await t
      .agent()
      .get(`${slotsUrl}?limit=1&after=${encodeURIComponent('2026-12-01T09:00:00+01:00')}`);
    expect(midday.body.items[0].startsAt).toBe('2026-12-01T08:30:00.000Z');
    // Never in the past, whatever is asked.
    const past = await t.agent().get(`${slotsUrl}?limit=1&after=2026-01-01T00:00:00Z`);
    expect(past.body.items[0].startsAt).toBe('2026-12-01T08:00:00.000Z');
    const bad = await t.agent().get(`${slotsUrl}?after=tisdag`);
    expect(bad.status).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');

    const found = await t
      .agent()
      .get(`/api/v1/municipalities/arjeplog/products?kind=service&q=klipp&shop=${shop.id}`);
    expect(found.body.items.map((item: { id: string }) => item.id)).toEqual([
      created.body.product.id,
    ]);
  });

  it('changes the weekly availability', async () => {
    const created = await owner.post(`/api/v1/shops/${shop.id}/products`).send(haircut);
    const changed = await owner
      .patch(`/api/v1/shops/${shop.id}/products/${created.body.product.id}`)
      .send({
        service: {
          ...haircut.service,
          slotCapacity: 3,
          availability: { weekly: [{ weekday: 3, start: '10:00', end: '10:30' }], exceptions: [] },
        },
      });
    expect(changed.status).toBe(200);
    const slots = await t.agent().get(`/api/v1/products/${created.body.product.id}/slots`);
    expect(slots.body.items[0]).toEqual({
      startsAt: '2026-12-02T09:00:00.000Z',
      endsAt: '2026-12-02T09:30:00.000Z',
      capacity: 3,
      available: 3,
    });
  });

  it('has no slots when booked on request', async () => {
    const created = await owner.post(`/api/v1/shops/${shop.id}/products`).send({
      ...haircut,
      title: 'Hemtvätt av mattor',
      service: { durationMinutes: 60, bookingMode: 'on_request', location: 'at_home' },
    });
    expect(created.status).toBe(201);
    const slots = await t.agent().get(`/api/v1/products/${created.body.product.id}/slots`);
    expect(slots.body.items).toEqual([]);
  });

  it('books a service at home on request with the shop, not through the basket (decision 0068)', async () => {
    const atHome = await owner.post(`/api/v1/shops/${shop.id}/products`).send({
      ...haircut,
      title: 'Fönsterputs hemma',
      service: { durationMinutes: 60, bookingMode: 'on_request', location: 'at_home' },
    });
    const resident = t.agent();
    const refused = await resident
      .post('/api/v1/basket/items')
      .send({ productId: atHome.body.product.id, quantity: 1 });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('booked_with_shop');
    expect(refused.headers['content-type']).toContain('application/problem+json');

    // On request in the shop is ordered as before (the resident brings the sheets).
    const inShop = await owner.post(`/api/v1/shops/${shop.id}/products`).send({
      ...haircut,
      title: 'Mangling',
      service: { durationMinutes: 30, bookingMode: 'on_request', location: 'in_shop' },
    });
    const added = await resident
      .post('/api/v1/basket/items')
      .send({ productId: inShop.body.product.id, quantity: 1 });
    expect(added.status).toBe(201);
    // Moved to the resident's home while in a basket: the basket says so, checkout refuses.
    const moved = await owner
      .patch(`/api/v1/shops/${shop.id}/products/${inShop.body.product.id}`)
      .send({ service: { durationMinutes: 30, bookingMode: 'on_request', location: 'at_home' } });
    expect(moved.status).toBe(200);
    const basket = await resident.get('/api/v1/basket');
    expect(basket.body.basket.items.map((item: { problem: string }) => item.problem)).toEqual([
      'booked_with_shop',
    ]);
    const checkout = await resident.post('/api/v1/checkout').send({
      contact: { name: 'Bo Hemma', email: 'bo.hemma@example.se' },
      fulfilments: [{ shopId: shop.id, method: 'pickup_in_shop' }],
      payment: 'pay_at_pickup',
    });
    expect(checkout.status).toBe(409);
    expect(checkout.body.code).toBe('basket_changed');
  });

  it('refuses a service without details, a good with them and a reversed interval', async () => {
    const { service: _service, ...withoutDetails } = haircut;
    const missing = await owner.post(`/api/v1/shops/${shop.id}/products`).send(withoutDetails);
    expect(missing.status).toBe(400);
    expect(missing.body.errors[0].field).toBe('service');

    const good = await owner
      .post(`/api/v1/shops/${shop.id}/products`)
      .send({ ...haircut, kind: 'good' });
    expect(good.status).toBe(400);

    const reversed = await owner.post(`/api/v1/shops/${shop.id}/products`).send({
      ...haircut,
      service: {
        ...haircut.service,
        availability: { weekly: [{ weekday: 1, start: '12:00', end: '09:00' }], exceptions: [] },
      },
    });
    expect(reversed.status).toBe(400);
    expect(reversed.body.code).toBe('validation_failed');
  });
});
