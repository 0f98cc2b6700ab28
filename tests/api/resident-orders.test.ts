import type supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stockOf, type CheckoutShop } from './support/checkout.ts';
import { placeOrder, stepOrder } from './support/orders.ts';
import { withStatementCount } from './support/statements.ts';
import { createShoppingWorld } from './support/shopping-world.ts';
import type { TestApp } from './support/test-app.ts';

let t: TestApp;
let shop: CheckoutShop;
let resident: supertest.Agent;
let laisvallId: string;
let good: string;

beforeAll(async () => {
  ({
    t,
    shops: { shop },
    goods: { good },
    resident,
    laisvallId,
  } = await createShoppingWorld({
    shops: { shop: { name: 'Tidslinjebutiken' } },
    goods: { good: { shop: 'shop', title: 'Lingonsylt', priceOre: 4500, stock: 30 } },
    logIn: ['resident'],
  }));
});
afterAll(() => t.close());

const cancelUrl = (checkoutId: string, orderId: string) =>
  `/api/v1/checkouts/${checkoutId}/orders/${orderId}/cancel`;

type TimelineEntry = { status: string; at: string };

const withdrawnMails = () =>
  t.database
    .knex('outbox_messages')
    .where({ kind: 'order_withdrawn' })
    .select<{ subject: string; text_body: string }[]>('subject', 'text_body');

describe('the resident’s timeline', () => {
  it('shows each step the order has taken, with its time, oldest first', async () => {
    const { orderId, checkoutId } = await placeOrder(resident, shop, good, {
      servicePointId: laisvallId,
    });
    t.clock.advance(60_000);
    await stepOrder(shop, orderId, ['accept']);
    t.clock.advance(60_000);
    await stepOrder(shop, orderId, ['pack', 'hand-over']);
    const seen = await resident.get(`/api/v1/checkouts/${checkoutId}`);
    expect(seen.status).toBe(200);
    const timeline = seen.body.checkout.orders[0].timeline as TimelineEntry[];
    expect(timeline.map((entry) => entry.status)).toEqual([
      'placed',
      'accepted',
      'packed',
      'in_transit',
    ]);
    expect(Date.parse(timeline[1]?.at ?? '') - Date.parse(timeline[0]?.at ?? '')).toBe(60_000);
  });
});

describe('the resident cancels', () => {
  it('cancels an order the shop has not accepted: stock back, once, and the timeline says so', async () => {
    const before = await stockOf(t, good);
    const { orderId, checkoutId } = await placeOrder(resident, shop, good, { quantity: 2 });
    expect(await stockOf(t, good)).toBe((before ?? 0) - 2);
    const cancelled = await resident.post(cancelUrl(checkoutId, orderId));
    expect(cancelled.status).toBe(200);
    const order = cancelled.body.checkout.orders[0];
    expect(order.status).toBe('cancelled');
    expect(order.timeline.map((entry: TimelineEntry) => entry.status)).toEqual([
      'placed',
      'cancelled',
    ]);
    expect(await stockOf(t, good)).toBe(before);
    const again = await resident.post(cancelUrl(checkoutId, orderId));
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('status_conflict');
    expect(await stockOf(t, good)).toBe(before);
    const event = await t.database
      .knex('order_status_events')
      .where({ order_id: orderId, event: 'cancel' })
      .first<{ actor_kind: string; actor_user_id: string | null }>();
    expect(event.actor_kind).toBe('customer');
    expect(event.actor_user_id).toEqual(expect.any(String));
    // The shop is told once, so nobody packs it; the refused second cancel tells nobody.
    expect(await withdrawnMails()).toEqual([
      expect.objectContaining({
        subject: expect.stringContaining('har avbeställt sin beställning till Tidslinjebutiken'),
        text_body: expect.stringContaining('Den ska inte packas'),
      }),
    ]);
  });

  it('may not cancel once the shop has accepted', async () => {
    const { orderId, checkoutId } = await placeOrder(resident, shop, good);
    await stepOrder(shop, orderId, ['accept']);
    const late = await resident.post(cancelUrl(checkoutId, orderId));
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('status_conflict');
    expect(late.body.detail).toContain('accepted');
    expect(await withdrawnMails()).toHaveLength(1);
  });

  it('lets only whoever placed it cancel: another resident, a stranger or another checkout’s path learn nothing', async () => {
    const { orderId, checkoutId } = await placeOrder(resident, shop, good);
    const other = await t.loginAs('kommun@arjeplog.example.se');
    for (const client of [other, t.agent()]) {
      const response = await client.post(cancelUrl(checkoutId, orderId));
      expect(response.status).toBe(404);
      expect(response.body.code).toBe('not_found');
    }
    const elsewhere = await placeOrder(resident, shop, good);
    const crossed = await resident.post(cancelUrl(elsewhere.checkoutId, orderId));
    expect(crossed.status).toBe(404);
    const status = await t.database
      .knex('shop_orders')
      .where({ id: orderId })
      .first<{ status: string }>('status');
    expect(status.status).toBe('placed');
  });

  it('lets a guest cancel with the basket cookie it ordered with, and no other guest', async () => {
    const guest = t.agent();
    const { orderId, checkoutId } = await placeOrder(guest, shop, good);
    const stranger = t.agent();
    await stranger.get('/api/v1/basket');
    expect((await stranger.post(cancelUrl(checkoutId, orderId))).status).toBe(404);
    const cancelled = await guest.post(cancelUrl(checkoutId, orderId));
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.checkout.orders[0].status).toBe('cancelled');
  });
});

describe('the resident’s list of checkouts', () => {
  it('pages newest first with a cursor, in the same few statements however long the page', async () => {
    const another = await t.loginAs('boende@arjeplog.example.se');
    const placed: string[] = [];
    for (let index = 0; index < 3; index++) {
      t.clock.advance(60_000);
      placed.push((await placeOrder(another, shop, good)).checkoutId);
    }
    const newestFirst = [...placed].reverse();

    const first = await withStatementCount(t, () =>
      another.get('/api/v1/me/checkouts?limit=2').expect(200),
    );
    const firstPage = first.result.body as { items: { id: string }[]; nextCursor: string };
    expect(firstPage.items.map((checkout) => checkout.id)).toEqual(newestFirst.slice(0, 2));
    expect(firstPage.nextCursor).toEqual(expect.any(String));

    const second = await another
      .get(`/api/v1/me/checkouts?limit=2&cursor=${encodeURIComponent(firstPage.nextCursor)}`)
      .expect(200);
    expect(second.body.items[0].id).toBe(newestFirst[2]);
    expect(second.body.items[0].orders[0].lines[0].title).toBe('Lingonsylt');

    const longer = await withStatementCount(t, () =>
      another.get('/api/v1/me/checkouts?limit=20').expect(200),
    );
    expect(longer.result.body.items.length).toBeGreaterThan(2);
    expect(longer.statements).toBe(first.statements);
  });

  it('refuses a page size it does not serve', async () => {
    const response = await resident.get('/api/v1/me/checkouts?limit=500');
    expect(response.status).toBe(400);
    expect(response.type).toBe('application/problem+json');
  });
});
