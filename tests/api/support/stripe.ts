import supertest from 'supertest';
import { expect } from 'vitest';
import { startStripeStandIn, type StripeStandIn } from '../../support/stripe-stand-in.ts';
import { createTestApp, type TestApp } from './test-app.ts';

export const stripeWebhookPath = '/api/v1/webhooks/stripe';

/** POSTs a body to the webhook as Stripe does: raw JSON with its Stripe-Signature header. */
export function postStripeWebhook(t: TestApp, payload: string, signature?: string) {
  const request = supertest(t.app).post(stripeWebhookPath).set('Content-Type', 'application/json');
  if (signature !== undefined) request.set('Stripe-Signature', signature);
  return request.send(payload);
}

/**
 * A test app with card payment on: the real SDK talks to a fresh Stripe stand-in, whose
 * webhooks (after Pay on its checkout page, say) are delivered into this app.
 */
export async function createTestAppWithStripe(
  options: Parameters<typeof createTestApp>[0] = {},
): Promise<{ t: TestApp; standIn: StripeStandIn; close: () => Promise<void> }> {
  const standIn = await startStripeStandIn();
  const t = await createTestApp({ ...options, env: { ...options.env, ...standIn.env } });
  standIn.deliver = (payload, signature) =>
    postStripeWebhook(t, payload, signature).then((response) => response.status);
  return {
    t,
    standIn,
    async close() {
      await standIn.settled();
      await t.close();
      await standIn.close();
    },
  };
}

/**
 * The owner connects the shop and completes Stripe's onboarding, as on the Payments page:
 * afterwards the shop is `ready` and its orders can be paid by card. Returns the account id.
 */
export async function connectShopToStripe(
  t: TestApp,
  standIn: StripeStandIn,
  owner: supertest.Agent,
  shopId: string,
): Promise<string> {
  const link = await owner.post(`/api/v1/shops/${shopId}/payments/onboarding-link`);
  expect(link.status).toBe(200);
  const row = await t.database
    .knex('shop_payment_accounts')
    .where({ shop_id: shopId })
    .first<{ stripe_account_id: string }>('stripe_account_id');
  await standIn.completeOnboarding(row.stripe_account_id);
  const status = await owner.get(`/api/v1/shops/${shopId}/payments`);
  expect(status.body.payments.state).toBe('ready');
  return row.stripe_account_id;
}
