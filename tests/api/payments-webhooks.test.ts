import Stripe from 'stripe';
import supertest from 'supertest';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { checkoutIdOf } from '@e-galleria/shared/payments';
import type { PaymentEventRow } from '../../server/src/modules/payments/payment-events.repository.ts';
import type { StripeStandIn } from '../support/stripe-stand-in.ts';
import { createTestAppWithStripe, postStripeWebhook, stripeWebhookPath } from './support/stripe.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

/**
 * The webhook intake with a stand-in module registered the way checkout will register:
 * `test_checkouts` is this file's own table, changed only through the handler's transaction.
 */
let standIn: StripeStandIn;
let t: TestApp;
let failNext = false;
const handled: string[] = [];
const path = stripeWebhookPath;

let close: () => Promise<void>;

beforeAll(async () => {
  ({ t, standIn, close } = await createTestAppWithStripe());
  await t.database.knex.schema.createTable('test_checkouts', (table) => {
    table.string('id').primary();
    table.string('status').notNullable();
    table.string('payment_intent');
  });
  t.services.payments.onEvent('checkout.session.completed', async (event, db) => {
    handled.push(event.id);
    const checkoutId = checkoutIdOf(event.object);
    if (!checkoutId) return;
    // Only this event's checkout, and only while it is waiting: an unknown id changes no row.
    await db('test_checkouts')
      .where({ id: checkoutId, status: 'pending' })
      .update({ status: 'paid', payment_intent: event.object.payment_intent ?? null });
    if (failNext) {
      failNext = false;
      throw new Error('the handler failed half-way');
    }
  });
  t.services.payments.onEvent('checkout.session.expired', async (event, db) => {
    handled.push(event.id);
    const checkoutId = checkoutIdOf(event.object);
    if (!checkoutId) return;
    await db('test_checkouts')
      .where({ id: checkoutId, status: 'pending' })
      .update({ status: 'expired' });
  });
});
afterAll(() => close());
beforeEach(async () => {
  handled.length = 0;
  await t.database.knex('test_checkouts').delete();
  await t.database
    .knex('test_checkouts')
    .insert(['checkout-a', 'checkout-b', 'checkout-c'].map((id) => ({ id, status: 'pending' })));
});

const post = (payload: string, signature?: string) => postStripeWebhook(t, payload, signature);

const session = (checkoutId: string | null, overrides: Record<string, unknown> = {}) => ({
  id: `cs_test_${checkoutId ?? 'none'}`,
  object: 'checkout.session',
  client_reference_id: checkoutId,
  metadata: checkoutId ? { checkoutId } : {},
  payment_intent: `pi_${checkoutId ?? 'none'}`,
  payment_status: 'paid',
  status: 'complete',
  ...overrides,
});

async function statuses() {
  const rows = await t.database.knex('test_checkouts').orderBy('id');
  return Object.fromEntries(
    rows.map((row: { id: string; status: string }) => [row.id, row.status]),
  );
}

async function recorded(eventId: string) {
  return t.database
    .knex('payment_events')
    .where({ id: eventId })
    .first<PaymentEventRow | undefined>();
}

describe('Stripe webhooks', () => {
  it('processes a signed event once, in the handler of its type, and records it', async () => {
    const signed = standIn.signEvent('checkout.session.completed', session('checkout-a'));
    const response = await post(signed.payload, signed.signature);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ eventId: signed.event.id, outcome: 'processed' });
    expect(await statuses()).toEqual({
      'checkout-a': 'paid',
      'checkout-b': 'pending',
      'checkout-c': 'pending',
    });
    expect(await recorded(signed.event.id)).toMatchObject({
      type: 'checkout.session.completed',
      event_created_at: signed.event.created * 1000,
    });
    expect((await recorded(signed.event.id))?.processed_at).toBeGreaterThan(0);
  });

  it('refuses a body signed with another secret and runs nothing', async () => {
    const forged = standIn.signEvent('checkout.session.completed', session('checkout-a'), {
      secret: 'whsec_not_ours',
    });
    const response = await post(forged.payload, forged.signature);
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('webhook_signature_invalid');
    expect(handled).toEqual([]);
    expect(await recorded(forged.event.id)).toBeUndefined();
  });

  it('refuses a signed body that was changed afterwards', async () => {
    const signed = standIn.signEvent('checkout.session.completed', session('checkout-a'));
    const tampered = signed.payload.replace('checkout-a', 'checkout-b');
    const response = await post(tampered, signed.signature);
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('webhook_signature_invalid');
    expect(await statuses()).toMatchObject({ 'checkout-a': 'pending', 'checkout-b': 'pending' });
  });

  it('refuses a delivery signed too long ago, and one without a signature', async () => {
    const stale = standIn.signEvent('checkout.session.completed', session('checkout-a'), {
      timestamp: Math.floor(Date.now() / 1000) - 10 * 60,
    });
    expect((await post(stale.payload, stale.signature)).body.code).toBe(
      'webhook_signature_invalid',
    );
    const unsigned = await post(stale.payload);
    expect(unsigned.status).toBe(400);
    expect(unsigned.body.code).toBe('webhook_signature_invalid');
    expect(handled).toEqual([]);
  });

  it('acknowledges a replay without running the handler again, even ten at once', async () => {
    const signed = standIn.signEvent('checkout.session.completed', session('checkout-a'));
    expect((await post(signed.payload, signed.signature)).body.outcome).toBe('processed');
    const replay = await post(signed.payload, signed.signature);
    expect(replay.status).toBe(200);
    expect(replay.body.outcome).toBe('duplicate');

    // A fresh signature of the same event id (Stripe's own retry) is a replay too.
    const again = standIn.signEvent('checkout.session.completed', session('checkout-b'), {
      id: signed.event.id,
    });
    expect((await post(again.payload, again.signature)).body.outcome).toBe('duplicate');

    const burst = standIn.signEvent('checkout.session.completed', session('checkout-c'));
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => post(burst.payload, burst.signature)),
    );
    expect(answers.map((answer) => answer.status)).toEqual(Array(10).fill(200));
    expect(answers.filter((answer) => answer.body.outcome === 'processed')).toHaveLength(1);
    expect(handled).toEqual([signed.event.id, burst.event.id]);
    expect(await statuses()).toEqual({
      'checkout-a': 'paid',
      'checkout-b': 'pending',
      'checkout-c': 'paid',
    });
  });

  it('ends in the same state whatever order the events arrive in', async () => {
    const completedA = standIn.signEvent('checkout.session.completed', session('checkout-a'));
    const expiredA = standIn.signEvent(
      'checkout.session.expired',
      session('checkout-a', { status: 'expired', payment_status: 'unpaid' }),
    );
    const expiredB = standIn.signEvent(
      'checkout.session.expired',
      session('checkout-b', { status: 'expired', payment_status: 'unpaid' }),
    );
    const completedC = standIn.signEvent('checkout.session.completed', session('checkout-c'));
    // The expiry of A arrives before its payment, then everything is delivered again.
    for (const event of [expiredB, completedC, completedA, expiredA, expiredA, completedA])
      expect((await post(event.payload, event.signature)).status).toBe(200);
    expect(await statuses()).toEqual({
      'checkout-a': 'paid',
      'checkout-b': 'expired',
      'checkout-c': 'paid',
    });
  });

  it('lets an event with a missing or unknown checkout id change no checkout', async () => {
    for (const object of [
      session(null),
      session('checkout-that-never-was'),
      session(null, { metadata: null, client_reference_id: null }),
    ]) {
      const signed = standIn.signEvent('checkout.session.completed', object);
      const response = await post(signed.payload, signed.signature);
      expect(response.status).toBe(200);
      expect(response.body.outcome).toBe('processed');
    }
    expect(handled).toHaveLength(3);
    expect(await statuses()).toEqual({
      'checkout-a': 'pending',
      'checkout-b': 'pending',
      'checkout-c': 'pending',
    });
  });

  it('acknowledges and records an event type nobody handles', async () => {
    const signed = standIn.signEvent('customer.created', { id: 'cus_1', object: 'customer' });
    const response = await post(signed.payload, signed.signature);
    expect(response.status).toBe(200);
    expect(response.body.outcome).toBe('ignored');
    expect(await recorded(signed.event.id)).toMatchObject({ type: 'customer.created' });
  });

  it('rolls back a failing handler with its mark, so Stripe’s retry runs it once more', async () => {
    failNext = true;
    const signed = standIn.signEvent('checkout.session.completed', session('checkout-b'));
    const failed = await post(signed.payload, signed.signature);
    expect(failed.status).toBe(500);
    expect(failed.body.code).toBe('internal_error');
    expect(await recorded(signed.event.id)).toBeUndefined();
    expect((await statuses())['checkout-b']).toBe('pending');

    const retried = await post(signed.payload, signed.signature);
    expect(retried.body.outcome).toBe('processed');
    expect((await statuses())['checkout-b']).toBe('paid');
    expect(handled).toEqual([signed.event.id, signed.event.id]);
  });

  it('refuses an event whose object lacks what its handler needs, leaving it for a retry', async () => {
    const signed = standIn.signEvent('checkout.session.completed', { object: 'checkout.session' });
    const response = await post(signed.payload, signed.signature);
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('validation_failed');
    expect(await recorded(signed.event.id)).toBeUndefined();
  });

  it('refuses a signed body that is not an event', async () => {
    const payload = 'not json';
    const signature = Stripe.webhooks.generateTestHeaderString({
      payload,
      secret: standIn.webhookSecret,
    });
    const response = await post(payload, signature);
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('invalid_json');
  });

  it('is exempt from the browser cross-site check: the signature is the protection', async () => {
    const signed = standIn.signEvent('checkout.session.completed', session('checkout-c'));
    const fromElsewhere = await supertest(t.app)
      .post(path)
      .set('Origin', 'https://evil.example')
      .set('Sec-Fetch-Site', 'cross-site')
      .set('Content-Type', 'application/json')
      .set('Stripe-Signature', signed.signature)
      .send(signed.payload);
    expect(fromElsewhere.status).toBe(200);
    const unsigned = await supertest(t.app)
      .post(path)
      .set('Origin', 'https://evil.example')
      .set('Content-Type', 'application/json')
      .send(signed.payload);
    expect(unsigned.body.code).toBe('webhook_signature_invalid');
  });

  it('dispatches what the stand-in sends when a resident pays on its hosted page', async () => {
    const gateway = t.services.payments.gateway;
    if (!gateway) throw new Error('Stripe should be configured in this file');
    const { sessionId } = await gateway.createCheckoutSession({
      checkoutId: 'checkout-b',
      lines: [{ name: 'Hjortronsylt', amountOre: 8_900, quantity: 1 }],
      customerEmail: null,
      successUrl: 'http://galleria.test/klar',
      cancelUrl: 'http://galleria.test/kassa',
      expiresAt: Date.now() + 60 * 60 * 1000,
      idempotencyKey: 'checkout-b-session',
    });
    await standIn.payCheckout(sessionId);
    expect(standIn.deliveries.at(-1)).toMatchObject({
      type: 'checkout.session.completed',
      status: 200,
    });
    expect(await statuses()).toMatchObject({ 'checkout-b': 'paid' });
  });
});

describe('Stripe webhooks without Stripe configured', () => {
  it('answers payments_not_configured', async () => {
    const plain = await createTestApp();
    try {
      const signed = standIn.signEvent('checkout.session.completed', session('checkout-a'));
      const response = await supertest(plain.app)
        .post(path)
        .set('Content-Type', 'application/json')
        .set('Stripe-Signature', signed.signature)
        .send(signed.payload);
      expect(response.status).toBe(409);
      expect(response.body.code).toBe('payments_not_configured');
    } finally {
      await plain.close();
    }
  });
});
