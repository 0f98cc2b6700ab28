import type supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StripeStandIn } from '../support/stripe-stand-in.ts';
import { contact, createCheckoutShop, createGood, type CheckoutShop } from './support/checkout.ts';
import {
  laisvallOperator,
  newClientId,
  orderToServicePoint,
  pickupCodeOf,
  servicePointId,
} from './support/counter.ts';
import { placeOrder } from './support/orders.ts';
import { connectShopToStripe, createTestAppWithStripe } from './support/stripe.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

// Issue 5: every status change is recorded with who, when and from where — the surface that
// fired it, the client's address cut to its network, and the kind of device.

const iPhone =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';
const windows =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36';
const androidTablet =
  'Mozilla/5.0 (Linux; Android 13; SM-X200) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36';
/** Supertest connects from the loopback address; minimised, it is its /24. */
const loopbackNetwork = '127.0.0.0';

let t: TestApp;
let standIn: StripeStandIn;
let close: () => Promise<void>;
let shop: CheckoutShop;
let good = '';

type EventRow = {
  event: string;
  actor_kind: string;
  request_id: string | null;
  channel: string | null;
  ip: string | null;
  device: string | null;
};

async function eventOf(app: TestApp, orderId: string, event: string): Promise<EventRow> {
  const row = await app.database
    .knex('order_status_events')
    .where({ order_id: orderId, event })
    .first<EventRow | undefined>('event', 'actor_kind', 'request_id', 'channel', 'ip', 'device');
  if (!row) throw new Error(`no ${event} event for ${orderId}`);
  return row;
}

/** A guest's card checkout of one good; returns the checkout, its order and payment session. */
async function cardCheckout(guest: supertest.Agent) {
  await guest.post('/api/v1/basket/items').send({ productId: good, quantity: 1 });
  const response = await guest
    .post('/api/v1/checkout')
    .set('User-Agent', iPhone)
    .send({
      contact,
      fulfilments: [{ shopId: shop.id, method: 'pickup_in_shop' }],
      payment: 'card',
    });
  expect(response.status).toBe(201);
  const sessionId = /cs_[A-Za-z0-9_]+/.exec(response.body.checkout.paymentUrl as string)?.[0];
  if (!sessionId) throw new Error('no payment session');
  return {
    checkoutId: response.body.checkout.id as string,
    orderId: response.body.checkout.orders[0].id as string,
    sessionId,
  };
}

beforeAll(async () => {
  // Stripe's stand-in checks a session's time limit against the real clock: the test clock
  // stays at the real time until the last test moves it past the limit.
  ({ t, standIn, close } = await createTestAppWithStripe());
  shop = await createCheckoutShop(t, { name: 'Ursprungsbutiken' });
  await connectShopToStripe(t, standIn, shop.owner, shop.id);
  good = await createGood(shop, { title: 'Ursprungsvara', priceOre: 3000, stock: 50 });
});
afterAll(() => close());

describe('where each step of an order came from', () => {
  let acceptedOrderId = '';

  it('records a shop accept from the shop’s pages with the client’s network and device', async () => {
    const resident = t.agent().set('User-Agent', iPhone);
    const { orderId, checkoutId } = await placeOrder(resident, shop, good);
    const placed = await eventOf(t, orderId, 'checkout');
    expect(placed).toMatchObject({
      actor_kind: 'customer',
      channel: 'storefront',
      ip: loopbackNetwork,
      device: 'mobile',
    });

    const accepted = await shop.owner
      .post(`/api/v1/shops/${shop.id}/orders/${orderId}/accept`)
      .set('User-Agent', windows);
    expect(accepted.status).toBe(200);
    expect(await eventOf(t, orderId, 'accept')).toEqual({
      event: 'accept',
      actor_kind: 'shop_owner',
      request_id: accepted.headers['x-request-id'],
      channel: 'shop_admin',
      ip: loopbackNetwork,
      device: 'desktop',
    });
    // The shop reads it in the order's history, address included.
    expect(accepted.body.order.history).toEqual([
      expect.objectContaining({
        status: 'placed',
        actorKind: 'customer',
        channel: 'storefront',
        device: 'mobile',
        ip: loopbackNetwork,
      }),
      expect.objectContaining({
        status: 'accepted',
        actorKind: 'shop_owner',
        channel: 'shop_admin',
        device: 'desktop',
        ip: loopbackNetwork,
      }),
    ]);

    // The resident's own timeline says what happened and when, nothing of from where.
    const own = await resident.get(`/api/v1/checkouts/${checkoutId}`);
    expect(Object.keys(own.body.checkout.orders[0].timeline[0] as object).sort()).toEqual([
      'at',
      'event',
      'status',
    ]);
    expect(JSON.stringify(own.body)).not.toContain(loopbackNetwork);
    acceptedOrderId = orderId;
  });

  it('shows the municipality admin the surface and device of each step, never the address', async () => {
    const admin = await t.loginAs('kommun@arjeplog.example.se');
    const response = await admin.get(
      '/api/v1/admin/municipalities/arjeplog/orders?status=accepted',
    );
    expect(response.status).toBe(200);
    const order = (
      response.body.items as { id: string; history: Record<string, unknown>[] }[]
    ).find((item) => item.id === acceptedOrderId);
    expect(order?.history).toEqual([
      expect.objectContaining({ status: 'placed', channel: 'storefront', device: 'mobile' }),
      expect.objectContaining({ status: 'accepted', channel: 'shop_admin', device: 'desktop' }),
    ]);
    for (const step of order?.history ?? []) expect(step).not.toHaveProperty('ip');
    expect(JSON.stringify(response.body)).not.toContain(loopbackNetwork);
  });

  it('believes X-Forwarded-For only from as many proxies as TRUST_PROXY says', async () => {
    const forged = '203.0.113.57';
    const { orderId } = await placeOrder(t.agent(), shop, good);
    const accepted = await shop.owner
      .post(`/api/v1/shops/${shop.id}/orders/${orderId}/accept`)
      .set('X-Forwarded-For', forged);
    expect(accepted.status).toBe(200);
    // No proxy is trusted by default: a client cannot write its own address into the history.
    expect((await eventOf(t, orderId, 'accept')).ip).toBe(loopbackNetwork);

    const behindProxy = await createTestApp({ env: { TRUST_PROXY: '1' } });
    try {
      const proxiedShop = await createCheckoutShop(behindProxy, { name: 'Proxybutiken' });
      const proxiedGood = await createGood(proxiedShop, { title: 'Proxyvara', priceOre: 1000 });
      const placed = await placeOrder(behindProxy.agent(), proxiedShop, proxiedGood);
      const viaProxy = await proxiedShop.owner
        .post(`/api/v1/shops/${proxiedShop.id}/orders/${placed.orderId}/accept`)
        .set('X-Forwarded-For', `198.51.100.9, ${forged}`);
      expect(viaProxy.status).toBe(200);
      // The one trusted proxy appended the client's address last; the earlier one is hearsay.
      expect((await eventOf(behindProxy, placed.orderId, 'accept')).ip).toBe('203.0.113.0');
    } finally {
      await behindProxy.close();
    }
  });

  it('records the counter’s check-in and handover as the counter’s, on the operator’s device', async () => {
    const [parcel] = await orderToServicePoint(t, { resident: t.agent(), shops: [shop] });
    if (!parcel) throw new Error('no parcel');
    const pointId = await servicePointId(t, 'laisvall-byhandel');
    const operator = (await t.loginAs(laisvallOperator)).set('User-Agent', androidTablet);
    const checkInId = newClientId();
    const checkedIn = await operator
      .post(`/api/v1/service-points/${pointId}/check-ins`)
      .send({ parcelCode: parcel.parcelCode, clientId: checkInId });
    expect(checkedIn.status).toBe(200);
    const confirmId = newClientId();
    const confirmed = await operator
      .post(`/api/v1/service-points/${pointId}/handovers/${parcel.handoverId}/confirm`)
      .send({ clientId: confirmId, paymentTakenOre: 3000 });
    expect(confirmed.status).toBe(200);
    expect(await pickupCodeOf(t, parcel.handoverId)).toMatch(/^\d{6}$/);

    const fromCounter = { channel: 'counter', ip: loopbackNetwork, device: 'tablet' };
    expect(await eventOf(t, parcel.orderId, 'check_in')).toMatchObject({
      ...fromCounter,
      actor_kind: 'service_point_operator',
      request_id: `client:${checkInId}`,
    });
    // Made ready by the system, in the check-in that completed the handover.
    expect(await eventOf(t, parcel.orderId, 'make_ready')).toMatchObject({
      ...fromCounter,
      actor_kind: 'system',
    });
    expect(await eventOf(t, parcel.orderId, 'collect')).toMatchObject({
      ...fromCounter,
      actor_kind: 'service_point_operator',
      request_id: `client:${confirmId}`,
    });
  });

  it('records a payment confirmed by the provider’s webhook as the provider’s, with no address', async () => {
    const { orderId, sessionId } = await cardCheckout(t.agent());
    expect(await eventOf(t, orderId, 'checkout')).toMatchObject({
      channel: 'storefront',
      device: 'mobile',
      ip: loopbackNetwork,
    });
    await standIn.payCheckout(sessionId);
    await standIn.settled();
    const paid = await eventOf(t, orderId, 'pay');
    expect(paid).toMatchObject({
      actor_kind: 'system',
      channel: 'payment_provider',
      ip: null,
      device: null,
    });
    expect(paid.request_id).toMatch(/^stripe:evt_/);
  });

  it('records a payment page that expired at the provider as the provider’s', async () => {
    const { checkoutId, orderId, sessionId } = await cardCheckout(t.agent());
    const status = await standIn.sendEvent('checkout.session.expired', {
      id: sessionId,
      object: 'checkout.session',
      client_reference_id: checkoutId,
      metadata: { checkoutId },
      payment_status: 'unpaid',
      status: 'expired',
    });
    expect(status).toBe(200);
    expect(await eventOf(t, orderId, 'expire')).toMatchObject({
      channel: 'payment_provider',
      ip: null,
      device: null,
    });
  });

  it('records the minute job’s expiry of an unpaid reservation as the system’s', async () => {
    const { orderId } = await cardCheckout(t.agent());
    t.clock.advance(36 * 60_000);
    // The job closes the payment page first; Stripe's "expired" notice about it comes late
    // here, so the job's own expiry is the one recorded (when the notice wins, it is the
    // provider's, as the test above shows).
    const deliver = standIn.deliver;
    standIn.deliver = () => Promise.resolve(200);
    try {
      await t.services.orders.housekeeping();
    } finally {
      await standIn.settled();
      standIn.deliver = deliver;
    }
    expect(await eventOf(t, orderId, 'expire')).toEqual({
      event: 'expire',
      actor_kind: 'system',
      request_id: null,
      channel: 'system',
      ip: null,
      device: null,
    });
  });
});
