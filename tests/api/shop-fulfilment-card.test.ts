import type supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StripeStandIn } from '../support/stripe-stand-in.ts';
import {
  contact,
  createCheckoutShop,
  createGood,
  stockOf,
  type CheckoutShop,
} from './support/checkout.ts';
import { connectShopToStripe, createTestAppWithStripe } from './support/stripe.ts';
import type { TestApp } from './support/test-app.ts';

let t: TestApp;
let standIn: StripeStandIn;
let close: () => Promise<void>;
let shop: CheckoutShop;
let good: string;

beforeAll(async () => {
  // Stripe's stand-in checks a session's time limit against the real clock.
  ({ t, standIn, close } = await createTestAppWithStripe());
  shop = await createCheckoutShop(t, { name: 'Återbetalningsbutiken' });
  await connectShopToStripe(t, standIn, shop.owner, shop.id);
  good = await createGood(shop, { title: 'Renskav', priceOre: 8000, stock: 10 });
  const arjeplogAdmin = await t.loginAs('kommun@arjeplog.example.se');
  const fee = await arjeplogAdmin
    .put('/api/v1/admin/municipalities/arjeplog/platform-fee')
    .send({ feeBasisPoints: 250 });
  expect(fee.status).toBe(200);
});
afterAll(() => close());

/** A paid card order of one good, collected in the shop. */
async function paidCardOrder(buyer: supertest.Agent) {
  await buyer.post('/api/v1/basket/items').send({ productId: good, quantity: 1 });
  const response = await buyer.post('/api/v1/checkout').send({
    contact,
    fulfilments: [{ shopId: shop.id, method: 'pickup_in_shop' }],
    payment: 'card',
  });
  expect(response.status).toBe(201);
  const sessionId = /cs_[A-Za-z0-9_]+/.exec(response.body.checkout.paymentUrl as string)?.[0];
  await standIn.payCheckout(sessionId ?? '');
  await standIn.settled();
  return {
    checkoutId: response.body.checkout.id as string,
    orderId: response.body.checkout.orders[0].id as string,
  };
}

const requestsTo = (path: RegExp) =>
  standIn.requests.filter((request) => path.test(request.path) && request.status === 200);

describe('cancelling a card order', () => {
  it('the shop cancels an accepted order: its transfer is reversed and the payment refunded, once', async () => {
    const { orderId } = await paidCardOrder(t.agent());
    const accepted = await shop.owner.post(`/api/v1/shops/${shop.id}/orders/${orderId}/accept`);
    expect(accepted.status).toBe(200);
    const before = await stockOf(t, good);
    const cancelled = await shop.owner
      .post(`/api/v1/shops/${shop.id}/orders/${orderId}/cancel`)
      .send({ reason: 'Frysen har gått sönder.' });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.order.status).toBe('cancelled');
    expect(await stockOf(t, good)).toBe((before ?? 0) + 1);
    expect(requestsTo(/^\/v1\/transfers\/[^/]+\/reversals$/).at(-1)?.idempotencyKey).toBe(
      `reversal-${orderId}`,
    );
    const refunds = requestsTo(/^\/v1\/refunds$/).filter(
      (request) => request.idempotencyKey === `refund-${orderId}`,
    );
    expect(refunds).toHaveLength(1);
    expect(refunds[0]?.body).toMatchObject({ amount: '8000' });
    const mail = await t.database
      .knex('outbox_messages')
      .where({ kind: 'order_cancelled' })
      .first<{ text_body: string }>('text_body');
    expect(mail.text_body).toContain('betalas tillbaka till ditt kort');

    const again = await shop.owner
      .post(`/api/v1/shops/${shop.id}/orders/${orderId}/cancel`)
      .send({ reason: 'Igen' });
    expect(again.status).toBe(409);
    expect(
      requestsTo(/^\/v1\/refunds$/).filter((r) => r.idempotencyKey === `refund-${orderId}`),
    ).toHaveLength(1);
  });

  it('a transfer Stripe made without our hearing back is reversed when the shop cancels before the retry', async () => {
    const { checkoutId, orderId } = await paidCardOrder(t.agent());
    // Stripe makes the transfer, but the answer never reaches us.
    standIn.failNext('transfer', 1, 'answer_lost');
    const accepted = await shop.owner.post(`/api/v1/shops/${shop.id}/orders/${orderId}/accept`);
    expect(accepted.status).toBe(200);
    const cancelled = await shop.owner
      .post(`/api/v1/shops/${shop.id}/orders/${orderId}/cancel`)
      .send({ reason: 'Renskaven var slut.' });
    expect(cancelled.status).toBe(200);
    await t.services.orders.housekeeping();

    const made = [...standIn.state.transfers.values()].filter(
      (transfer) => transfer.transferGroup === checkoutId,
    );
    expect(made).toHaveLength(1);
    expect(made[0]?.reversed).toBe(made[0]?.amount);
    const refunds = requestsTo(/^\/v1\/refunds$/).filter(
      (request) => request.idempotencyKey === `refund-${orderId}`,
    );
    expect(refunds).toHaveLength(1);
    expect(refunds[0]?.body).toMatchObject({ amount: '8000' });
  });

  it('a transfer still on its way when the shop cancels is reversed once it is made', async () => {
    const { checkoutId, orderId } = await paidCardOrder(t.agent());
    const transferCall = standIn.holdNext('transfer');
    const accepting = shop.owner.post(`/api/v1/shops/${shop.id}/orders/${orderId}/accept`).then();
    await transferCall.reached;
    // The cancel's refund finds no transfer to take back: Stripe has not made it yet.
    const cancelled = await shop.owner
      .post(`/api/v1/shops/${shop.id}/orders/${orderId}/cancel`)
      .send({ reason: 'Strömavbrott, frysen tinade.' });
    expect(cancelled.status).toBe(200);
    transferCall.release();
    expect((await accepting).status).toBe(200);

    const made = [...standIn.state.transfers.values()].filter(
      (transfer) => transfer.transferGroup === checkoutId,
    );
    expect(made).toHaveLength(1);
    expect(made[0]?.reversed).toBe(made[0]?.amount);
    const row = await t.database
      .knex('shop_orders')
      .where({ id: orderId })
      .first<{ transfer_reversal_id: string | null }>('transfer_reversal_id');
    expect(row.transfer_reversal_id).toEqual(expect.any(String));
    // The retry job finds nothing more to move.
    const before = standIn.requests.length;
    await t.services.orders.housekeeping();
    expect(standIn.requests.slice(before).filter((request) => request.method === 'POST')).toEqual(
      [],
    );
  });

  it('the resident cancels a paid order before the shop accepts: refunded, nothing transferred', async () => {
    const guest = t.agent();
    const { checkoutId, orderId } = await paidCardOrder(guest);
    const cancelled = await guest.post(`/api/v1/checkouts/${checkoutId}/orders/${orderId}/cancel`);
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.checkout.orders[0].status).toBe('cancelled');
    const refunds = requestsTo(/^\/v1\/refunds$/).filter(
      (request) => request.idempotencyKey === `refund-${orderId}`,
    );
    expect(refunds).toHaveLength(1);
    expect(
      requestsTo(/^\/v1\/transfers$/).filter((r) => r.idempotencyKey === `transfer-${orderId}`),
    ).toHaveLength(0);
    const row = await t.database
      .knex('shop_orders')
      .where({ id: orderId })
      .first<{ refund_id: string | null }>('refund_id');
    expect(row.refund_id).toEqual(expect.any(String));
  });
});

describe('card money in the sales', () => {
  it('shows what was transferred to the shop and the galleria’s fee, not cancelled orders', async () => {
    const { orderId } = await paidCardOrder(t.agent());
    const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(
      new Date(),
    );
    const query = `?from=${today}&to=${today}`;
    const before = await shop.owner.get(`/api/v1/shops/${shop.id}/sales${query}`);
    expect(before.body.sales).toMatchObject({ orderCount: 1, cardOre: 8000, transferredOre: 0 });
    await shop.owner.post(`/api/v1/shops/${shop.id}/orders/${orderId}/accept`);
    const after = await shop.owner.get(`/api/v1/shops/${shop.id}/sales${query}`);
    expect(after.body.sales).toMatchObject({
      orderCount: 1,
      totalOre: 8000,
      cardOre: 8000,
      payAtPickupOre: 0,
      transferredOre: 7800,
      feeOre: 200,
    });
    const csv = await shop.owner.get(`/api/v1/shops/${shop.id}/sales.csv${query}`);
    expect(csv.text).toContain(';80,00;0,00;78,00;2,00\r\n');
  });
});
