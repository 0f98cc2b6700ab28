import type supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StripeStandIn } from '../support/stripe-stand-in.ts';
import { createPublishedShop, type ShopFixture } from './support/factories.ts';
import { connectShopToStripe, createTestAppWithStripe } from './support/stripe.ts';
import { createTestApp, publicUrl, type TestApp } from './support/test-app.ts';

let standIn: StripeStandIn;
let t: TestApp;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ t, standIn, close } = await createTestAppWithStripe());
});
afterAll(() => close());

async function ownShop(): Promise<{ shop: ShopFixture; owner: supertest.Agent }> {
  const shop = await createPublishedShop(t);
  return { shop, owner: await t.loginAs(shop.ownerEmail) };
}

const accountRequests = () =>
  standIn.requests.filter(
    (request) => request.method === 'POST' && request.path === '/v1/accounts',
  );
const accountReads = () =>
  standIn.requests.filter(
    (request) => request.method === 'GET' && request.path.startsWith('/v1/accounts/'),
  );

async function accountIdOf(shopId: string): Promise<string> {
  const row = await t.database.knex('shop_payment_accounts').where({ shop_id: shopId }).first();
  return row.stripe_account_id as string;
}

describe('a shop owner connects the shop to Stripe', () => {
  it('starts not connected, and the onboarding link creates the account once', async () => {
    const { shop, owner } = await ownShop();
    const before = await owner.get(`/api/v1/shops/${shop.id}/payments`);
    expect(before.status).toBe(200);
    expect(before.body.payments).toEqual({
      state: 'not_connected',
      chargesEnabled: false,
      payoutsEnabled: false,
      detailsSubmitted: false,
      updatedAt: null,
    });

    const accountsBefore = accountRequests().length;
    const first = await owner.post(`/api/v1/shops/${shop.id}/payments/onboarding-link`);
    expect(first.status).toBe(200);
    expect(first.body.url).toMatch(new RegExp(`^${standIn.url}/connect/`));
    const page = `${publicUrl}/konto/butiker/${shop.id}/betalningar`;
    expect(standIn.requests.at(-1)?.body).toMatchObject({
      type: 'account_onboarding',
      return_url: `${page}?klar=1`,
      refresh_url: `${page}?forny=1`,
    });
    const second = await owner.post(`/api/v1/shops/${shop.id}/payments/onboarding-link`);
    expect(second.body.url).not.toBe(first.body.url);
    expect(accountRequests().length - accountsBefore).toBe(1);
    expect(accountRequests().at(-1)?.body).toMatchObject({
      country: 'SE',
      business_profile: { name: shop.name },
    });
  });

  it('gets one account when the owner clicks twice at once', async () => {
    const { shop, owner } = await ownShop();
    const answers = await Promise.all([
      owner.post(`/api/v1/shops/${shop.id}/payments/onboarding-link`),
      owner.post(`/api/v1/shops/${shop.id}/payments/onboarding-link`),
    ]);
    expect(answers.map((answer) => answer.status)).toEqual([200, 200]);
    // Both reach Stripe with the same idempotency key, so Stripe creates one account.
    const created = [...standIn.state.accounts.values()].filter(
      (account) => account.businessName === shop.name,
    );
    expect(created).toHaveLength(1);
    const rows = await t.database.knex('shop_payment_accounts').where({ shop_id: shop.id });
    expect(rows).toHaveLength(1);
    expect(rows[0].stripe_account_id).toBe(created[0]?.id);
  });

  it('shows onboarding until Stripe’s account.updated says the shop is ready', async () => {
    const { shop, owner } = await ownShop();
    await owner.post(`/api/v1/shops/${shop.id}/payments/onboarding-link`);
    const started = await owner.get(`/api/v1/shops/${shop.id}/payments`);
    expect(started.body.payments.state).toBe('onboarding');

    await standIn.completeOnboarding(await accountIdOf(shop.id));
    expect(standIn.deliveries.at(-1)).toMatchObject({ type: 'account.updated', status: 200 });
    const ready = await owner.get(`/api/v1/shops/${shop.id}/payments`);
    expect(ready.body.payments).toMatchObject({
      state: 'ready',
      chargesEnabled: true,
      payoutsEnabled: true,
      detailsSubmitted: true,
    });
    // Once ready, reading the status no longer asks Stripe.
    const reads = accountReads().length;
    await owner.get(`/api/v1/shops/${shop.id}/payments`);
    expect(accountReads().length).toBe(reads);
  });

  it('is ready after the onboarding a checkout test would run through', async () => {
    const { shop, owner } = await ownShop();
    const accountId = await connectShopToStripe(t, standIn, owner, shop.id);
    expect(standIn.state.accounts.get(accountId)?.businessName).toBe(shop.name);
  });

  it('re-reads the account from Stripe when the owner returns before the webhook', async () => {
    const { shop, owner } = await ownShop();
    await owner.post(`/api/v1/shops/${shop.id}/payments/onboarding-link`);
    const account = standIn.state.accounts.get(await accountIdOf(shop.id));
    if (!account) throw new Error('the stand-in should hold the account');
    Object.assign(account, {
      charges_enabled: true,
      payouts_enabled: true,
      details_submitted: true,
    });
    const back = await owner.get(`/api/v1/shops/${shop.id}/payments`);
    expect(back.body.payments.state).toBe('ready');
  });

  it('keeps the newest status when account.updated events arrive out of order', async () => {
    const { shop, owner } = await ownShop();
    await owner.post(`/api/v1/shops/${shop.id}/payments/onboarding-link`);
    const accountId = await accountIdOf(shop.id);
    const now = Math.floor(Date.now() / 1000) + 60;
    const account = (ready: boolean) => ({
      id: accountId,
      object: 'account',
      charges_enabled: ready,
      payouts_enabled: ready,
      details_submitted: ready,
    });
    expect(await standIn.sendEvent('account.updated', account(true), { created: now + 10 })).toBe(
      200,
    );
    expect(await standIn.sendEvent('account.updated', account(false), { created: now })).toBe(200);
    const status = await owner.get(`/api/v1/shops/${shop.id}/payments`);
    expect(status.body.payments.state).toBe('ready');
  });

  it('ignores account.updated for an account that is not one of our shops', async () => {
    const rowsBefore = await t.database.knex('shop_payment_accounts').orderBy('shop_id');
    const status = await standIn.sendEvent('account.updated', {
      id: 'acct_not_ours',
      object: 'account',
      charges_enabled: true,
      payouts_enabled: true,
      details_submitted: true,
    });
    expect(status).toBe(200);
    expect(await t.database.knex('shop_payment_accounts').orderBy('shop_id')).toEqual(rowsBefore);
  });

  it('lets only the owner read or start payments, not staff or other shops', async () => {
    const { shop } = await ownShop();
    const other = await ownShop();
    const staff = await t.loginAs(shop.staffEmail);
    for (const client of [staff, other.owner]) {
      const read = await client.get(`/api/v1/shops/${shop.id}/payments`);
      expect(read.status).toBe(403);
      expect(read.body.code).toBe('forbidden');
      const link = await client.post(`/api/v1/shops/${shop.id}/payments/onboarding-link`);
      expect(link.body.code).toBe('forbidden');
    }
    const anonymous = await t.agent().get(`/api/v1/shops/${shop.id}/payments`);
    expect(anonymous.body.code).toBe('unauthenticated');
    expect((await other.owner.get('/api/v1/shops/no-such-shop/payments')).body.code).toBe(
      'not_found',
    );
  });

  it('shows the last known status when Stripe cannot be asked', async () => {
    const { shop, owner } = await ownShop();
    await owner.post(`/api/v1/shops/${shop.id}/payments/onboarding-link`);
    const accountId = await accountIdOf(shop.id);
    standIn.state.accounts.delete(accountId);
    const response = await owner.get(`/api/v1/shops/${shop.id}/payments`);
    expect(response.status).toBe(200);
    expect(response.body.payments.state).toBe('onboarding');
  });

  it('answers payment_provider_error when Stripe cannot be reached', async () => {
    const unreachable = await createTestApp({
      env: { ...standIn.env, STRIPE_API_URL: 'http://127.0.0.1:9' },
    });
    try {
      const shop = await createPublishedShop(unreachable);
      const owner = await unreachable.loginAs(shop.ownerEmail);
      const response = await owner.post(`/api/v1/shops/${shop.id}/payments/onboarding-link`);
      expect(response.status).toBe(502);
      expect(response.body.code).toBe('payment_provider_error');
    } finally {
      await unreachable.close();
    }
  });
});

describe('without Stripe configured', () => {
  it('answers payments_not_configured to the owner, and still keeps strangers out', async () => {
    const plain = await createTestApp();
    try {
      const shop = await createPublishedShop(plain);
      const owner = await plain.loginAs(shop.ownerEmail);
      for (const response of [
        await owner.get(`/api/v1/shops/${shop.id}/payments`),
        await owner.post(`/api/v1/shops/${shop.id}/payments/onboarding-link`),
      ]) {
        expect(response.status).toBe(409);
        expect(response.body.code).toBe('payments_not_configured');
      }
      const staff = await plain.loginAs(shop.staffEmail);
      expect((await staff.get(`/api/v1/shops/${shop.id}/payments`)).body.code).toBe('forbidden');
    } finally {
      await plain.close();
    }
  });
});

describe('a municipality’s platform fee', () => {
  const feePath = (slug: string) => `/api/v1/admin/municipalities/${slug}/platform-fee`;

  it('starts at zero and is set by the municipality admin', async () => {
    const admin = await t.loginAs('kommun@arjeplog.example.se');
    expect((await admin.get(feePath('arjeplog'))).body.platformFee).toEqual({ feeBasisPoints: 0 });
    const changed = await admin.put(feePath('arjeplog')).send({ feeBasisPoints: 250 });
    expect(changed.status).toBe(200);
    expect(changed.body.platformFee).toEqual({ feeBasisPoints: 250 });
    const region = await t.loginAs('region@example.se');
    expect((await region.get(feePath('arjeplog'))).body.platformFee.feeBasisPoints).toBe(250);
    const municipality = await t.database
      .knex('municipalities')
      .where({ slug: 'arjeplog' })
      .first();
    expect(await t.services.payments.platformFee.feeOf(municipality.id)).toBe(250);
  });

  it('refuses fees that are not whole basis points from 0 to 20 %', async () => {
    const admin = await t.loginAs('kommun@arjeplog.example.se');
    for (const body of [
      { feeBasisPoints: -1 },
      { feeBasisPoints: 2001 },
      { feeBasisPoints: 2.5 },
      { feeBasisPoints: '250' },
      { feeBasisPoints: 250, feeOre: 1 },
      {},
    ]) {
      const response = await admin.put(feePath('arjeplog')).send(body);
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('validation_failed');
    }
  });

  it('is another municipality’s admin’s business only', async () => {
    const gallivare = await t.loginAs('kommun@gallivare.example.se');
    const response = await gallivare.put(feePath('arjeplog')).send({ feeBasisPoints: 1 });
    expect(response.status).toBe(403);
    expect(response.body.code).toBe('forbidden');
    expect((await gallivare.get(feePath('nowhere'))).body.code).toBe('not_found');
  });

  it('can be set before Stripe is configured', async () => {
    const plain = await createTestApp();
    try {
      const admin = await plain.loginAs('kommun@gallivare.example.se');
      const response = await admin.put(feePath('gallivare')).send({ feeBasisPoints: 100 });
      expect(response.status).toBe(200);
      expect(response.body.platformFee.feeBasisPoints).toBe(100);
    } finally {
      await plain.close();
    }
  });
});
