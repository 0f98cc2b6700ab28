import type supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StripeStandIn } from '../support/stripe-stand-in.ts';
import { contact, createCheckoutShop, createGood, type CheckoutShop } from './support/checkout.ts';
import { mailsTo } from './support/counter.ts';
import { connectShopToStripe, createTestAppWithStripe } from './support/stripe.ts';
import type { TestApp } from './support/test-app.ts';

// Decision 0070: a refund made in Stripe's dashboard changed nothing in the galleria; the
// order still read as paid and the shop kept its share, and nobody here heard of it.

let t: TestApp;
let standIn: StripeStandIn;
let close: () => Promise<void>;
let shop: CheckoutShop;
let good: string;
const regionAdmin = 'region@example.se';

beforeAll(async () => {
  ({ t, standIn, close } = await createTestAppWithStripe());
  shop = await createCheckoutShop(t, { name: 'Dashboardbutiken' });
  await connectShopToStripe(t, standIn, shop.owner, shop.id);
  good = await createGood(shop, { title: 'Hjortronsylt', priceOre: 8000, stock: 10 });
});
afterAll(() => close());

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
  const checkoutId = response.body.checkout.id as string;
  const { payment_intent_id: intentId } = await t.database
    .knex('checkouts')
    .where({ id: checkoutId })
    .first<{ payment_intent_id: string }>('payment_intent_id');
  return { checkoutId, orderId: response.body.checkout.orders[0].id as string, intentId };
}

const outsideRefunds = () =>
  t.database.knex('outside_refunds').orderBy('recorded_at').select<
    {
      refund_id: string;
      checkout_id: string | null;
      amount_ore: number;
      reason: string | null;
    }[]
  >('refund_id', 'checkout_id', 'amount_ore', 'reason');

describe('a refund made outside the galleria', () => {
  it('is not one the galleria made itself: a shop’s cancellation refunds with our mark', async () => {
    const { orderId } = await paidCardOrder(t.agent());
    const cancelled = await shop.owner
      .post(`/api/v1/shops/${shop.id}/orders/${orderId}/cancel`)
      .send({ reason: 'Burken gick sönder.' });
    expect(cancelled.status).toBe(200);
    await standIn.settled();
    expect([...standIn.state.refunds.values()].at(-1)?.metadata).toEqual({
      madeBy: 'e-galleria',
    });
    expect(standIn.deliveries.at(-1)).toMatchObject({ type: 'refund.created', status: 200 });
    expect(await outsideRefunds()).toEqual([]);
    expect(await mailsTo(t, regionAdmin, 'outside_refund')).toEqual([]);
  });

  it('is recorded once and mailed to the region’s admins, with the order it paid for', async () => {
    const { checkoutId, intentId } = await paidCardOrder(t.agent());
    const refund = standIn.refundInDashboard(intentId, {
      amount: 3000,
      reason: 'requested_by_customer',
    });
    await standIn.settled();
    expect(await outsideRefunds()).toEqual([
      {
        refund_id: refund.id,
        checkout_id: checkoutId,
        amount_ore: 3000,
        reason: 'requested_by_customer',
      },
    ]);
    const [mail, ...more] = await mailsTo(t, regionAdmin, 'outside_refund');
    expect(more).toEqual([]);
    expect(mail?.subject).toMatch(/^Återbetalning på 30,00\skr gjord utanför e-galleria$/);
    expect(mail?.text_body).toContain(`Betalningen gällde beställning ${checkoutId}`);
    expect(mail?.text_body).toContain('från Dashboardbutiken.');
    expect(mail?.text_body).toContain('orsak: requested_by_customer');

    // Told again (a second event about the same refund): still once.
    const object = { id: refund.id, amount: 3000, payment_intent: intentId, created: 1 };
    expect(await standIn.sendEvent('refund.created', object)).toBe(200);
    expect(await outsideRefunds()).toHaveLength(1);
    expect(await mailsTo(t, regionAdmin, 'outside_refund')).toHaveLength(1);

    // The region admin's page lists it with its order.
    const listed = await (await t.loginAs(regionAdmin)).get('/api/v1/admin/region/outside-refunds');
    expect(listed.status).toBe(200);
    expect(listed.body.items).toEqual([
      {
        refundId: refund.id,
        amountOre: 3000,
        reason: 'requested_by_customer',
        refundedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        checkout: { id: checkoutId, totalOre: 8000, shops: ['Dashboardbutiken'] },
        settled: null,
      },
    ]);

    // Settled by hand: marked with who and when, once.
    const admin = await t.loginAs(regionAdmin);
    const settled = await admin.post(`/api/v1/admin/region/outside-refunds/${refund.id}/settle`);
    expect(settled.status).toBe(200);
    expect(settled.body.items[0].settled).toEqual({
      at: expect.stringMatching(/^\d{4}-/),
      by: 'Regina Regionsson',
    });
    const again = await admin.post(`/api/v1/admin/region/outside-refunds/${refund.id}/settle`);
    expect(again.status).toBe(409);
  });

  it('of a payment that is not ours is recorded without an order, and said so', async () => {
    const status = await standIn.sendEvent('refund.created', {
      id: 're_not_ours',
      amount: 12_500,
      payment_intent: 'pi_of_another_business',
      metadata: {},
      created: Math.floor(Date.now() / 1000),
    });
    expect(status).toBe(200);
    const row = (await outsideRefunds()).find((refund) => refund.refund_id === 're_not_ours');
    expect(row).toMatchObject({ checkout_id: null, amount_ore: 12_500 });
    const mails = await mailsTo(t, regionAdmin, 'outside_refund');
    expect(mails.at(-1)?.text_body).toContain(
      'Betalningen finns inte bland gallerians beställningar.',
    );
  });
});

describe('a card payment disputed with the bank', () => {
  it('is recorded once, mailed to the region’s admins with the day to answer by, and listed', async () => {
    const { checkoutId, intentId } = await paidCardOrder(t.agent());
    const dispute = {
      id: 'dp_hjortron',
      amount: 8000,
      payment_intent: intentId,
      reason: 'product_not_received',
      // 17 December 2026, 23:59 in Stockholm.
      evidence_details: { due_by: Date.parse('2026-12-17T22:59:00Z') / 1000 },
      created: Math.floor(Date.now() / 1000),
    };
    expect(await standIn.sendEvent('charge.dispute.created', dispute)).toBe(200);
    expect(await standIn.sendEvent('charge.dispute.created', dispute)).toBe(200);
    const rows = await t.database.knex('payment_disputes').select('dispute_id', 'checkout_id');
    expect(rows).toEqual([{ dispute_id: 'dp_hjortron', checkout_id: checkoutId }]);
    const mails = await mailsTo(t, regionAdmin, 'payment_disputed');
    expect(mails).toHaveLength(1);
    expect(mails[0]?.subject).toMatch(/^En kortbetalning på 80,00\skr bestrids$/);
    expect(mails[0]?.text_body).toContain('Svara med underlag i Stripe senast torsdag 17 december');
    expect(mails[0]?.text_body).toContain('från Dashboardbutiken.');

    const listed = await (
      await t.loginAs(regionAdmin)
    ).get('/api/v1/admin/region/payment-disputes');
    expect(listed.status).toBe(200);
    expect(listed.body.items).toEqual([
      {
        disputeId: 'dp_hjortron',
        amountOre: 8000,
        reason: 'product_not_received',
        disputedAt: expect.stringMatching(/^\d{4}-/),
        evidenceDueBy: '2026-12-17T22:59:00.000Z',
        settled: null,
        checkout: { id: checkoutId, totalOre: 8000, shops: ['Dashboardbutiken'] },
      },
    ]);
    const shopOwner = await t.loginAs('butik@arjeplog.example.se');
    expect((await shopOwner.get('/api/v1/admin/region/payment-disputes')).status).toBe(403);
  });
});
