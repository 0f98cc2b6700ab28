import type supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCarrier } from './support/deliveries.ts';
import { setClock } from './support/home-delivery.ts';
import { completeProfile, inviteShop, publishShop } from './support/shops.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

// The municipality admin's start page lists what waits on the municipality, counted by the
// modules that own the work; each municipality sees only its own.

let t: TestApp;
let arjeplog: supertest.Agent;
let gallivare: supertest.Agent;

beforeAll(async () => {
  t = await createTestApp();
  // Tuesday 1 December: November has ended, so a carrier may report it.
  setClock(t, '2026-12-01T10:00:00+01:00');
  arjeplog = await t.loginAs('kommun@arjeplog.example.se');
  gallivare = await t.loginAs('kommun@gallivare.example.se');
});
afterAll(() => t.close());

async function countsOf(admin: supertest.Agent, slug: string) {
  const response = await admin.get(`/api/v1/admin/municipalities/${slug}/to-do`);
  expect(response.status).toBe(200);
  expect(response.body.nextCursor).toBeNull();
  return Object.fromEntries(
    (response.body.items as { kind: string; count: number }[]).map((item) => [
      item.kind,
      item.count,
    ]),
  );
}

describe('what waits on a municipality', () => {
  it('lists every kind in order, with the demo’s two households waiting for a decision', async () => {
    const response = await arjeplog.get('/api/v1/admin/municipalities/arjeplog/to-do');
    expect(response.body.items).toEqual([
      { kind: 'shop_applications', count: 0 },
      { kind: 'household_applications', count: 2 },
      { kind: 'listing_requests', count: 0 },
      { kind: 'carrier_reports', count: 0 },
    ]);
    expect(await countsOf(gallivare, 'gallivare')).toEqual({
      shop_applications: 0,
      household_applications: 0,
      listing_requests: 0,
      carrier_reports: 0,
    });
  });

  it('counts a submitted shop, a listing request and a carrier’s report, each where it waits', async () => {
    const submitted = await inviteShop(t, {
      email: 'agare@vantande-butik.example.se',
      shopName: 'Väntande butik',
    });
    expect(
      (await submitted.owner.patch(`/api/v1/shops/${submitted.shopId}`).send(completeProfile))
        .status,
    ).toBe(200);
    expect((await submitted.owner.post(`/api/v1/shops/${submitted.shopId}/submit`)).status).toBe(
      200,
    );
    // A Gällivare shop asks to be shown in Arjeplog: Arjeplog decides.
    const neighbour = await publishShop(t, {
      admin: 'kommun@gallivare.example.se',
      municipality: 'gallivare',
      email: 'agare@grannbutik.example.se',
      shopName: 'Grannbutiken',
    });
    expect(
      (
        await neighbour.owner
          .post(`/api/v1/shops/${neighbour.shopId}/listings`)
          .send({ municipalitySlug: 'arjeplog' })
      ).status,
    ).toBe(201);
    const carrier = await createCarrier(t, { zones: [], shops: [] });
    const report = await carrier.driver
      .post(`/api/v1/carriers/${carrier.slug}/reports/2026-11/submit`)
      .send({ costBasis: 'run', costUnitOre: 50000 });
    expect(report.status).toBe(201);

    expect(await countsOf(arjeplog, 'arjeplog')).toEqual({
      shop_applications: 1,
      household_applications: 2,
      listing_requests: 1,
      carrier_reports: 1,
    });
    // None of it is Gällivare's to decide, though the listed shop is at home there.
    expect(await countsOf(gallivare, 'gallivare')).toEqual({
      shop_applications: 0,
      household_applications: 0,
      listing_requests: 0,
      carrier_reports: 0,
    });

    // Decided, each leaves the list.
    expect((await arjeplog.post(`/api/v1/admin/shops/${submitted.shopId}/approve`)).status).toBe(
      200,
    );
    expect(
      (
        await arjeplog.post(
          `/api/v1/admin/municipalities/arjeplog/listing-requests/${neighbour.shopId}/decline`,
        )
      ).status,
    ).toBe(204);
    expect(
      (
        await arjeplog.post(
          `/api/v1/admin/municipalities/arjeplog/carrier-reports/${report.body.report.id as string}/approve`,
        )
      ).status,
    ).toBe(200);
    expect(await countsOf(arjeplog, 'arjeplog')).toEqual({
      shop_applications: 0,
      household_applications: 2,
      listing_requests: 0,
      carrier_reports: 0,
    });
  });
});
