import type supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  contact,
  createCheckoutShop,
  createGood,
  stockOf,
  type CheckoutShop,
} from './support/checkout.ts';
import { optInToHomeDelivery, settingsBody } from './support/home-delivery.ts';
import { connectShopToStripe, createTestAppWithStripe } from './support/stripe.ts';
import type { TestApp } from './support/test-app.ts';
import type { StripeStandIn } from '../support/stripe-stand-in.ts';

let t: TestApp;
let standIn: StripeStandIn;
let close: () => Promise<void>;
let grocery: CheckoutShop;
let bakery: CheckoutShop;
let unconnected: CheckoutShop;
const goods = { cheese: '', bread: '', jam: '' };
const accounts = { grocery: '', bakery: '' };

beforeAll(async () => {
  // Stripe (and its stand-in) checks a session's time limit against the real clock, so this
  // file keeps the test clock at the real time.
  ({ t, standIn, close } = await createTestAppWithStripe());
  grocery = await createCheckoutShop(t, { name: 'Kortbutiken' });
  bakery = await createCheckoutShop(t, { name: 'Kortbageriet' });
  unconnected = await createCheckoutShop(t, { name: 'Kontantbutiken' });
  accounts.grocery = await connectShopToStripe(t, standIn, grocery.owner, grocery.id);
  accounts.bakery = await connectShopToStripe(t, standIn, bakery.owner, bakery.id);
  goods.cheese = await createGood(grocery, {
    title: 'Västerbottensost',
    priceOre: 10000,
    stock: 5,
  });
  goods.bread = await createGood(bakery, { title: 'Rågbröd', priceOre: 5000, stock: 5 });
  goods.jam = await createGood(unconnected, { title: 'Hjortronsylt', priceOre: 9000, stock: 5 });
  const arjeplogAdmin = await t.loginAs('kommun@arjeplog.example.se');
  const fee = await arjeplogAdmin
    .put('/api/v1/admin/municipalities/arjeplog/platform-fee')
    .send({ feeBasisPoints: 250 });
  expect(fee.status).toBe(200);
});
afterAll(() => close());

async function cardCheckout(guest: supertest.Agent, items: [string, CheckoutShop][]) {
  for (const [productId] of items)
    await guest.post('/api/v1/basket/items').send({ productId, quantity: 1 });
  return guest.post('/api/v1/checkout').send({
    contact,
    fulfilments: items.map(([, shop]) => ({ shopId: shop.id, method: 'pickup_in_shop' })),
    payment: 'card',
  });
}

const sessionOf = (paymentUrl: string) => {
  const id = /cs_[A-Za-z0-9_]+/.exec(paymentUrl)?.[0];
  if (!id) throw new Error(`no session id in ${paymentUrl}`);
  return id;
};

describe('paying by card', () => {
  it('takes one payment for the checkout; the shops see the orders once it is paid', async () => {
    const guest = t.agent();
    const response = await cardCheckout(guest, [
      [goods.cheese, grocery],
      [goods.bread, bakery],
    ]);
    expect(response.status).toBe(201);
    const { checkout } = response.body;
    expect(checkout.status).toBe('awaiting_payment');
    expect(checkout.paymentUrl).toContain(standIn.url);
    // The goods are held while the resident pays.
    expect(await stockOf(t, goods.cheese)).toBe(4);
    expect((await grocery.owner.get(`/api/v1/shops/${grocery.id}/orders`)).body.items).toEqual([]);

    const created = standIn.requests.filter((request) => request.path === '/v1/checkout/sessions');
    expect(created.at(-1)?.body).toMatchObject({
      client_reference_id: checkout.id,
      payment_intent_data: { transfer_group: checkout.id },
    });

    await standIn.payCheckout(sessionOf(checkout.paymentUrl as string));
    await standIn.settled();
    const paid = await guest.get(`/api/v1/checkouts/${checkout.id as string}`);
    expect(paid.body.checkout.status).toBe('confirmed');
    expect(paid.body.checkout.orders.map((order: { status: string }) => order.status)).toEqual([
      'placed',
      'placed',
    ]);
    const mail = await t.database
      .knex('outbox_messages')
      .where({ kind: 'order_confirmation' })
      .whereLike('text_body', `%${checkout.id as string}%`);
    expect(mail).toHaveLength(1);
    // The shops hear of it once it is paid, not before.
    const notices = await t.database
      .knex('outbox_messages')
      .where({ kind: 'new_order', to_address: grocery.ownerEmail });
    expect(notices).toHaveLength(1);

    // Accepting sends the shop its share, less Arjeplog's 2.5 % fee, in the checkout's group.
    const orderId = checkout.orders[0].id as string;
    const accepted = await grocery.owner.post(
      `/api/v1/shops/${grocery.id}/orders/${orderId}/accept`,
    );
    expect(accepted.status).toBe(200);
    const transfers = standIn.requests.filter(
      (request) => request.path === '/v1/transfers' && request.status === 200,
    );
    expect(transfers.at(-1)?.body).toMatchObject({
      amount: '9750',
      currency: 'sek',
      destination: accounts.grocery,
      transfer_group: checkout.id,
    });
    expect(transfers.at(-1)?.idempotencyKey).toBe(`transfer-${orderId}`);

    // The same webhook again changes nothing.
    await standIn.payCheckout(sessionOf(checkout.paymentUrl as string)).catch(() => undefined);
    await standIn.settled();
    expect(
      await t.database.knex('outbox_messages').whereLike('text_body', `%${checkout.id as string}%`),
    ).toHaveLength(1);
  });

  it('refunds a declined order and keeps the other shop’s', async () => {
    const guest = t.agent();
    const { body } = await cardCheckout(guest, [
      [goods.cheese, grocery],
      [goods.bread, bakery],
    ]);
    await standIn.payCheckout(sessionOf(body.checkout.paymentUrl as string));
    await standIn.settled();
    const bakeryOrder = (body.checkout.orders as { id: string; shopId: string }[]).find(
      (order) => order.shopId === bakery.id,
    );
    const declined = await bakery.owner
      .post(`/api/v1/shops/${bakery.id}/orders/${bakeryOrder?.id ?? ''}/decline`)
      .send({ reason: 'Brödet tog slut.' });
    expect(declined.status).toBe(200);
    const refunds = standIn.requests.filter((request) => request.path === '/v1/refunds');
    expect(refunds.at(-1)?.body).toMatchObject({ amount: '5000' });
    expect(refunds.at(-1)?.idempotencyKey).toBe(`refund-${bakeryOrder?.id ?? ''}`);

    // The resident is told once, with the reason and the refund of that order alone.
    const mails = await t.database
      .knex('outbox_messages')
      .where({ kind: 'order_declined' })
      .whereLike('text_body', `%${body.checkout.id as string}%`)
      .select<{ subject: string; text_body: string }[]>('subject', 'text_body');
    expect(mails).toHaveLength(1);
    expect(mails[0]?.subject).toBe('Kortbageriet kan inte ta emot din beställning');
    expect(mails[0]?.text_body).toContain('Butikens förklaring: Brödet tog slut.');
    expect(mails[0]?.text_body).toMatch(/Vi betalar tillbaka 50,00\skr till ditt kort\./);
  });

  it('tells a home delivery paid by card as driven home, to the resident and the shop', async () => {
    const admin = await t.loginAs('kommun@arjeplog.example.se');
    const settings = await admin
      .put('/api/v1/admin/municipalities/arjeplog/home-delivery/settings')
      .send(settingsBody({ eligibility: 'everyone' }));
    expect(settings.status, JSON.stringify(settings.body)).toBe(200);
    await optInToHomeDelivery(t, [grocery], 'Laisvall och Adolfström');
    const guest = t.agent();
    await guest.post('/api/v1/basket/items').send({ productId: goods.cheese, quantity: 1 });
    const response = await guest.post('/api/v1/checkout').send({
      contact: { ...contact, email: 'hemkord.med.kort@example.se' },
      fulfilments: [
        {
          shopId: grocery.id,
          method: 'home_delivery',
          address: {
            streetAddress: 'Storvägen 20',
            postalCode: '930 93',
            village: 'Laisvall',
            phone: '070-174 06 50',
          },
        },
      ],
      payment: 'card',
    });
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    const { checkout } = response.body;
    const noticesBefore = await t.database
      .knex('outbox_messages')
      .where({ kind: 'new_order', to_address: grocery.ownerEmail })
      .pluck<string[]>('id');
    await standIn.payCheckout(sessionOf(checkout.paymentUrl as string));
    await standIn.settled();

    const confirmation = await t.database
      .knex('outbox_messages')
      .where({ kind: 'order_confirmation', to_address: 'hemkord.med.kort@example.se' })
      .select<{ text_body: string }[]>('text_body');
    expect(confirmation).toHaveLength(1);
    // Where it is driven, from the delivery note: the card payment's mail is built after it.
    expect(confirmation[0]?.text_body).toContain('\nKörs hem till: Storvägen 20, Laisvall, ');
    // Not "collect at the shop", and paid already: nothing to pay at the door.
    expect(confirmation[0]?.text_body).not.toContain('Hämtas');
    expect(confirmation[0]?.text_body).not.toContain('betalas vid');
    const notice = await t.database
      .knex('outbox_messages')
      .where({ kind: 'new_order', to_address: grocery.ownerEmail })
      .whereNotIn('id', noticesBefore)
      .select<{ text_body: string }[]>('text_body');
    expect(notice).toHaveLength(1);
    expect(notice[0]?.text_body).toContain('Hemleverans: körs hem ');
    expect(notice[0]?.text_body).not.toContain('Hämtas');
    expect(notice[0]?.text_body).not.toContain('betalas vid leverans');
  });

  it('is offered only when every shop in the basket can receive card money', async () => {
    const guest = t.agent();
    await guest.post('/api/v1/basket/items').send({ productId: goods.cheese, quantity: 1 });
    const connected = await guest.get('/api/v1/basket');
    expect(connected.body.basket.paymentMethods).toEqual(['pay_at_pickup', 'card']);
    const response = await cardCheckout(guest, [
      [goods.jam, unconnected],
      [goods.cheese, grocery],
    ]);
    expect(response.status).toBe(422);
    expect(response.body.code).toBe('payment_method_unavailable');
    const mixed = await guest.get('/api/v1/basket');
    expect(mixed.body.basket.paymentMethods).toEqual(['pay_at_pickup']);
  });

  it('gives the goods back when the payment page expires unpaid', async () => {
    const guest = t.agent();
    const before = await stockOf(t, goods.bread);
    const { body } = await cardCheckout(guest, [[goods.bread, bakery]]);
    expect(await stockOf(t, goods.bread)).toBe((before ?? 0) - 1);
    const sessionId = sessionOf(body.checkout.paymentUrl as string);
    const status = await standIn.sendEvent('checkout.session.expired', {
      id: sessionId,
      object: 'checkout.session',
      client_reference_id: body.checkout.id,
      metadata: { checkoutId: body.checkout.id },
      payment_status: 'unpaid',
      status: 'expired',
    });
    expect(status).toBe(200);
    expect(await stockOf(t, goods.bread)).toBe(before);
    const expired = await guest.get(`/api/v1/checkouts/${body.checkout.id as string}`);
    expect(expired.body.checkout.status).toBe('expired');
  });

  it('releases a reservation nobody paid within the time limit, and closes its page', async () => {
    const guest = t.agent();
    const before = await stockOf(t, goods.cheese);
    const { body } = await cardCheckout(guest, [[goods.cheese, grocery]]);
    t.clock.advance(36 * 60_000);
    await t.services.orders.housekeeping();
    expect(await stockOf(t, goods.cheese)).toBe(before);
    const closed = standIn.requests.filter((request) => request.path.endsWith('/expire'));
    expect(closed.at(-1)?.path).toContain(sessionOf(body.checkout.paymentUrl as string));
  });

  it('never lets an event about one checkout change another', async () => {
    const guest = t.agent();
    const { body } = await cardCheckout(guest, [[goods.bread, bakery]]);
    const other = await cardCheckout(t.agent(), [[goods.cheese, grocery]]);
    // A paid session of the other checkout, naming this checkout.
    const status = await standIn.sendEvent('checkout.session.completed', {
      id: sessionOf(other.body.checkout.paymentUrl as string),
      object: 'checkout.session',
      client_reference_id: body.checkout.id,
      metadata: { checkoutId: body.checkout.id },
      payment_intent: 'pi_forged',
      payment_status: 'paid',
      amount_total: 5000,
    });
    expect(status).toBe(200);
    const untouched = await guest.get(`/api/v1/checkouts/${body.checkout.id as string}`);
    expect(untouched.body.checkout.status).toBe('awaiting_payment');
  });
});
