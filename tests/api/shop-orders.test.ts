import type supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contact, stockOf, type CheckoutShop } from './support/checkout.ts';
import { placeOrder, stepOrder } from './support/orders.ts';
import { createShoppingWorld } from './support/shopping-world.ts';
import type { TestApp } from './support/test-app.ts';

let t: TestApp;
let grocery: CheckoutShop;
let bakery: CheckoutShop;
let resident: supertest.Agent;
let goods: Record<'coffee' | 'buns', string>;
const orders = { grocery: '', bakery: '' };

beforeAll(async () => {
  ({
    t,
    shops: { grocery, bakery },
    goods,
    resident,
  } = await createShoppingWorld({
    shops: { grocery: { name: 'Orderbutiken' }, bakery: { name: 'Orderbageriet' } },
    goods: {
      coffee: { shop: 'grocery', title: 'Kokkaffe', priceOre: 5490, stock: 10 },
      buns: { shop: 'bakery', title: 'Kanelbullar', priceOre: 6000, stock: 10 },
    },
    logIn: ['resident'],
  }));
  for (const productId of [goods.coffee, goods.buns])
    await resident.post('/api/v1/basket/items').send({ productId, quantity: 2 });
  const checkout = await resident.post('/api/v1/checkout').send({
    contact,
    fulfilments: [
      { shopId: grocery.id, method: 'pickup_in_shop' },
      { shopId: bakery.id, method: 'pickup_in_shop' },
    ],
    payment: 'pay_at_pickup',
  });
  expect(checkout.status).toBe(201);
  for (const order of checkout.body.checkout.orders as { id: string; shopId: string }[])
    if (order.shopId === grocery.id) orders.grocery = order.id;
    else orders.bakery = order.id;
});
afterAll(() => t.close());

const orderUrl = (shop: CheckoutShop, orderId: string, action = '') =>
  `/api/v1/shops/${shop.id}/orders/${orderId}${action ? `/${action}` : ''}`;

/** The resident's mails telling them a shop declined an order. */
const declineMails = () =>
  t.database
    .knex('outbox_messages')
    .where({ kind: 'order_declined', to_address: contact.email })
    .select<{ subject: string; text_body: string }[]>('subject', 'text_body');

describe('a shop’s orders', () => {
  it('reach the shop’s owner by mail when placed, each shop only its own', async () => {
    const notices = await t.database
      .knex('outbox_messages')
      .where({ kind: 'new_order' })
      .whereIn('to_address', [grocery.ownerEmail, bakery.ownerEmail])
      .select<{ to_address: string; subject: string; text_body: string }[]>(
        'to_address',
        'subject',
        'text_body',
      );
    expect(notices.map((notice) => notice.to_address).sort()).toEqual(
      [grocery.ownerEmail, bakery.ownerEmail].sort(),
    );
    const toGrocery = notices.find((notice) => notice.to_address === grocery.ownerEmail);
    expect(toGrocery?.subject).toBe('Ny beställning till Orderbutiken');
    expect(toGrocery?.text_body).toContain('2 × Kokkaffe');
    expect(toGrocery?.text_body).toContain('Hämtas: Orderbutiken, från måndag 30 november');
    expect(toGrocery?.text_body).not.toContain('Kanelbullar');
  });

  it('lists only the shop’s own orders, with the customer to reach', async () => {
    const list = await grocery.owner.get(`/api/v1/shops/${grocery.id}/orders`);
    expect(list.status).toBe(200);
    expect(list.body.items.map((order: { id: string }) => order.id)).toEqual([orders.grocery]);
    const [order] = list.body.items;
    expect(order.customer).toEqual({
      name: contact.name,
      email: contact.email,
      phone: contact.phone,
      // Collected in the shop: no delivery note, no phone at the door.
      deliveryPhone: null,
    });
    expect(order.lines).toEqual([expect.objectContaining({ title: 'Kokkaffe', quantity: 2 })]);
    expect(order.pickupCode).toBeNull();
  });

  it('never shows another shop’s order, not even through its own path', async () => {
    const throughOwn = await grocery.owner.get(orderUrl(grocery, orders.bakery));
    expect(throughOwn.status).toBe(404);
    const otherShop = await grocery.owner.get(`/api/v1/shops/${bakery.id}/orders`);
    expect(otherShop.status).toBe(403);
    const accept = await grocery.owner.post(orderUrl(grocery, orders.bakery, 'accept'));
    expect(accept.status).toBe(404);
  });

  it('accepts, then packs, and refuses steps out of order with the current status', async () => {
    const early = await grocery.owner.post(orderUrl(grocery, orders.grocery, 'pack'));
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('status_conflict');
    expect(early.body.detail).toContain('placed');
    const accepted = await grocery.owner.post(orderUrl(grocery, orders.grocery, 'accept'));
    expect(accepted.status).toBe(200);
    expect(accepted.body.order.status).toBe('accepted');
    const again = await grocery.owner.post(orderUrl(grocery, orders.grocery, 'accept'));
    expect(again.status).toBe(409);
    const packed = await grocery.owner.post(orderUrl(grocery, orders.grocery, 'pack'));
    expect(packed.body.order.status).toBe('packed');
    const declineLate = await grocery.owner
      .post(orderUrl(grocery, orders.grocery, 'decline'))
      .send({ reason: 'För sent' });
    expect(declineLate.status).toBe(409);
    expect(await stockOf(t, goods.coffee)).toBe(8);
    // The refused decline told the resident nothing.
    expect(await declineMails()).toEqual([]);
  });

  it('declines with a reason the resident reads, and gives the stock back', async () => {
    const noReason = await bakery.owner.post(orderUrl(bakery, orders.bakery, 'decline')).send({});
    expect(noReason.status).toBe(400);
    expect(await stockOf(t, goods.buns)).toBe(8);
    expect(await declineMails()).toEqual([]);
    const declined = await bakery.owner
      .post(orderUrl(bakery, orders.bakery, 'decline'))
      .send({ reason: 'Ugnen är trasig i dag.' });
    expect(declined.status).toBe(200);
    expect(declined.body.order.status).toBe('declined');
    expect(await stockOf(t, goods.buns)).toBe(10);

    // Told once, by the shop's name, with its reason; paid at pickup, so nothing to pay.
    const mails = await declineMails();
    expect(mails).toHaveLength(1);
    expect(mails[0]?.subject).toBe('Orderbageriet kan inte ta emot din beställning');
    expect(mails[0]?.text_body).toContain('Butikens förklaring: Ugnen är trasig i dag.');
    expect(mails[0]?.text_body).toContain('Du behöver inte betala något.');
    expect(mails[0]?.text_body).not.toContain('kort');
    const again = await bakery.owner
      .post(orderUrl(bakery, orders.bakery, 'decline'))
      .send({ reason: 'Ugnen är trasig i dag.' });
    expect(again.status).toBe(409);
    expect(await declineMails()).toHaveLength(1);

    const mine = await resident.get('/api/v1/me/checkouts');
    expect(mine.status).toBe(200);
    const [checkout] = mine.body.items;
    const bakeryOrder = checkout.orders.find((order: { id: string }) => order.id === orders.bakery);
    expect(bakeryOrder).toMatchObject({
      status: 'declined',
      declineReason: 'Ugnen är trasig i dag.',
    });
    // The mail links to that order, as the other order mails do.
    expect(mails[0]?.text_body).toContain(`/bestallningar/${checkout.id as string}`);
  });

  it('records who changed each status, when and in which request', async () => {
    const events = await t.database
      .knex('order_status_events')
      .where({ order_id: orders.grocery })
      .orderBy('at')
      .orderBy('id')
      .select<
        {
          from_status: string | null;
          to_status: string;
          actor_kind: string;
          request_id: string | null;
        }[]
      >('from_status', 'to_status', 'actor_kind', 'request_id');
    expect(events.map((event) => [event.from_status, event.to_status, event.actor_kind])).toEqual([
      [null, 'placed', 'customer'],
      ['placed', 'accepted', 'shop_owner'],
      ['accepted', 'packed', 'shop_owner'],
    ]);
    expect(events.every((event) => typeof event.request_id === 'string')).toBe(true);
  });

  it('shows the shop each step of its order: what, when and by whom', async () => {
    const { body } = await grocery.owner.get(orderUrl(grocery, orders.grocery));
    const history = body.order.history as {
      status: string;
      actorKind: string;
      actorName: string | null;
    }[];
    expect(history.map((entry) => [entry.status, entry.actorKind])).toEqual([
      ['placed', 'customer'],
      ['accepted', 'shop_owner'],
      ['packed', 'shop_owner'],
    ]);
    expect(history[0]?.actorName).not.toBeNull();
    expect(history[1]?.actorName).toBe('Test Person');
  });

  it('filters by status and refuses a broken cursor', async () => {
    const placed = await grocery.owner.get(`/api/v1/shops/${grocery.id}/orders?status=placed`);
    expect(placed.body.items).toEqual([]);
    const firstPage = await grocery.owner.get(`/api/v1/shops/${grocery.id}/orders?limit=1`);
    expect(firstPage.body.nextCursor).toBeNull();
    const bad = await grocery.owner.get(`/api/v1/shops/${grocery.id}/orders?cursor=nope`);
    expect(bad.status).toBe(400);
  });
});

/** Follows `nextCursor` from the first page to the last, as "Visa äldre" does. */
async function allPages(shop: CheckoutShop, query: string): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | null = null;
  do {
    const after: string = cursor === null ? '' : `&cursor=${encodeURIComponent(cursor)}`;
    const page = await shop.owner.get(`/api/v1/shops/${shop.id}/orders?${query}${after}`);
    expect(page.status).toBe(200);
    ids.push(...(page.body.items as { id: string }[]).map((order) => order.id));
    cursor = page.body.nextCursor as string | null;
  } while (cursor !== null);
  return ids;
}

/** The shop's orders as the database holds them, newest placed first (the id breaks a tie). */
async function newestFirstOf(shop: CheckoutShop, statuses?: readonly string[]): Promise<string[]> {
  const rows = await t.database
    .knex('shop_orders')
    .where({ shop_id: shop.id })
    .modify((query) => void (statuses ? query.whereIn('status', statuses) : query))
    .select<{ id: string; created_at: number | string }[]>('id', 'created_at');
  return rows
    .sort(
      (a, b) =>
        Number(b.created_at) - Number(a.created_at) || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0),
    )
    .map((row) => row.id);
}

describe('a shop’s list of all its orders', () => {
  it('opens on the newest and pages back to the oldest, each order once, ties and all', async () => {
    const placed: string[] = [];
    for (const step of [60_000, 0, 60_000, 60_000, 0]) {
      // A step of 0 places two orders in the same millisecond: the id keeps their order.
      t.clock.advance(step);
      placed.push((await placeOrder(resident, grocery, goods.coffee)).orderId);
    }
    // Orders in several states, two of them closed: "Alla" is every one of them.
    const [firstDeclined, , accepted, secondDeclined] = placed;
    await stepOrder(grocery, accepted ?? '', ['accept']);
    for (const orderId of [firstDeclined, secondDeclined]) {
      const refused = await grocery.owner
        .post(orderUrl(grocery, orderId ?? '', 'decline'))
        .send({ reason: 'Slut på kaffe.' });
      expect(refused.status).toBe(200);
    }

    const expected = await newestFirstOf(grocery);
    expect(expected).toHaveLength(placed.length + 1);
    // The last placed is on top, the first order of all (beforeAll's) at the bottom.
    expect(expected.slice(0, 2).sort()).toEqual(placed.slice(3).sort());
    expect(expected.at(-1)).toBe(orders.grocery);

    const first = await grocery.owner.get(`/api/v1/shops/${grocery.id}/orders?limit=2`);
    expect(first.body.items.map((order: { id: string }) => order.id)).toEqual(expected.slice(0, 2));
    expect(await allPages(grocery, 'limit=2')).toEqual(expected);
  });

  it('lists the closed orders newest first too, across pages', async () => {
    const closed = ['collected', 'delivered', 'declined', 'cancelled', 'returned'];
    const expected = await newestFirstOf(grocery, closed);
    expect(expected).toHaveLength(2);
    expect(await allPages(grocery, 'queue=closed&limit=1')).toEqual(expected);
  });

  it('works a queue from its oldest order: the one waiting longest is on the first page', async () => {
    // Orders to handle, two of them placed in the same millisecond.
    for (const step of [60_000, 0, 60_000]) {
      t.clock.advance(step);
      await placeOrder(resident, grocery, goods.coffee);
    }
    const expected = (await newestFirstOf(grocery, ['placed'])).reverse();
    expect(expected.length).toBeGreaterThanOrEqual(4);
    const first = await grocery.owner.get(
      `/api/v1/shops/${grocery.id}/orders?queue=to_handle&limit=2`,
    );
    expect(first.body.items.map((order: { id: string }) => order.id)).toEqual(expected.slice(0, 2));
    expect(await allPages(grocery, 'queue=to_handle&limit=2')).toEqual(expected);
  });
});
