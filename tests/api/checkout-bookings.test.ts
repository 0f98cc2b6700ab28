import type supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { slotHoldMinutes } from '@e-galleria/shared/basket-limits';
import { swedishDateOf } from '@e-galleria/shared/calendar-dates';
import {
  contact,
  createCheckoutShop,
  createGood,
  laisvallSlug,
  type CheckoutShop,
} from './support/checkout.ts';
import { mailsTo } from './support/counter.ts';
import { createShoppingWorld } from './support/shopping-world.ts';
import type { TestApp } from './support/test-app.ts';

let t: TestApp;
let salon: CheckoutShop;
let serviceId: string;
let slotStart: string;

type Slot = { startsAt: string; capacity: number; available: number };

beforeAll(async () => {
  ({
    t,
    shops: { salon },
  } = await createShoppingWorld({ shops: { salon: { name: 'Salong Bokning' } } }));
  const created = await salon.owner.post(`/api/v1/shops/${salon.id}/products`).send({
    kind: 'service',
    title: 'Skäggtrimning',
    categoryId: 'cat-halsa-och-skonhet',
    vatClass: 'standard',
    priceOre: 25000,
    status: 'published',
    service: {
      durationMinutes: 30,
      bookingMode: 'slots',
      slotCapacity: 2,
      location: 'in_shop',
      availability: { weekly: [{ weekday: 2, start: '09:00', end: '10:00' }], exceptions: [] },
    },
  });
  expect(created.status).toBe(201);
  serviceId = created.body.product.id as string;
  const slots = await t.agent().get(`/api/v1/products/${serviceId}/slots?days=7&limit=2`);
  slotStart = (slots.body.items as Slot[])[0]?.startsAt ?? '';
});
afterAll(() => t.close());

async function availableAt(start: string) {
  const slots = await t.agent().get(`/api/v1/products/${serviceId}/slots?days=7&limit=2`);
  return (slots.body.items as Slot[]).find((slot) => slot.startsAt === start)?.available;
}

async function book(client: supertest.Agent, quantity = 1) {
  return client.post('/api/v1/basket/items').send({ productId: serviceId, quantity, slotStart });
}

describe('booking a service time', () => {
  it('needs a time the service has, and holds its places while in a basket', async () => {
    const noTime = await t
      .agent()
      .post('/api/v1/basket/items')
      .send({ productId: serviceId, quantity: 1 });
    expect(noTime.status).toBe(400);
    const wrongTime = await t
      .agent()
      .post('/api/v1/basket/items')
      .send({ productId: serviceId, quantity: 1, slotStart: '2026-12-01T08:10:00.000Z' });
    expect(wrongTime.body.code).toBe('slot_unavailable');

    expect(await availableAt(slotStart)).toBe(2);
    const first = t.agent();
    expect((await book(first, 2)).status).toBe(201);
    expect(await availableAt(slotStart)).toBe(0);
    const second = t.agent();
    const full = await book(second);
    expect(full.status).toBe(409);
    expect(full.body.code).toBe('slot_unavailable');

    // The hold runs out: the places are free again, and the first basket must choose anew.
    t.clock.advance((slotHoldMinutes + 1) * 60_000);
    expect(await availableAt(slotStart)).toBe(2);
    expect((await book(second)).status).toBe(201);
    // One place left and two asked for: the time is still there, fewer places are not.
    const tooMany = await book(t.agent(), 2);
    expect(tooMany.status).toBe(409);
    expect(tooMany.body.code).toBe('not_enough_places');
    expect(tooMany.body.detail).toBe('Only 1 place is left at that time.');
    expect(tooMany.body.left).toBe(1);
    const stale = await first.get('/api/v1/basket');
    expect(stale.body.basket.items[0].problem).toBe('hold_expired');
    const refused = await first.post('/api/v1/checkout').send({
      contact,
      fulfilments: [{ shopId: salon.id, method: 'pickup_in_shop' }],
      payment: 'pay_at_pickup',
    });
    // Its two places are no longer both free: one is held by the second basket now.
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('slot_unavailable');
  });

  it('books the place at checkout, and a declined booking frees it', async () => {
    const resident = t.agent();
    expect((await book(resident)).status).toBe(201);
    const checkout = await resident.post('/api/v1/checkout').send({
      contact,
      fulfilments: [{ shopId: salon.id, method: 'pickup_in_shop' }],
      payment: 'pay_at_pickup',
    });
    expect(checkout.status).toBe(201);
    // One place held by the other basket above, one booked now.
    expect(await availableAt(slotStart)).toBe(0);
    const detail = await resident.get(`/api/v1/checkouts/${checkout.body.checkout.id as string}`);
    expect(detail.body.checkout.orders[0].lines[0].slot.start).toBe(slotStart);

    // Bookings outlive holds: after the other basket's hold, one place is still taken.
    t.clock.advance((slotHoldMinutes + 1) * 60_000);
    expect(await availableAt(slotStart)).toBe(1);
    const orderId = checkout.body.checkout.orders[0].id as string;
    await salon.owner
      .post(`/api/v1/shops/${salon.id}/orders/${orderId}/decline`)
      .send({ reason: 'Sjuk i dag.' });
    expect(await availableAt(slotStart)).toBe(2);
  });
});

// Decision 0067: a booked time is confirmed and then done at the shop. Nothing is packed, made
// ready or collected with a code, and the pick list does not send anyone to a shelf for it.
describe('an order of booked times', () => {
  it('is accepted and marked done, never packed; goods are never marked done', async () => {
    const resident = t.agent();
    const slots = await t.agent().get(`/api/v1/products/${serviceId}/slots?days=7&limit=2`);
    const start = (slots.body.items as Slot[]).find((slot) => slot.available > 0)?.startsAt;
    expect(
      (
        await resident
          .post('/api/v1/basket/items')
          .send({ productId: serviceId, quantity: 1, slotStart: start })
      ).status,
    ).toBe(201);
    const booker = { ...contact, email: 'bokar.tid@example.se' };
    const placedOn = new Date(t.clock.now()).toISOString().slice(0, 10);
    const checkout = await resident.post('/api/v1/checkout').send({
      contact: booker,
      fulfilments: [{ shopId: salon.id, method: 'pickup_in_shop' }],
      payment: 'pay_at_pickup',
    });
    expect(checkout.status).toBe(201);
    const [mail] = await mailsTo(t, booker.email, 'order_confirmation');
    expect(mail?.text_body).toContain('Bokad tid hos Salong Bokning: tisdag');
    expect(mail?.text_body).toContain('(betalas när tjänsten utförs)');
    expect(mail?.text_body).toContain('  1 × Skäggtrimning\n');
    expect(mail?.text_body).not.toContain('Hämtas');
    const orderId = checkout.body.checkout.orders[0].id as string;
    // The shop's "Hämtdag" finds a booking on the day it is booked for, not the day it was made.
    const onDay = async (day: string) =>
      (
        (await salon.owner.get(`/api/v1/shops/${salon.id}/orders?pickupDate=${day}`)).body
          .items as { id: string }[]
      ).map((item) => item.id);
    const bookedDay = swedishDateOf(Date.parse(start ?? ''));
    expect(await onDay(bookedDay)).toContain(orderId);
    if (swedishDateOf(t.clock.now()) !== bookedDay)
      expect(await onDay(swedishDateOf(t.clock.now()))).not.toContain(orderId);
    const step = (name: string) =>
      salon.owner.post(`/api/v1/shops/${salon.id}/orders/${orderId}/${name}`).send({});

    expect((await step('perform')).body.code).toBe('status_conflict');
    expect((await step('accept')).status).toBe(200);
    // Confirming tells the resident the time holds, by the Swedish clock.
    const [confirmed] = await mailsTo(t, booker.email, 'booking_confirmed');
    expect(confirmed?.subject).toBe('Salong Bokning har bekräftat din tid');
    expect(confirmed?.text_body).toMatch(/bekräftat din bokning: tisdag \d+ \w+ kl\. 09:00\./);
    expect(confirmed?.text_body).toContain('Du betalar när tjänsten utförs.');
    const pickList = await salon.owner.get(`/api/v1/shops/${salon.id}/pick-list`);
    expect(pickList.status).toBe(200);
    expect(pickList.body.items).toEqual([]);
    // A confirmed booking waits for its time in "Bokade tider", not among the goods to pack.
    const inQueue = async (owner: typeof salon.owner, shopId: string, queue: string) =>
      (
        (await owner.get(`/api/v1/shops/${shopId}/orders?queue=${queue}`)).body.items as {
          id: string;
        }[]
      ).map((item) => item.id);
    expect(await inQueue(salon.owner, salon.id, 'booked')).toEqual([orderId]);
    expect(await inQueue(salon.owner, salon.id, 'to_pack')).toEqual([]);
    const pack = await step('pack');
    expect(pack.status).toBe(409);
    expect(pack.body.detail).toContain('nothing to pack');

    // Not before the booked day: a click a day early told the resident "Utförd".
    const early = await step('perform');
    expect(early.status).toBe(409);
    expect(early.body.detail).toContain('it can be marked done from that day');
    t.clock.advance(Date.parse(start ?? '') - t.clock.now());
    const done = await step('perform');
    expect(done.status).toBe(200);
    expect(done.body.order.status).toBe('collected');
    expect(done.body.order.history.map((entry: { status: string }) => entry.status)).toEqual([
      'placed',
      'accepted',
      'collected',
    ]);
    const again = await step('perform');
    expect(again.status).toBe(409);
    // Done is not collected: the shop's statistics count no pickup in the shop for it.
    const today = new Date(t.clock.now()).toISOString().slice(0, 10);
    const statistics = await salon.owner.get(
      `/api/v1/shops/${salon.id}/statistics?from=${placedOn.slice(0, 8)}01&to=${today}`,
    );
    expect(statistics.status).toBe(200);
    const months = statistics.body.current.months as { orders: number; pickedUpAtShop: number }[];
    expect(months.reduce((sum, month) => sum + month.orders, 0)).toBe(1);
    expect(months.map((month) => month.pickedUpAtShop)).toEqual(months.map(() => 0));

    // Goods in the same shop go the goods' way: "done" is refused.
    const grocery = await createCheckoutShop(t, { name: 'Salongens butik' });
    const good = await createGood(grocery, { title: 'Schampo', priceOre: 9900, stock: 5 });
    const buyer = t.agent();
    await buyer.post('/api/v1/basket/items').send({ productId: good, quantity: 1 });
    const goods = await buyer.post('/api/v1/checkout').send({
      contact,
      fulfilments: [{ shopId: grocery.id, method: 'pickup_in_shop' }],
      payment: 'pay_at_pickup',
    });
    expect(goods.status).toBe(201);
    const goodsOrder = goods.body.checkout.orders[0].id as string;
    const shopStep = (name: string) =>
      grocery.owner.post(`/api/v1/shops/${grocery.id}/orders/${goodsOrder}/${name}`).send({});
    expect((await shopStep('accept')).status).toBe(200);
    expect(await inQueue(grocery.owner, grocery.id, 'to_pack')).toEqual([goodsOrder]);
    expect(await inQueue(grocery.owner, grocery.id, 'booked')).toEqual([]);
    expect(await mailsTo(t, contact.email, 'booking_confirmed')).toEqual([]);
    const refused = await shopStep('perform');
    expect(refused.status).toBe(409);
    expect(refused.body.detail).toContain('Only an order of booked times');
    expect((await shopStep('pack')).status).toBe(200);

    // Another shop's owner reaches neither.
    const foreign = await grocery.owner
      .post(`/api/v1/shops/${grocery.id}/orders/${orderId}/perform`)
      .send({});
    expect(foreign.status).toBe(404);
  });
});

describe('one handover per resident, service point and day', () => {
  it('gives goods of two shops collected at Laisvall the same day one pickup code', async () => {
    const grocery = await createCheckoutShop(t, { name: 'Handbutiken' });
    const bakery = await createCheckoutShop(t, { name: 'Handbageriet' });
    const laisvall = await t.database
      .knex('service_points')
      .where({ slug: laisvallSlug })
      .first<{ id: string }>('id');
    const guest = t.agent();
    for (const shop of [grocery, bakery]) {
      const productId = await createGood(shop, { title: 'Hämtvara', priceOre: 1000, stock: 5 });
      await guest.post('/api/v1/basket/items').send({ productId, quantity: 1 });
    }
    const checkout = await guest.post('/api/v1/checkout').send({
      contact: { ...contact, email: 'handover@example.se' },
      fulfilments: [grocery, bakery].map((shop) => ({
        shopId: shop.id,
        method: 'pickup_at_service_point',
        servicePointId: laisvall.id,
      })),
      payment: 'pay_at_pickup',
    });
    expect(checkout.status).toBe(201);
    const detail = await guest.get(`/api/v1/checkouts/${checkout.body.checkout.id as string}`);
    const [first, second] = detail.body.checkout.orders as {
      pickupCode: string;
      fulfilment: { date: string };
    }[];
    expect(first?.pickupCode).toMatch(/^\d{6}$/);
    expect(second?.pickupCode).toBe(first?.pickupCode);
    expect(second?.fulfilment.date).toBe(first?.fulfilment.date);
  });
});
