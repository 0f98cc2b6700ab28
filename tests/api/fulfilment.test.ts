import type supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPublishedShop, type ShopFixture } from './support/factories.ts';
import { servicePointBody } from './support/service-points.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

// Monday 30 November 2026, 12:00 in Stockholm (UTC+1).
const monday = Date.parse('2026-11-30T11:00:00Z');
const hour = 60 * 60 * 1000;

const shopHours = {
  weekly: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: '09:00', closes: '18:00' })),
  exceptions: [],
};
const thursdayByTuesday = { weekday: 4, cutoffWeekday: 2, cutoffTime: '18:00' };
const mondayByFriday = { weekday: 1, cutoffWeekday: 5, cutoffTime: '12:00' };

let t: TestApp;
let shop: ShopFixture;
let owner: supertest.Agent;
let arjeplogAdmin: supertest.Agent;
const points = { near: '', far: '', closed: '', gallivare: '' };

async function createPoint(admin: supertest.Agent, municipality: string, name: string) {
  const response = await admin
    .post(`/api/v1/admin/municipalities/${municipality}/service-points`)
    .send(servicePointBody({ name, village: name.split(' ')[0] }));
  expect(response.status).toBe(201);
  return response.body.servicePoint.id as string;
}

const settingsUrl = (shopId: string) => `/api/v1/shops/${shopId}/fulfilment`;
const optionsUrl = (shopId: string) => `/api/v1/shops/${shopId}/fulfilment-options`;
const body = (
  servicePoints: unknown[],
  pickupInShop = { enabled: true, preparationMinutes: 60 },
) => ({
  pickupInShop,
  servicePoints,
});

beforeAll(async () => {
  t = await createTestApp();
  t.clock.advance(monday - t.clock.now());
  shop = await createPublishedShop(t);
  await t.database
    .knex('shops')
    .where({ id: shop.id })
    .update({ opening_hours: JSON.stringify(shopHours) });
  owner = await t.loginAs(shop.ownerEmail);
  arjeplogAdmin = await t.loginAs('kommun@arjeplog.example.se');
  const gallivareAdmin = await t.loginAs('kommun@gallivare.example.se');
  points.near = await createPoint(arjeplogAdmin, 'arjeplog', 'Aby servicepunkt');
  points.far = await createPoint(arjeplogAdmin, 'arjeplog', 'Björkby servicepunkt');
  points.closed = await createPoint(arjeplogAdmin, 'arjeplog', 'Stängby servicepunkt');
  expect(
    (
      await arjeplogAdmin
        .patch(`/api/v1/admin/service-points/${points.closed}`)
        .send({ status: 'closed' })
    ).status,
  ).toBe(200);
  points.gallivare = await createPoint(gallivareAdmin, 'gallivare', 'Malmby servicepunkt');
});
afterAll(() => t.close());

describe('a shop’s fulfilment settings', () => {
  it('offer pickup in the shop an hour after the order until the owner says otherwise', async () => {
    const response = await owner.get(settingsUrl(shop.id));
    expect(response.status).toBe(200);
    expect(response.body.fulfilment.pickupInShop).toEqual({
      enabled: true,
      preparationMinutes: 60,
      earliest: { date: '2026-11-30', readyAt: '2026-11-30T12:00:00.000Z' },
    });
    expect(response.body.fulfilment.servicePoints).toEqual([]);
    const available = (response.body.fulfilment.availableServicePoints as { id: string }[]).map(
      (point) => point.id,
    );
    expect(available).toEqual(expect.arrayContaining([points.near, points.far]));
    expect(available).not.toContain(points.closed);
    expect(available).not.toContain(points.gallivare);
  });

  it('are saved whole and show the next collection dates', async () => {
    const response = await owner.put(settingsUrl(shop.id)).send(
      body([{ servicePointId: points.near, deliveries: [thursdayByTuesday, mondayByFriday] }], {
        enabled: true,
        preparationMinutes: 90,
      }),
    );
    expect(response.status).toBe(200);
    const [schedule] = response.body.fulfilment.servicePoints;
    expect(schedule).toMatchObject({
      servicePoint: { id: points.near, status: 'active', municipality: { slug: 'arjeplog' } },
      isActive: true,
      deliveries: [thursdayByTuesday, mondayByFriday],
      upcoming: [
        { date: '2026-12-03', orderBy: '2026-12-01T17:00:00.000Z' },
        { date: '2026-12-07', orderBy: '2026-12-04T11:00:00.000Z' },
        { date: '2026-12-10', orderBy: '2026-12-08T17:00:00.000Z' },
      ],
    });
    expect(response.body.fulfilment.pickupInShop.preparationMinutes).toBe(90);
    expect((await owner.get(settingsUrl(shop.id))).body).toEqual(response.body);
  });

  it('may be changed by staff, and each real change is written to the audit log', async () => {
    const staff = await t.loginAs(shop.staffEmail);
    const change = body([{ servicePointId: points.far, deliveries: [thursdayByTuesday] }]);
    const count = async () =>
      (
        (await arjeplogAdmin.get('/api/v1/admin/municipalities/arjeplog/audit-events')).body
          .items as { action: string; shop: { id: string } | null }[]
      ).filter((event) => event.action === 'shop.fulfilment_updated' && event.shop?.id === shop.id)
        .length;
    const before = await count();
    expect((await staff.put(settingsUrl(shop.id)).send(change)).status).toBe(200);
    expect((await staff.put(settingsUrl(shop.id)).send(change)).status).toBe(200);
    expect(await count()).toBe(before + 1);
  });

  it('refuse bodies that break the schedule rules', async () => {
    const cases: [object, string][] = [
      [
        body([
          {
            servicePointId: points.near,
            deliveries: [{ ...thursdayByTuesday, cutoffTime: '24:00' }],
          },
        ]),
        'servicePoints.0.deliveries.0.cutoffTime',
      ],
      [
        body([{ servicePointId: points.near, deliveries: [{ ...thursdayByTuesday, weekday: 8 }] }]),
        'servicePoints.0.deliveries.0.weekday',
      ],
      [
        body([{ servicePointId: points.near, deliveries: [thursdayByTuesday, thursdayByTuesday] }]),
        'servicePoints.0.deliveries',
      ],
      [body([{ servicePointId: points.near, deliveries: [] }]), 'servicePoints.0.deliveries'],
      [
        body([
          { servicePointId: points.near, deliveries: [thursdayByTuesday] },
          { servicePointId: points.near, deliveries: [mondayByFriday] },
        ]),
        'servicePoints',
      ],
      [body([], { enabled: true, preparationMinutes: -5 }), 'pickupInShop.preparationMinutes'],
      [{ ...body([]), homeDelivery: true }, 'homeDelivery'],
    ];
    for (const [sent, field] of cases) {
      const response = await owner.put(settingsUrl(shop.id)).send(sent);
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('validation_failed');
      expect(response.body.errors.map((error: { field: string }) => error.field)).toContain(field);
    }
  });

  it('refuse a service point of another municipality, a closed one and an unknown id', async () => {
    for (const servicePointId of [points.gallivare, points.closed, 'no-such-point']) {
      const response = await owner
        .put(settingsUrl(shop.id))
        .send(body([{ servicePointId, deliveries: [thursdayByTuesday] }]));
      expect(response.status).toBe(422);
      expect(response.body.code).toBe('service_point_unavailable');
      expect(response.body.errors).toEqual([
        expect.objectContaining({ field: 'servicePoints.0.servicePointId' }),
      ]);
    }
  });

  it('accept points of a municipality where the shop is listed', async () => {
    const listed = await createPublishedShop(t, { name: 'Listade butiken' });
    const listedOwner = await t.loginAs(listed.ownerEmail);
    expect(
      (
        await listedOwner
          .post(`/api/v1/shops/${listed.id}/listings`)
          .send({ municipalitySlug: 'gallivare' })
      ).status,
    ).toBe(201);
    const gallivareAdmin = await t.loginAs('kommun@gallivare.example.se');
    expect(
      (
        await gallivareAdmin.post(
          `/api/v1/admin/municipalities/gallivare/listing-requests/${listed.id}/approve`,
        )
      ).status,
    ).toBe(204);
    const response = await listedOwner
      .put(settingsUrl(listed.id))
      .send(body([{ servicePointId: points.gallivare, deliveries: [thursdayByTuesday] }]));
    expect(response.status).toBe(200);
    expect(response.body.fulfilment.servicePoints[0].servicePoint.municipality.slug).toBe(
      'gallivare',
    );
  });

  it('of one shop are out of reach of another shop’s owner and of anonymous callers', async () => {
    const other = await createPublishedShop(t);
    const otherOwner = await t.loginAs(other.ownerEmail);
    const read = await otherOwner.get(settingsUrl(shop.id));
    expect(read.status).toBe(403);
    expect(read.body.code).toBe('forbidden');
    const write = await otherOwner.put(settingsUrl(shop.id)).send(body([]));
    expect(write.status).toBe(403);
    expect(write.body.code).toBe('forbidden');
    const anonymous = await t.agent().get(settingsUrl(shop.id));
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.code).toBe('unauthenticated');
  });
});

describe('the ways to receive a shop’s goods', () => {
  beforeAll(async () => {
    const response = await owner.put(settingsUrl(shop.id)).send(
      body([
        { servicePointId: points.near, deliveries: [thursdayByTuesday] },
        { servicePointId: points.far, deliveries: [mondayByFriday] },
      ]),
    );
    expect(response.status).toBe(200);
  });

  it('list the shop first, then the service points by their earliest date', async () => {
    const response = await t.agent().get(optionsUrl(shop.id));
    expect(response.status).toBe(200);
    expect(response.body.nextCursor).toBeNull();
    expect(response.body.items).toEqual([
      { method: 'pickup_in_shop', date: '2026-11-30', readyAt: '2026-11-30T12:00:00.000Z' },
      {
        method: 'pickup_at_service_point',
        servicePoint: expect.objectContaining({
          id: points.near,
          name: 'Aby servicepunkt',
          village: 'Aby',
          amenities: ['public_wifi', 'fridge', 'freezer'],
        }),
        date: '2026-12-03',
        orderBy: '2026-12-01T17:00:00.000Z',
      },
      expect.objectContaining({
        servicePoint: expect.objectContaining({ id: points.far }),
        date: '2026-12-07',
        orderBy: '2026-12-04T11:00:00.000Z',
      }),
    ]);
  });

  it('move on once a cut-off has passed', async () => {
    const at = Date.parse('2026-12-01T17:00:00Z');
    t.clock.advance(at - t.clock.now());
    try {
      const response = await t.agent().get(optionsUrl(shop.id));
      expect(
        (response.body.items as { method: string; date: string }[]).map((item) => item.date),
      ).toEqual(['2026-12-02', '2026-12-07', '2026-12-10']);
    } finally {
      t.clock.advance(monday - t.clock.now());
    }
  });

  it('are what the checkout gets from the service', async () => {
    const response = await t.agent().get(optionsUrl(shop.id));
    expect(await t.services.fulfilment.optionsForShop(shop.id, t.clock.now())).toEqual(
      response.body.items,
    );
    const inAnHour = await t.services.fulfilment.optionsForShop(shop.id, monday + 7 * hour);
    expect(inAnHour[0]).toEqual({
      method: 'pickup_in_shop',
      date: '2026-12-01',
      readyAt: '2026-12-01T08:00:00.000Z',
    });
  });

  it('leave out pickup in the shop when the owner turns it off, and paused service points', async () => {
    const response = await owner.put(settingsUrl(shop.id)).send(
      body(
        [
          { servicePointId: points.near, deliveries: [thursdayByTuesday] },
          { servicePointId: points.far, isActive: false, deliveries: [mondayByFriday] },
        ],
        { enabled: false, preparationMinutes: 60 },
      ),
    );
    expect(response.status).toBe(200);
    const options = await t.agent().get(optionsUrl(shop.id));
    expect(
      (options.body.items as { servicePoint?: { id: string } }[]).map(
        (item) => item.servicePoint?.id,
      ),
    ).toEqual([points.near]);
  });

  it('are not found for a shop that is not published', async () => {
    const draft = await createPublishedShop(t, { status: 'draft' });
    for (const id of [draft.id, 'no-such-shop']) {
      const response = await t.agent().get(optionsUrl(id));
      expect(response.status).toBe(404);
      expect(response.body.code).toBe('not_found');
    }
  });
});

describe('the demo region', () => {
  it('has the Arjeplog grocery deliver to Laisvall on Thursdays and Mondays', async () => {
    const grocery = await t.database
      .knex('shops')
      .where({ slug: 'silvervagens-livs' })
      .first<{ id: string }>('id');
    const options = await t.services.fulfilment.optionsForShop(grocery.id, monday);
    expect(options[0]).toEqual({
      method: 'pickup_in_shop',
      date: '2026-11-30',
      readyAt: '2026-11-30T12:00:00.000Z',
    });
    const laisvall = options.find(
      (option) =>
        option.method === 'pickup_at_service_point' &&
        option.servicePoint.slug === 'laisvall-byhandel',
    );
    expect(laisvall).toMatchObject({ date: '2026-12-03', orderBy: '2026-12-01T17:00:00.000Z' });
    const afterTuesday = await t.services.fulfilment.optionsForShop(
      grocery.id,
      Date.parse('2026-12-01T18:00:00Z'),
    );
    expect(
      afterTuesday.find(
        (option) =>
          option.method === 'pickup_at_service_point' &&
          option.servicePoint.slug === 'laisvall-byhandel',
      ),
    ).toMatchObject({ date: '2026-12-07', orderBy: '2026-12-04T11:00:00.000Z' });
  });
});
