import type supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { swedishDateOf } from '@e-galleria/shared/calendar-dates';
import { contact, stockOf, type CheckoutShop } from './support/checkout.ts';
import { mailsTo } from './support/counter.ts';
import { placeOrder, statusOf, stepOrder } from './support/orders.ts';
import { createShoppingWorld } from './support/shopping-world.ts';
import type { TestApp } from './support/test-app.ts';

let t: TestApp;
let grocery: CheckoutShop;
let bakery: CheckoutShop;
let resident: supertest.Agent;
let laisvallId: string;
let goods: Record<'coffee' | 'flour' | 'buns', string>;

beforeAll(async () => {
  ({
    t,
    shops: { grocery, bakery },
    goods,
    resident,
    laisvallId,
  } = await createShoppingWorld({
    shops: { grocery: { name: 'Packbutiken' }, bakery: { name: 'Packbageriet' } },
    goods: {
      coffee: { shop: 'grocery', title: 'Kokkaffe', priceOre: 5490, stock: 20 },
      flour: { shop: 'grocery', title: 'Vetemjöl', priceOre: 2990, stock: 20 },
      buns: { shop: 'bakery', title: 'Kanelbullar', priceOre: 6000, stock: 20 },
    },
    logIn: ['resident'],
  }));
});
afterAll(() => t.close());

const orderUrl = (shop: CheckoutShop, orderId: string, step: string) =>
  `/api/v1/shops/${shop.id}/orders/${orderId}/${step}`;

function expectConflict(response: supertest.Response, current: string) {
  expect(response.status).toBe(409);
  expect(response.body.code).toBe('status_conflict');
  expect(response.body.detail).toContain(current);
}

describe('pickup in the shop', () => {
  it('goes packed → ready for pickup → collected, and refuses a handover to a service point', async () => {
    const { orderId, checkoutId } = await placeOrder(resident, grocery, goods.coffee);
    expectConflict(await grocery.owner.post(orderUrl(grocery, orderId, 'mark-ready')), 'placed');
    await stepOrder(grocery, orderId, ['accept', 'pack']);
    expectConflict(await grocery.owner.post(orderUrl(grocery, orderId, 'hand-over')), 'packed');
    expectConflict(await grocery.owner.post(orderUrl(grocery, orderId, 'collect')), 'packed');
    // The shop's "Hämtdag" finds goods collected in the shop on the day they are ready.
    const readyAt = (await resident.get(`/api/v1/checkouts/${checkoutId}`)).body.checkout.orders[0]
      .fulfilment.readyAt as string;
    const onDay = await grocery.owner.get(
      `/api/v1/shops/${grocery.id}/orders?pickupDate=${swedishDateOf(Date.parse(readyAt))}`,
    );
    expect((onDay.body.items as { id: string }[]).map((item) => item.id)).toContain(orderId);
    const mailsBefore = (await mailsTo(t, contact.email, 'shop_pickup_ready')).length;
    const ready = await grocery.owner.post(orderUrl(grocery, orderId, 'mark-ready'));
    expect(ready.status).toBe(200);
    expect(ready.body.order.status).toBe('ready_for_pickup');
    // The resident is told where, when and with which code (DESIGN §4), once.
    const mails = await mailsTo(t, contact.email, 'shop_pickup_ready');
    expect(mails).toHaveLength(mailsBefore + 1);
    // Goods collected in the shop have no pickup code (only a service point's handover has
    // one): the mail promises none.
    const seen = await resident.get(`/api/v1/checkouts/${checkoutId}`);
    expect(seen.body.checkout.orders[0].pickupCode).toBeNull();
    expect(mails.at(-1)?.subject).toBe('Din beställning från Packbutiken är klar att hämta');
    expect(mails.at(-1)?.text_body).not.toContain('hämtkod');
    expect(mails.at(-1)?.text_body).toContain('väntar på dig i butiken. Du betalar när du hämtar.');
    expect(mails.at(-1)?.text_body).toContain('Öppettider:\n  måndag 08:00–20:00');
    const collected = await grocery.owner.post(orderUrl(grocery, orderId, 'collect'));
    expect(collected.body.order.status).toBe('collected');
    expectConflict(await grocery.owner.post(orderUrl(grocery, orderId, 'collect')), 'collected');
    // Collected goods stay sold.
    expect(await stockOf(t, goods.coffee)).toBe(19);
  });
});

describe('parcels for a service point', () => {
  it('hands several packed parcels over at once, all or none', async () => {
    const first = await placeOrder(resident, grocery, goods.coffee, { servicePointId: laisvallId });
    const second = await placeOrder(resident, grocery, goods.flour, { servicePointId: laisvallId });
    await stepOrder(grocery, first.orderId, ['accept', 'pack']);
    await stepOrder(grocery, second.orderId, ['accept']);
    const early = await grocery.owner
      .post(`/api/v1/shops/${grocery.id}/orders/hand-over`)
      .send({ orderIds: [first.orderId, second.orderId] });
    expectConflict(early, 'accepted');
    expect(await statusOf(t, first.orderId)).toBe('packed');

    await stepOrder(grocery, second.orderId, ['pack']);
    expectConflict(
      await grocery.owner.post(orderUrl(grocery, first.orderId, 'mark-ready')),
      'packed',
    );
    const handed = await grocery.owner
      .post(`/api/v1/shops/${grocery.id}/orders/hand-over`)
      .send({ orderIds: [first.orderId, second.orderId] });
    expect(handed.status).toBe(200);
    expect(handed.body.items.map((order: { status: string }) => order.status)).toEqual([
      'in_transit',
      'in_transit',
    ]);
    expect(handed.body.items[0].parcelCode).toEqual(expect.any(String));
    // The counter gives it out, not the shop.
    expectConflict(
      await grocery.owner.post(orderUrl(grocery, first.orderId, 'collect')),
      'in_transit',
    );
    expectConflict(
      await grocery.owner.post(orderUrl(grocery, first.orderId, 'cancel')).send({ reason: 'Sent' }),
      'in_transit',
    );
  });

  it('hands one parcel over and records who did it', async () => {
    const { orderId } = await placeOrder(resident, grocery, goods.coffee, {
      servicePointId: laisvallId,
    });
    expectConflict(await grocery.owner.post(orderUrl(grocery, orderId, 'hand-over')), 'placed');
    await stepOrder(grocery, orderId, ['accept', 'pack', 'hand-over']);
    const last = await t.database
      .knex('order_status_events')
      .where({ order_id: orderId })
      .orderBy('at', 'desc')
      .orderBy('id', 'desc')
      .first<{ event: string; actor_kind: string; request_id: string | null }>();
    expect(last).toMatchObject({ event: 'hand_over', actor_kind: 'shop_owner' });
    expect(last.request_id).toEqual(expect.any(String));
  });

  it('takes a returned parcel back: stock back once, and not before it is on its way back', async () => {
    const { orderId } = await placeOrder(resident, grocery, goods.flour, {
      servicePointId: laisvallId,
      quantity: 3,
    });
    const before = await stockOf(t, goods.flour);
    await stepOrder(grocery, orderId, ['accept', 'pack', 'hand-over']);
    expectConflict(
      await grocery.owner.post(orderUrl(grocery, orderId, 'confirm-return')),
      'in_transit',
    );
    // The counter's check-in and send-back are the operator's side (built apart); the parcel
    // is put where they leave it.
    await t.database.knex('shop_orders').where({ id: orderId }).update({ status: 'returning' });
    const returned = await grocery.owner.post(orderUrl(grocery, orderId, 'confirm-return'));
    expect(returned.status).toBe(200);
    expect(returned.body.order.status).toBe('returned');
    expect(await stockOf(t, goods.flour)).toBe((before ?? 0) + 3);
    expectConflict(
      await grocery.owner.post(orderUrl(grocery, orderId, 'confirm-return')),
      'returned',
    );
    expect(await stockOf(t, goods.flour)).toBe((before ?? 0) + 3);
  });
});

describe('the shop cancels', () => {
  it('cancels before the handover with a reason: stock back, the resident mailed and shown why', async () => {
    const { orderId, checkoutId } = await placeOrder(resident, bakery, goods.buns, { quantity: 4 });
    expect(await stockOf(t, goods.buns)).toBe(16);
    await stepOrder(bakery, orderId, ['accept', 'pack']);
    const noReason = await bakery.owner.post(orderUrl(bakery, orderId, 'cancel')).send({});
    expect(noReason.status).toBe(400);
    expect(noReason.body.code).toBe('validation_failed');
    const cancelled = await bakery.owner
      .post(orderUrl(bakery, orderId, 'cancel'))
      .send({ reason: 'Ugnen gick sönder.' });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.order.status).toBe('cancelled');
    expect(await stockOf(t, goods.buns)).toBe(20);
    expectConflict(
      await bakery.owner.post(orderUrl(bakery, orderId, 'cancel')).send({ reason: 'Igen' }),
      'cancelled',
    );
    expect(await stockOf(t, goods.buns)).toBe(20);

    const mail = await t.database
      .knex('outbox_messages')
      .where({ kind: 'order_cancelled', to_address: contact.email })
      .select<{ subject: string; text_body: string }[]>('subject', 'text_body');
    expect(mail).toHaveLength(1);
    expect(mail[0]?.text_body).toContain('Ugnen gick sönder.');
    expect(mail[0]?.text_body).toContain(`/bestallningar/${checkoutId}`);
    const seen = await resident.get(`/api/v1/checkouts/${checkoutId}`);
    expect(seen.body.checkout.orders[0]).toMatchObject({
      status: 'cancelled',
      declineReason: 'Ugnen gick sönder.',
    });
  });
});

describe('isolation between shops', () => {
  it('answers another shop’s order as missing and moves nothing', async () => {
    const { orderId } = await placeOrder(resident, bakery, goods.buns, {
      servicePointId: laisvallId,
    });
    await stepOrder(bakery, orderId, ['accept', 'pack']);
    const steps = ['mark-ready', 'hand-over', 'collect', 'confirm-return', 'perform', 'no-show'];
    for (const step of steps) {
      const throughOwn = await grocery.owner.post(orderUrl(grocery, orderId, step));
      expect(throughOwn.status, step).toBe(404);
      expect(throughOwn.body.code).toBe('not_found');
    }
    const cancel = await grocery.owner
      .post(orderUrl(grocery, orderId, 'cancel'))
      .send({ reason: 'Inte vår' });
    expect(cancel.status).toBe(404);
    const throughTheirs = await grocery.owner.post(orderUrl(bakery, orderId, 'hand-over'));
    expect(throughTheirs.status).toBe(403);
    expect(throughTheirs.body.code).toBe('forbidden');
    const mine = await placeOrder(resident, grocery, goods.coffee, { servicePointId: laisvallId });
    await stepOrder(grocery, mine.orderId, ['accept', 'pack']);
    const mixed = await grocery.owner
      .post(`/api/v1/shops/${grocery.id}/orders/hand-over`)
      .send({ orderIds: [mine.orderId, orderId] });
    expect(mixed.status).toBe(404);
    expect(await statusOf(t, mine.orderId)).toBe('packed');
    expect(await statusOf(t, orderId)).toBe('packed');
  });
});

describe('the pick list', () => {
  it('sums each good across the accepted orders and names the orders', async () => {
    const other = await t.loginAs('kommun@arjeplog.example.se');
    const a = await placeOrder(resident, grocery, goods.coffee, { quantity: 2 });
    const b = await placeOrder(other, grocery, goods.coffee, {
      quantity: 3,
      servicePointId: laisvallId,
    });
    const c = await placeOrder(other, grocery, goods.flour, { quantity: 1 });
    const notYet = await placeOrder(resident, grocery, goods.flour, { quantity: 5 });
    for (const order of [a, b, c]) await stepOrder(grocery, order.orderId, ['accept']);
    const list = await grocery.owner.get(`/api/v1/shops/${grocery.id}/pick-list`);
    expect(list.status).toBe(200);
    const coffee = list.body.items.find((item: { title: string }) => item.title === 'Kokkaffe');
    expect(coffee.quantity).toBe(5);
    expect(coffee.orders.map((order: { id: string }) => order.id).sort()).toEqual(
      [a.orderId, b.orderId].sort(),
    );
    const flour = list.body.items.find((item: { title: string }) => item.title === 'Vetemjöl');
    expect(flour.quantity).toBe(1);
    expect(flour.orders.map((order: { id: string }) => order.id)).not.toContain(notYet.orderId);

    const toLaisvall = await grocery.owner.get(
      `/api/v1/shops/${grocery.id}/pick-list?servicePointId=${laisvallId}`,
    );
    expect(toLaisvall.body.orderCount).toBe(1);
    expect(toLaisvall.body.items).toEqual([
      expect.objectContaining({ title: 'Kokkaffe', quantity: 3 }),
    ]);
    const queue = await grocery.owner.get(
      `/api/v1/shops/${grocery.id}/orders?queue=to_pack&servicePointId=${laisvallId}`,
    );
    expect(queue.body.items.map((order: { id: string }) => order.id)).toEqual([b.orderId]);
    const bad = await grocery.owner.get(`/api/v1/shops/${grocery.id}/pick-list?queue=nope`);
    expect(bad.status).toBe(400);
  });
});
