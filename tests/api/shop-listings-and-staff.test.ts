import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { completeProfile, inviteShop, publishShop } from './support/shops.ts';
import { createTestApp, latestLinkMailedTo, type TestApp } from './support/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const arjeplogAdmin = 'kommun@arjeplog.example.se';
const gallivareAdmin = 'kommun@gallivare.example.se';
type Item = { slug: string };
const slugsOf = (body: { items: Item[] }) => body.items.map((item) => item.slug);

describe('listing in a neighbouring municipality', () => {
  it('shows the shop in Gällivare once Gällivare’s admin approves, and logs it in both', async () => {
    const { shopId, slug, owner } = await publishShop(t, {
      email: 'agare@grannen.example.se',
      shopName: 'Grannboden',
    });
    const requested = await owner
      .post(`/api/v1/shops/${shopId}/listings`)
      .send({ municipalitySlug: 'gallivare' });
    expect(requested.status).toBe(201);
    expect(requested.body.shop.listings).toMatchObject([
      { municipality: { slug: 'gallivare' }, status: 'requested' },
    ]);
    expect(
      slugsOf((await t.agent().get('/api/v1/municipalities/gallivare/shops')).body),
    ).not.toContain(slug);

    const gallivare = await t.loginAs(gallivareAdmin);
    const requests = await gallivare.get('/api/v1/admin/municipalities/gallivare/listing-requests');
    expect(requests.body.items).toContainEqual(
      expect.objectContaining({
        shop: expect.objectContaining({
          id: shopId,
          homeMunicipality: { slug: 'arjeplog', name: 'Arjeplog' },
        }),
        status: 'requested',
      }),
    );
    const arjeplog = await t.loginAs(arjeplogAdmin);
    const stranger = await arjeplog.post(
      `/api/v1/admin/municipalities/gallivare/listing-requests/${shopId}/approve`,
    );
    expect(stranger.body.code).toBe('forbidden');
    expect(
      (
        await gallivare.post(
          `/api/v1/admin/municipalities/gallivare/listing-requests/${shopId}/approve`,
        )
      ).status,
    ).toBe(204);
    const listed = await t.agent().get('/api/v1/municipalities/gallivare/shops');
    expect(slugsOf(listed.body)).toContain(slug);
    expect(
      (await t.agent().get(`/api/v1/municipalities/gallivare/shops/${slug}`)).body.shop,
    ).toMatchObject({
      homeMunicipality: { slug: 'arjeplog' },
    });

    const again = await gallivare.post(
      `/api/v1/admin/municipalities/gallivare/listing-requests/${shopId}/decline`,
    );
    expect(again.body.code).toBe('status_conflict');

    const gallivareLog = await gallivare.get('/api/v1/admin/municipalities/gallivare/audit-events');
    const arjeplogLog = await arjeplog.get('/api/v1/admin/municipalities/arjeplog/audit-events');
    for (const log of [gallivareLog, arjeplogLog]) {
      const actions = log.body.items
        .filter((event: { shop: { id: string } | null }) => event.shop?.id === shopId)
        .map((event: { action: string }) => event.action);
      expect(actions).toEqual(
        expect.arrayContaining(['shop.listing_requested', 'shop.listing_approved']),
      );
    }
    // Gällivare sees only the listing events of another municipality's shop, not its review.
    const gallivareActions = gallivareLog.body.items.map(
      (event: { action: string }) => event.action,
    );
    expect(gallivareActions).not.toContain('shop.approved');
  });

  it('declines a listing; the shop stays out of that galleria', async () => {
    const { shopId, slug, owner } = await publishShop(t, {
      email: 'agare@nej.example.se',
      shopName: 'Nejboden',
    });
    await owner.post(`/api/v1/shops/${shopId}/listings`).send({ municipalitySlug: 'gallivare' });
    const gallivare = await t.loginAs(gallivareAdmin);
    expect(
      (
        await gallivare.post(
          `/api/v1/admin/municipalities/gallivare/listing-requests/${shopId}/decline`,
        )
      ).status,
    ).toBe(204);
    expect(
      slugsOf((await t.agent().get('/api/v1/municipalities/gallivare/shops')).body),
    ).not.toContain(slug);
  });

  it('refuses a listing for a draft shop and in the home municipality', async () => {
    const draft = await inviteShop(t, { email: 'agare@utkast.example.se', shopName: 'Utkastet' });
    const early = await draft.owner
      .post(`/api/v1/shops/${draft.shopId}/listings`)
      .send({ municipalitySlug: 'gallivare' });
    expect(early.body.code).toBe('status_conflict');
    const published = await publishShop(t, { email: 'agare@hemma.example.se', shopName: 'Hemma' });
    const home = await published.owner
      .post(`/api/v1/shops/${published.shopId}/listings`)
      .send({ municipalitySlug: 'arjeplog' });
    expect([home.status, home.body.code]).toEqual([400, 'validation_failed']);
  });
});

describe('shop staff', () => {
  it('lets the owner invite staff who can read but not change the shop', async () => {
    const { shopId, owner } = await inviteShop(t, {
      email: 'agare@personal.example.se',
      shopName: 'Personalboden',
    });
    const invited = await owner
      .post(`/api/v1/shops/${shopId}/staff-invitations`)
      .send({ email: 'expedit@personal.example.se' });
    expect(invited.status).toBe(201);
    expect(invited.body.invitation).toMatchObject({
      role: 'shop_staff',
      scope: { type: 'shop', id: shopId },
    });
    const list = await owner.get(`/api/v1/shops/${shopId}/staff-invitations`);
    expect(list.body.items.map((item: { email: string }) => item.email)).toEqual([
      'expedit@personal.example.se',
    ]);
    const token = (await latestLinkMailedTo(t, 'expedit@personal.example.se')).split(
      '/inbjudan/',
    )[1];
    const staff = t.agent();
    const accepted = await staff
      .post(`/api/v1/invitations/${token}/accept`)
      .send({ name: 'Eva Expedit', password: 'kassaapparat-1' });
    expect(accepted.body.redirectTo).toBe(`/konto/butiker/${shopId}`);
    expect((await staff.get(`/api/v1/shops/${shopId}`)).status).toBe(200);
    expect(
      (await staff.patch(`/api/v1/shops/${shopId}`).send({ city: 'Arjeplog' })).body.code,
    ).toBe('forbidden');
    expect(
      (
        await staff
          .post(`/api/v1/shops/${shopId}/staff-invitations`)
          .send({ email: 'x@example.se' })
      ).body.code,
    ).toBe('forbidden');
  });
});

describe('the audit log', () => {
  it('records every step of an onboarding with its actor, oldest last', async () => {
    const { shopId, owner } = await inviteShop(t, {
      email: 'agare@logg.example.se',
      shopName: 'Loggboden',
    });
    await owner.patch(`/api/v1/shops/${shopId}`).send(completeProfile);
    await owner.post(`/api/v1/shops/${shopId}/submit`);
    const admin = await t.loginAs(arjeplogAdmin);
    await admin
      .post(`/api/v1/admin/shops/${shopId}/return`)
      .send({ comment: 'Fler bilder, tack.' });
    const log = await admin.get('/api/v1/admin/municipalities/arjeplog/audit-events');
    const events = log.body.items.filter(
      (event: { shop: { id: string } | null }) => event.shop?.id === shopId,
    );
    expect(events.map((event: { action: string }) => event.action)).toEqual([
      'shop.returned',
      'shop.submitted',
      'shop.profile_updated',
      'shop.owner_joined',
      'shop.invited',
    ]);
    expect(events[0]).toMatchObject({
      actor: { name: 'Kerstin Kommunberg' },
      shop: { id: shopId, name: 'Loggboden' },
      details: { comment: 'Fler bilder, tack.', from: 'submitted', to: 'returned' },
    });
    expect(events[3].actor.name).toBe('Olle Ägare');
    const gallivare = await t.loginAs(gallivareAdmin);
    const other = await gallivare.get('/api/v1/admin/municipalities/gallivare/audit-events');
    expect(
      other.body.items.some((event: { shop: { id: string } | null }) => event.shop?.id === shopId),
    ).toBe(false);
  });
});

describe('the public shop list', () => {
  it('filters by category, village and open now with a constant number of queries', async () => {
    await publishShop(t, { email: 'agare@filter.example.se', shopName: 'Filterboden' });
    const all = slugsOf((await t.agent().get('/api/v1/municipalities/arjeplog/shops')).body);
    expect(all).toContain('filterboden');
    const byCategory = await t.agent().get('/api/v1/municipalities/arjeplog/shops?category=bageri');
    expect(slugsOf(byCategory.body)).not.toContain('filterboden');
    const byVillage = await t.agent().get('/api/v1/municipalities/arjeplog/shops?village=Laisvall');
    expect(slugsOf(byVillage.body)).toContain('filterboden');

    // Monday 2027-01-04 10:00 and Sunday 2027-01-03 10:00 in Stockholm.
    t.clock.advance(Date.parse('2027-01-04T09:00:00Z') - t.clock.now());
    expect(
      slugsOf((await t.agent().get('/api/v1/municipalities/arjeplog/shops?openNow=1')).body),
    ).toContain('filterboden');
    t.clock.advance(-24 * 60 * 60 * 1000);
    expect(
      slugsOf((await t.agent().get('/api/v1/municipalities/arjeplog/shops?openNow=1')).body),
    ).not.toContain('filterboden');

    const queries: string[] = [];
    const count = (query: { sql: string }) => queries.push(query.sql);
    t.database.knex.on('query', count);
    await t.agent().get('/api/v1/municipalities/arjeplog/shops');
    const before = queries.length;
    await publishShop(t, { email: 'agare@filter2.example.se', shopName: 'Filterboden Två' });
    queries.length = 0;
    await t.agent().get('/api/v1/municipalities/arjeplog/shops');
    t.database.knex.off('query', count);
    expect(queries.length).toBe(before);
  });

  it('rejects an unknown filter', async () => {
    const response = await t.agent().get('/api/v1/municipalities/arjeplog/shops?sort=name');
    expect(response.body.code).toBe('validation_failed');
  });
});
