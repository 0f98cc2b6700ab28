import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPublishedShop } from './support/factories.ts';
import { servicePointBody } from './support/service-points.ts';
import { createTestApp, latestLinkMailedTo, type TestApp } from './support/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const arjeplogAdmin = 'kommun@arjeplog.example.se';
const adminList = '/api/v1/admin/municipalities/arjeplog/service-points';
type Item = { slug: string; name: string };

async function createPoint(overrides: Record<string, unknown> = {}) {
  const admin = await t.loginAs(arjeplogAdmin);
  const response = await admin.post(adminList).send(servicePointBody(overrides));
  expect(response.status).toBe(201);
  return { admin, point: response.body.servicePoint as { id: string; slug: string } };
}

describe('creating a service point', () => {
  it('stores every field, derives a slug and keeps amenities in the canonical order', async () => {
    const { point } = await createPoint({ name: 'Kurjoviken servicepunkt' });
    expect(point).toMatchObject({
      slug: 'kurjoviken-servicepunkt',
      name: 'Kurjoviken servicepunkt',
      kind: 'village_shop',
      status: 'active',
      host: { name: 'Testbyns byaförening', shop: null },
      position: { latitude: 66.08, longitude: 17.16 },
      amenities: ['public_wifi', 'fridge', 'freezer'],
      holdDays: 10,
      municipality: { slug: 'arjeplog', name: 'Arjeplog' },
    });
    const again = await createPoint({ name: 'Kurjoviken servicepunkt' });
    expect(again.point.slug).toBe('kurjoviken-servicepunkt-2');
  });

  it('refuses invalid fields and names each of them', async () => {
    const admin = await t.loginAs(arjeplogAdmin);
    const response = await admin.post(adminList).send(
      servicePointBody({
        kind: 'castle',
        latitude: 91,
        postalCode: '12',
        amenities: ['fridge', 'jacuzzi'],
        holdDays: 0,
      }),
    );
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('validation_failed');
    const fields = (response.body.errors as { field: string }[]).map((error) => error.field);
    expect(fields).toEqual(
      expect.arrayContaining(['kind', 'latitude', 'postalCode', 'amenities.1', 'holdDays']),
    );
  });

  it('refuses half a map position and two hosts at once', async () => {
    const admin = await t.loginAs(arjeplogAdmin);
    const half = await admin.post(adminList).send(servicePointBody({ longitude: null }));
    expect(half.body.code).toBe('validation_failed');
    expect(half.body.errors[0].field).toBe('longitude');
    const shop = await createPublishedShop(t);
    const both = await admin.post(adminList).send(servicePointBody({ hostShopId: shop.id }));
    expect(both.body.code).toBe('validation_failed');
    expect(both.body.errors[0].field).toBe('hostName');
  });

  it('accepts a point without a map position, which then has none', async () => {
    const { point } = await createPoint({ latitude: null, longitude: null });
    expect(point).toMatchObject({ position: null });
  });
});

describe('the host shop', () => {
  it('may be a shop of the same municipality, shown with a link while it is published', async () => {
    const shop = await createPublishedShop(t, { name: 'Värdbutiken' });
    const { point } = await createPoint({ hostName: null, hostShopId: shop.id });
    expect(point).toMatchObject({
      hostShopId: shop.id,
      hostName: null,
      host: { name: 'Värdbutiken', shop: { slug: shop.slug, municipalitySlug: 'arjeplog' } },
    });
  });

  it('may be a shop listed in the municipality from a neighbour', async () => {
    const shop = await createPublishedShop(t, {
      municipality: 'gallivare',
      name: 'Grannens Handel',
    });
    const arjeplog = await t.database
      .knex('municipalities')
      .where({ slug: 'arjeplog' })
      .first<{ id: string }>('id');
    await t.database.knex('shop_listings').insert({
      shop_id: shop.id,
      municipality_id: arjeplog.id,
      status: 'approved',
      requested_at: t.clock.now(),
      decided_at: t.clock.now(),
    });
    const { point } = await createPoint({ hostName: null, hostShopId: shop.id });
    expect(point).toMatchObject({
      host: { name: 'Grannens Handel', shop: { slug: shop.slug, municipalitySlug: 'gallivare' } },
    });
  });

  it('is refused with host_shop_not_allowed when it belongs to another municipality', async () => {
    const foreign = await createPublishedShop(t, { municipality: 'gallivare' });
    const admin = await t.loginAs(arjeplogAdmin);
    const created = await admin
      .post(adminList)
      .send(servicePointBody({ hostName: null, hostShopId: foreign.id }));
    expect(created.status).toBe(422);
    expect(created.body.code).toBe('host_shop_not_allowed');
    expect(created.body.errors[0].field).toBe('hostShopId');

    const { point } = await createPoint();
    const changed = await admin
      .patch(`/api/v1/admin/service-points/${point.id}`)
      .send({ hostName: null, hostShopId: 'no-such-shop' });
    expect(changed.body.code).toBe('host_shop_not_allowed');
  });
});

describe('what residents see', () => {
  it('lists active points with their amenities and shows a page by slug or id', async () => {
    const { point } = await createPoint({ name: 'Synliga punkten' });
    const list = await t.agent().get('/api/v1/municipalities/arjeplog/service-points');
    expect(list.status).toBe(200);
    expect(list.body.nextCursor).toBeNull();
    const names = (list.body.items as Item[]).map((item) => item.name);
    expect(names).toEqual(expect.arrayContaining(['Synliga punkten', 'Laisvall Byhandel']));
    // The public list is not the admin view: no ids, statuses or hold days.
    expect(list.body.items[0]).not.toHaveProperty('id');
    expect(list.body.items[0]).not.toHaveProperty('status');

    const bySlug = await t.agent().get(`/api/v1/service-points/${point.slug}`);
    expect(bySlug.body.servicePoint).toMatchObject({ name: 'Synliga punkten', holdDays: 10 });
    expect(bySlug.body.servicePoint).not.toHaveProperty('status');
    const byId = await t.agent().get(`/api/v1/service-points/${point.id}`);
    expect(byId.body.servicePoint.slug).toBe(point.slug);
  });

  it('no longer shows a closed point, while its admins still see it', async () => {
    const { admin, point } = await createPoint({ name: 'Stängda punkten' });
    const closed = await admin
      .patch(`/api/v1/admin/service-points/${point.id}`)
      .send({ status: 'closed' });
    expect(closed.body.servicePoint.status).toBe('closed');

    const list = await t.agent().get('/api/v1/municipalities/arjeplog/service-points');
    expect((list.body.items as Item[]).map((item) => item.slug)).not.toContain(point.slug);
    const page = await t.agent().get(`/api/v1/service-points/${point.slug}`);
    expect(page.status).toBe(404);
    expect(page.body.code).toBe('not_found');

    const adminView = await admin.get(`${adminList}?status=closed`);
    expect((adminView.body.items as Item[]).map((item) => item.slug)).toContain(point.slug);
    const all = await admin.get(adminList);
    expect((all.body.items as Item[]).map((item) => item.slug)).toContain(point.slug);
  });

  it('answers not_found for an unknown municipality or point', async () => {
    const municipality = await t.agent().get('/api/v1/municipalities/atlantis/service-points');
    expect(municipality.body.code).toBe('not_found');
    const point = await t.agent().get('/api/v1/service-points/finns-inte');
    expect(point.body.code).toBe('not_found');
  });
});

describe('changing a service point', () => {
  it('changes only the fields sent and replaces a host name by a host shop', async () => {
    const { admin, point } = await createPoint();
    const shop = await createPublishedShop(t, { name: 'Nya värden' });
    const changed = await admin
      .patch(`/api/v1/admin/service-points/${point.id}`)
      .send({ amenities: ['toilet'], holdDays: 21, hostShopId: shop.id });
    expect(changed.status).toBe(200);
    expect(changed.body.servicePoint).toMatchObject({
      name: 'Testbyns servicepunkt',
      amenities: ['toilet'],
      holdDays: 21,
      hostShopId: shop.id,
      hostName: null,
      host: { name: 'Nya värden' },
    });
  });

  it('refuses an unknown field and a status that does not exist', async () => {
    const { admin, point } = await createPoint();
    const unknown = await admin
      .patch(`/api/v1/admin/service-points/${point.id}`)
      .send({ municipalityId: 'other' });
    expect(unknown.body.code).toBe('validation_failed');
    const status = await admin
      .patch(`/api/v1/admin/service-points/${point.id}`)
      .send({ status: 'deleted' });
    expect(status.body.code).toBe('validation_failed');
  });

  it('writes creation, change, closing and reopening to the municipality’s audit log', async () => {
    const { admin, point } = await createPoint({ name: 'Loggade punkten' });
    const path = `/api/v1/admin/service-points/${point.id}`;
    await admin.patch(path).send({ holdDays: 12 });
    await admin.patch(path).send({ status: 'closed' });
    await admin.patch(path).send({ status: 'active' });
    const log = await admin.get('/api/v1/admin/municipalities/arjeplog/audit-events');
    const actions = (log.body.items as { action: string; details: { servicePointId?: string } }[])
      .filter((event) => event.details.servicePointId === point.id)
      .map((event) => event.action)
      .reverse();
    expect(actions).toEqual([
      'service_point.created',
      'service_point.updated',
      'service_point.closed',
      'service_point.reopened',
    ]);
  });
});

describe('operators', () => {
  it('are invited by mail and then hold the service_point_operator role for that point', async () => {
    const { admin, point } = await createPoint({ name: 'Ombudets punkt' });
    const email = 'nytt.ombud@testbyn.example.se';
    const invited = await admin
      .post(`/api/v1/admin/service-points/${point.id}/operator-invitations`)
      .send({ email, locale: 'en' });
    expect(invited.status).toBe(201);
    expect(invited.body.invitation).toMatchObject({
      email,
      role: 'service_point_operator',
      scope: { type: 'service_point', id: point.id, name: 'Ombudets punkt' },
    });
    const mail = await t.database.knex('outbox_messages').where({ to_address: email }).first();
    expect(mail.subject).toBe('Invitation: run the Ombudets punkt service point');

    const token = (await latestLinkMailedTo(t, email)).split('/inbjudan/')[1] ?? '';
    const operator = t.agent();
    const accepted = await operator
      .post(`/api/v1/invitations/${token}/accept`)
      .send({ name: 'Olga Ombud', password: 'ombud-i-byn-2026' });
    expect(accepted.status).toBe(200);
    const me = await operator.get('/api/v1/me');
    expect(me.body.roles).toContainEqual({
      role: 'service_point_operator',
      scope: { type: 'service_point', id: point.id, slug: point.slug, name: 'Ombudets punkt' },
    });

    const operators = await admin.get(`/api/v1/admin/service-points/${point.id}/operators`);
    expect(operators.body.items).toMatchObject([{ name: 'Olga Ombud', email }]);
    const invitations = await admin.get(
      `/api/v1/admin/service-points/${point.id}/operator-invitations`,
    );
    expect(invitations.body.items[0].acceptedAt).not.toBeNull();

    // The operator reads their own point, and neither changes it nor reads another.
    expect((await operator.get(`/api/v1/admin/service-points/${point.id}`)).status).toBe(200);
    const change = await operator
      .patch(`/api/v1/admin/service-points/${point.id}`)
      .send({ holdDays: 30 });
    expect(change.body.code).toBe('forbidden');
    const other = await createPoint();
    const foreign = await operator.get(`/api/v1/admin/service-points/${other.point.id}`);
    expect(foreign.body.code).toBe('forbidden');

    const log = await admin.get('/api/v1/admin/municipalities/arjeplog/audit-events');
    const actions = (log.body.items as { action: string; details: { servicePointId?: string } }[])
      .filter((event) => event.details.servicePointId === point.id)
      .map((event) => event.action);
    expect(actions).toEqual(
      expect.arrayContaining(['service_point.operator_invited', 'service_point.operator_joined']),
    );
  });

  it('include the demo operator of Laisvall, whose account shows the role', async () => {
    const operator = await t.loginAs('ombud@laisvall.example.se');
    const me = await operator.get('/api/v1/me');
    expect(me.body.roles).toContainEqual({
      role: 'service_point_operator',
      scope: expect.objectContaining({ type: 'service_point', slug: 'laisvall-byhandel' }),
    });
    const page = await t.agent().get('/api/v1/service-points/laisvall-byhandel');
    expect(page.body.servicePoint.amenities).toEqual(expect.arrayContaining(['fridge', 'freezer']));
  });
});

describe('another municipality’s admin', () => {
  it('can neither list, read, change nor staff Arjeplog’s points', async () => {
    const { point } = await createPoint();
    const gallivare = await t.loginAs('kommun@gallivare.example.se');
    const responses = await Promise.all([
      gallivare.get(adminList),
      gallivare.post(adminList).send(servicePointBody()),
      gallivare.get(`/api/v1/admin/service-points/${point.id}`),
      gallivare.patch(`/api/v1/admin/service-points/${point.id}`).send({ status: 'closed' }),
      gallivare.get(`/api/v1/admin/service-points/${point.id}/operators`),
      gallivare
        .post(`/api/v1/admin/service-points/${point.id}/operator-invitations`)
        .send({ email: 'inkraktare@example.se' }),
    ]);
    expect(responses.map((response) => response.body.code as string)).toEqual(
      Array(responses.length).fill('forbidden'),
    );
  });
});
