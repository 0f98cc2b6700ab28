import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStripeStandIn, type StripeStandIn } from '../../../tests/support/stripe-stand-in.ts';
import { loadConfig } from '../config.ts';
import { AppError } from '../errors.ts';
import { createPaymentGateway, type PaymentGateway } from './payments.ts';

// The real Stripe SDK over HTTP against the local stand-in: what we send is what Stripe gets.
let standIn: StripeStandIn;
let gateway: PaymentGateway;
beforeAll(async () => {
  standIn = await startStripeStandIn();
  const created = createPaymentGateway(loadConfig(standIn.env).stripe);
  if (!created) throw new Error('the gateway should exist with keys');
  gateway = created;
});
afterAll(() => standIn.close());

const inAnHour = () => Date.now() + 60 * 60 * 1000;
const sessionInput = (checkoutId: string, idempotencyKey = `checkout-${checkoutId}`) => ({
  checkoutId,
  lines: [
    { name: 'Rökt röding', amountOre: 12_900, quantity: 2 },
    { name: 'Tunnbröd', amountOre: 4_500, quantity: 1 },
  ],
  customerEmail: 'boende@example.se',
  successUrl: 'http://galleria.test/kassa/klar?session={CHECKOUT_SESSION_ID}',
  cancelUrl: 'http://galleria.test/kassa',
  expiresAt: inAnHour(),
  idempotencyKey,
});

async function codeOf(promise: Promise<unknown>): Promise<string> {
  const error: unknown = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  return error instanceof AppError ? error.code : `not an AppError: ${String(error)}`;
}

describe('the Stripe payment gateway', () => {
  it('is absent without keys, so card payment is not offered', () => {
    expect(createPaymentGateway(loadConfig({}).stripe)).toBeNull();
  });

  it('creates a hosted Checkout Session in SEK tied to the checkout', async () => {
    const { sessionId, url } = await gateway.createCheckoutSession(sessionInput('checkout-1'));
    expect(url).toBe(`${standIn.url}/checkout/${sessionId}`);
    const request = standIn.requests.at(-1);
    expect(request).toMatchObject({
      method: 'POST',
      path: '/v1/checkout/sessions',
      idempotencyKey: 'checkout-checkout-1',
      body: {
        mode: 'payment',
        client_reference_id: 'checkout-1',
        metadata: { checkoutId: 'checkout-1' },
        customer_email: 'boende@example.se',
        payment_intent_data: { transfer_group: 'checkout-1' },
        line_items: [
          { quantity: '2', price_data: { currency: 'sek', unit_amount: '12900' } },
          { quantity: '1', price_data: { currency: 'sek', unit_amount: '4500' } },
        ],
      },
    });
    expect(standIn.state.sessions.get(sessionId)?.amount_total).toBe(30_300);
  });

  it('gets the same session back for a retried idempotency key, and refuses the key with other data', async () => {
    const first = await gateway.createCheckoutSession(sessionInput('checkout-2', 'key-2'));
    const again = await gateway.createCheckoutSession(sessionInput('checkout-2', 'key-2'));
    expect(again.sessionId).toBe(first.sessionId);
    expect(await codeOf(gateway.createCheckoutSession(sessionInput('checkout-3', 'key-2')))).toBe(
      'payment_provider_error',
    );
  });

  it('expires an open session and reports a refusal as a provider error', async () => {
    const { sessionId } = await gateway.createCheckoutSession(sessionInput('checkout-4'));
    await gateway.expireCheckoutSession(sessionId);
    expect(standIn.state.sessions.get(sessionId)?.status).toBe('expired');
    expect(await codeOf(gateway.expireCheckoutSession(sessionId))).toBe('payment_provider_error');
  });

  it('transfers to a shop from the paid charge, reverses the transfer and refunds the payment', async () => {
    standIn.deliver = () => Promise.resolve(200);
    const { accountId } = await gateway.createConnectedAccount({
      email: 'butik@example.se',
      businessName: 'Fjällboden',
      idempotencyKey: 'shop-account-1',
    });
    const { sessionId } = await gateway.createCheckoutSession(sessionInput('checkout-5'));
    await standIn.payCheckout(sessionId);
    const paymentIntentId = standIn.state.sessions.get(sessionId)?.payment_intent ?? '';
    const intent = await gateway.retrievePaymentIntent(paymentIntentId);
    expect(intent).toMatchObject({ status: 'succeeded', amountOre: 30_300 });

    const { transferId } = await gateway.createTransfer({
      amountOre: 29_000,
      destination: accountId,
      transferGroup: 'checkout-5',
      sourceTransaction: intent.latestChargeId ?? '',
      idempotencyKey: 'transfer-5',
    });
    expect(standIn.requests.at(-1)?.body).toMatchObject({
      amount: '29000',
      currency: 'sek',
      destination: accountId,
      transfer_group: 'checkout-5',
    });
    await gateway.reverseTransfer({ transferId, amountOre: 4_500, idempotencyKey: 'reverse-5' });
    expect(standIn.state.transfers.get(transferId)?.reversed).toBe(4_500);
    expect(
      await gateway.listTransfers({ transferGroup: 'checkout-5', destination: accountId }),
    ).toEqual([{ transferId, amountOre: 29_000, reversedOre: 4_500 }]);
    expect(standIn.requests.at(-1)).toMatchObject({
      method: 'GET',
      body: { transfer_group: 'checkout-5', destination: accountId },
    });
    expect(
      await gateway.listTransfers({ transferGroup: 'checkout-4', destination: accountId }),
    ).toEqual([]);
    await gateway.refundPayment({ paymentIntentId, amountOre: 4_500, idempotencyKey: 'refund-5' });
    expect(
      await codeOf(
        gateway.refundPayment({ paymentIntentId, amountOre: 30_000, idempotencyKey: 'refund-6' }),
      ),
    ).toBe('payment_provider_error');
  });

  it('creates a connected account with an onboarding link and reads its status', async () => {
    standIn.deliver = () => Promise.resolve(200);
    const { accountId } = await gateway.createConnectedAccount({
      email: null,
      businessName: 'Bageriet i Slagnäs',
      idempotencyKey: 'shop-account-2',
    });
    expect(standIn.requests.at(-1)?.body).toMatchObject({
      country: 'SE',
      business_profile: { name: 'Bageriet i Slagnäs' },
      capabilities: { transfers: { requested: 'true' } },
    });
    const { url } = await gateway.createAccountLink({
      accountId,
      refreshUrl: 'http://galleria.test/forny',
      returnUrl: 'http://galleria.test/klar',
    });
    expect(url.startsWith(`${standIn.url}/connect/`)).toBe(true);
    expect(await gateway.retrieveAccount(accountId)).toEqual({
      chargesEnabled: false,
      payoutsEnabled: false,
      detailsSubmitted: false,
    });
    await standIn.completeOnboarding(accountId);
    expect(await gateway.retrieveAccount(accountId)).toEqual({
      chargesEnabled: true,
      payoutsEnabled: true,
      detailsSubmitted: true,
    });
  });

  it('verifies webhook signatures and refuses forged, tampered, stale and unsigned bodies', () => {
    const signed = standIn.signEvent('checkout.session.completed', { id: 'cs_1' });
    const body = Buffer.from(signed.payload);
    expect(gateway.verifyWebhook(body, signed.signature)).toMatchObject({
      id: signed.event.id,
      type: 'checkout.session.completed',
      object: { id: 'cs_1' },
    });
    const forged = standIn.signEvent('account.updated', {}, { secret: 'whsec_someone_else' });
    const stale = standIn.signEvent(
      'account.updated',
      {},
      {
        timestamp: Math.floor(Date.now() / 1000) - 3600,
      },
    );
    const refusals = [
      () => gateway.verifyWebhook(Buffer.from(forged.payload), forged.signature),
      () =>
        gateway.verifyWebhook(
          Buffer.from(signed.payload.replace('cs_1', 'cs_2')),
          signed.signature,
        ),
      () => gateway.verifyWebhook(Buffer.from(stale.payload), stale.signature),
      () => gateway.verifyWebhook(body, undefined),
    ];
    for (const refuse of refusals)
      expect(refuse).toThrow(expect.objectContaining({ code: 'webhook_signature_invalid' }));
  });
});

describe('the Stripe stand-in’s hosted pages', () => {
  it('shows a Pay button and a Cancel link, and paying sends the signed event and redirects', async () => {
    const delivered: string[] = [];
    standIn.deliver = (payload, signature) => {
      delivered.push(gateway.verifyWebhook(Buffer.from(payload), signature).type);
      return Promise.resolve(200);
    };
    const { sessionId, url } = await gateway.createCheckoutSession(sessionInput('checkout-page'));
    const page = await (await fetch(url)).text();
    expect(page).toContain('<button type="submit">Pay</button>');
    expect(page).toContain('href="http://galleria.test/kassa"');

    const paid = await fetch(url, { method: 'POST', redirect: 'manual' });
    expect(paid.status).toBe(303);
    expect(paid.headers.get('location')).toBe(
      `http://galleria.test/kassa/klar?session=${sessionId}`,
    );
    expect(delivered).toEqual(['checkout.session.completed']);
    expect(await (await fetch(url)).text()).toContain('This checkout is complete.');
  });

  it('sends checkout.session.expired after the answer to an expire call', async () => {
    const types: string[] = [];
    standIn.deliver = (payload, signature) => {
      types.push(gateway.verifyWebhook(Buffer.from(payload), signature).type);
      return Promise.resolve(200);
    };
    const { sessionId } = await gateway.createCheckoutSession(sessionInput('checkout-expire'));
    await gateway.expireCheckoutSession(sessionId);
    await standIn.settled();
    expect(types).toEqual(['checkout.session.expired']);
  });
});
