import type supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StripeStandIn } from '../support/stripe-stand-in.ts';
import { contact, createCheckoutShop, createGood, type CheckoutShop } from './support/checkout.ts';
import { mailsTo } from './support/counter.ts';
import { connectShopToStripe, createTestAppWithStripe } from './support/stripe.ts';
import type { TestApp } from './support/test-app.ts';

// Decision 0074: a confirmed booking nobody came to ("Kom inte") ends as cancelled, from the
// start of its booked time, with its own event in the history and its own mail, and a card
// payment refunded as for any booking not done.

let t: TestApp;
let standIn: StripeStandIn;
let close: () => Promise<void>;
let salon: CheckoutShop;
let serviceId: string;
const priceOre = 42000;
const minute = 60_000;

type Slot = { startsAt: string; available: number };

beforeAll(async () => {
  // Card payment on, and the real clock: Stripe's stand-in checks a session's time limit
  // against it. Each test moves the clock to its own booked time.
  ({ t, standIn, close } = await createTestAppWithStripe());
  salon = await createCheckoutShop(t, { name: 'Salong Kom Inte' });
  await t.database.knex('shops').where({ id: salon.id }).update({ contact_phone: '0961-120 00' });
  await connectShopToStripe(t, standIn, salon.owner, salon.id);
  const created = await salon.owner.post(`/api/v1/shops/${salon.id}/products`).send({
    kind: 'service',
    title: 'Färgning',
    categoryId: 'cat-halsa-och-skonhet',
    vatClass: 'standard',
    priceOre,
    status: 'published',
    service: {
      durationMinutes: 60,
      bookingMode: 'slots',
      slotCapacity: 10,
      location: 'in_shop',
      availability: {
        weekly: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '09:00', end: '10:00' })),
        exceptions: [],
      },
    },
  });
  expect(created.status).toBe(201);
  serviceId = created.body.product.id as string;
});
afterAll(() => close());

/** A booking of the next free time, placed (and paid, by card); its order, checkout and time. */
async function book(options: { payment: 'pay_at_pickup' | 'card'; email: string; locale: string }) {
  const resident = t.agent();
  const slots = await t.agent().get(`/api/v1/products/${serviceId}/slots?days=7&limit=12`);
  const start = (slots.body.items as Slot[]).find((slot) => slot.available > 0)?.startsAt ?? '';
  const added = await resident
    .post('/api/v1/basket/items')
    .send({ productId: serviceId, quantity: 1, slotStart: start });
  expect(added.status).toBe(201);
  const placed = await resident.post('/api/v1/checkout').send({
    contact: { ...contact, email: options.email },
    fulfilments: [{ shopId: salon.id, method: 'pickup_in_shop' }],
    payment: options.payment,
    locale: options.locale,
  });
  expect(placed.status).toBe(201);
  if (options.payment === 'card') {
    const sessionId = /cs_[A-Za-z0-9_]+/.exec(placed.body.checkout.paymentUrl as string)?.[0];
    await standIn.payCheckout(sessionId ?? '');
    await standIn.settled();
  }
  return {
    resident,
    checkoutId: placed.body.checkout.id as string,
    orderId: placed.body.checkout.orders[0].id as string,
    start: Date.parse(start),
  };
}

const step = (owner: supertest.Agent, shopId: string, orderId: string, name: string) =>
  owner.post(`/api/v1/shops/${shopId}/orders/${orderId}/${name}`).send({});
const noShow = (orderId: string) => step(salon.owner, salon.id, orderId, 'no-show');
const setClock = (at: number) => t.clock.advance(at - t.clock.now());
const paidRequestsTo = (path: RegExp, key: string) =>
  standIn.requests.filter(
    (request) =>
      path.test(request.path) && request.status === 200 && request.idempotencyKey === key,
  );

describe('a booked time nobody came to', () => {
  // First: the stand-in's checkout session wants the clock still near the real one.
  it('refunds a card payment and takes back the shop’s transfer, once', async () => {
    const email = 'kortet.kom.inte@example.se';
    const { orderId, start } = await book({ payment: 'card', email, locale: 'sv' });
    expect((await step(salon.owner, salon.id, orderId, 'accept')).status).toBe(200);
    expect(paidRequestsTo(/^\/v1\/transfers$/, `transfer-${orderId}`)).toHaveLength(1);
    setClock(start + 10 * minute);
    const missed = await noShow(orderId);
    expect(missed.status).toBe(200);
    expect(missed.body.order.status).toBe('cancelled');
    const refunds = paidRequestsTo(/^\/v1\/refunds$/, `refund-${orderId}`);
    expect(refunds).toHaveLength(1);
    expect(refunds[0]?.body).toMatchObject({ amount: String(priceOre) });
    expect(
      paidRequestsTo(/^\/v1\/transfers\/[^/]+\/reversals$/, `reversal-${orderId}`),
    ).toHaveLength(1);
    const [mail] = await mailsTo(t, email, 'booking_missed');
    expect(mail?.subject).toBe('Du kom inte till din tid hos Salong Kom Inte');
    expect(mail?.text_body).toContain('Beloppet betalas tillbaka till ditt kort');

    expect((await noShow(orderId)).status).toBe(409);
    await t.services.orders.housekeeping();
    expect(paidRequestsTo(/^\/v1\/refunds$/, `refund-${orderId}`)).toHaveLength(1);
  });

  it('is told from the start of the time, not before, once, in the booking’s language', async () => {
    const email = 'ei.tullut@example.se';
    const { resident, checkoutId, orderId, start } = await book({
      payment: 'pay_at_pickup',
      email,
      locale: 'fi',
    });
    expect((await step(salon.owner, salon.id, orderId, 'accept')).status).toBe(200);

    // A minute before the time, on its day: the customer is not late yet.
    setClock(start - minute);
    const early = await noShow(orderId);
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('status_conflict');
    expect(early.body.detail).toMatch(/begins \d{4}-\d\d-\d\d 09:00, Swedish time/);
    expect(await mailsTo(t, email, 'booking_missed')).toEqual([]);

    setClock(start);
    const missed = await noShow(orderId);
    expect(missed.status).toBe(200);
    expect(missed.body.order.status).toBe('cancelled');
    expect(missed.body.order.declineReason).toBeNull();
    expect(
      (missed.body.order.history as { status: string; event: string }[]).map(
        (entry) => `${entry.status}:${entry.event}`,
      ),
    ).toEqual(['placed:checkout', 'accepted:accept', 'cancelled:no_show']);

    // Done once: neither "Kom inte" again nor "Utförd" after it, and one mail, in Finnish.
    const again = await noShow(orderId);
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('status_conflict');
    expect((await step(salon.owner, salon.id, orderId, 'perform')).status).toBe(409);
    const mails = await mailsTo(t, email, 'booking_missed');
    expect(mails).toHaveLength(1);
    expect(mails[0]?.subject).toBe('Et saapunut varaamallesi ajalle – Salong Kom Inte');
    expect(mails[0]?.text_body).toMatch(/ajalle: \S+ \d+\. \S+ klo 09\.00\./);
    expect(mails[0]?.text_body).toContain('Sinun ei tarvitse maksaa ajasta mitään.\n');
    expect(mails[0]?.text_body).toContain('soita kauppaan Salong Kom Inte, puh. 0961-120 00:\n');
    expect(mails[0]?.text_body).toContain(`/butiker/${salon.slug}\n`);
    expect(mails[0]?.text_body).toContain(`/bestallningar/${checkoutId}\n`);
    // The shop did not cancel it: no cancellation mail.
    expect(await mailsTo(t, email, 'order_cancelled')).toEqual([]);

    // The resident's timeline has the step as its own.
    const seen = await resident.get(`/api/v1/checkouts/${checkoutId}`);
    expect(seen.body.checkout.orders[0].status).toBe('cancelled');
    expect(seen.body.checkout.orders[0].timeline.at(-1)).toMatchObject({
      status: 'cancelled',
      event: 'no_show',
    });
  });

  it('is refused for a booking not yet confirmed, as the state machine says', async () => {
    const { orderId, start } = await book({
      payment: 'pay_at_pickup',
      email: 'inte.bekraftad@example.se',
      locale: 'sv',
    });
    setClock(start + minute);
    const refused = await noShow(orderId);
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('status_conflict');
    const order = await salon.owner.get(`/api/v1/shops/${salon.id}/orders/${orderId}`);
    expect(order.body.order.status).toBe('placed');
  });

  it('is refused for goods, and another shop does not find the booking', async () => {
    const { orderId, start } = await book({
      payment: 'pay_at_pickup',
      email: 'annan.butik@example.se',
      locale: 'sv',
    });
    expect((await step(salon.owner, salon.id, orderId, 'accept')).status).toBe(200);
    const grocery = await createCheckoutShop(t, { name: 'Salongens grannbutik' });
    const good = await createGood(grocery, { title: 'Hårvax', priceOre: 9900, stock: 5 });
    const buyer = t.agent();
    await buyer.post('/api/v1/basket/items').send({ productId: good, quantity: 1 });
    const goods = await buyer.post('/api/v1/checkout').send({
      contact,
      fulfilments: [{ shopId: grocery.id, method: 'pickup_in_shop' }],
      payment: 'pay_at_pickup',
    });
    expect(goods.status).toBe(201);
    const goodsOrder = goods.body.checkout.orders[0].id as string;
    expect((await step(grocery.owner, grocery.id, goodsOrder, 'accept')).status).toBe(200);
    setClock(start + minute);

    const refused = await step(grocery.owner, grocery.id, goodsOrder, 'no-show');
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('status_conflict');
    expect(refused.body.detail).toContain('Only an order of booked times');
    const foreign = await step(grocery.owner, grocery.id, orderId, 'no-show');
    expect(foreign.status).toBe(404);
    expect(foreign.body.code).toBe('not_found');
    const order = await salon.owner.get(`/api/v1/shops/${salon.id}/orders/${orderId}`);
    expect(order.body.order.status).toBe('accepted');
  });
});
