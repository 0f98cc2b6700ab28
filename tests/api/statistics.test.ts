import type supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vatIncludedIn } from '@e-galleria/shared/vat';
import type { CheckoutShop } from './support/checkout.ts';
import { newClientId, orderToServicePoint, pickupCodeOf } from './support/counter.ts';
import { createShoppingWorld } from './support/shopping-world.ts';
import type { TestApp } from './support/test-app.ts';

/**
 * Statistics from a small known world made through the real checkout and counter (decision
 * 0038): one order a year earlier, two orders of one checkout now, checked in on Monday 30
 * November 2026 and collected a day later.
 */
let t: TestApp;
let grocery: CheckoutShop;
let bakery: CheckoutShop;
let resident: supertest.Agent;
let operator: supertest.Agent;
let laisvallId = '';
let arjeplogAdmin: supertest.Agent;
let gallivareAdmin: supertest.Agent;
let regionAdmin: supertest.Agent;

const year = 365 * 86_400_000;
const period = 'from=2026-11-01&to=2026-12-01';

beforeAll(async () => {
  ({
    t,
    shops: { grocery, bakery },
    resident,
    operator,
    laisvallId,
  } = await createShoppingWorld({
    shops: { grocery: { name: 'Statistikbutiken' }, bakery: { name: 'Statistikbageriet' } },
    logIn: ['resident', 'operator'],
  }));
  // A year earlier (30 November 2025): the resident's first order, never sent.
  t.clock.advance(-year);
  await orderToServicePoint(t, { resident, shops: [grocery], inTransit: false });
  t.clock.advance(year);
  // Now: one checkout from both shops to Laisvall, checked in, collected a day later.
  const parcels = await orderToServicePoint(t, { resident, shops: [grocery, bakery] });
  for (const parcel of parcels) {
    const checkIn = await operator
      .post(`/api/v1/service-points/${laisvallId}/check-ins`)
      .send({ parcelCode: parcel.parcelCode, clientId: newClientId() });
    expect(checkIn.status).toBe(200);
  }
  t.clock.advance(86_400_000);
  const handoverId = parcels[0]?.handoverId ?? '';
  expect(await pickupCodeOf(t, handoverId)).toBeTruthy();
  const confirmed = await operator
    .post(`/api/v1/service-points/${laisvallId}/handovers/${handoverId}/confirm`)
    .send({ clientId: newClientId(), paymentTakenOre: 5000 });
  expect(confirmed.status).toBe(200);
  [arjeplogAdmin, gallivareAdmin, regionAdmin] = await Promise.all([
    t.loginAs('kommun@arjeplog.example.se'),
    t.loginAs('kommun@gallivare.example.se'),
    t.loginAs('region@example.se'),
  ]);
});
afterAll(() => t.close());

describe('the municipality’s statistics', () => {
  it('counts the galleria’s orders, turnover, VAT and residents, per month, shop and category', async () => {
    const response = await arjeplogAdmin.get(
      `/api/v1/admin/municipalities/arjeplog/statistics?${period}`,
    );
    expect(response.status).toBe(200);
    const { current, previous } = response.body;
    expect(current.period).toEqual({ from: '2026-11-01', to: '2026-12-01' });
    expect(previous.period).toEqual({ from: '2025-11-01', to: '2025-12-01' });
    expect(current.galleria.totals).toEqual({
      orders: 2,
      turnoverOre: 5000,
      residents: 1,
      newResidents: 0,
      returningResidents: 1,
      // Food's rate in November 2026 (6 %, lowered from 12 % in April 2026).
      vat: [{ rateBasisPoints: 600, grossOre: 5000, vatOre: vatIncludedIn(5000, 600) }],
    });
    expect(current.galleria.months).toEqual([
      { month: '2026-11', orders: 2, turnoverOre: 5000, residents: 1, newResidents: 0 },
      { month: '2026-12', orders: 0, turnoverOre: 0, residents: 0, newResidents: 0 },
    ]);
    expect(current.galleria.shops).toEqual(
      expect.arrayContaining([
        { shopId: grocery.id, name: 'Statistikbutiken', orders: 1, turnoverOre: 2500 },
        { shopId: bakery.id, name: 'Statistikbageriet', orders: 1, turnoverOre: 2500 },
      ]),
    );
    expect(current.galleria.categories).toEqual([
      {
        categoryId: 'cat-livsmedel',
        name: expect.objectContaining({ sv: expect.any(String) }),
        orders: 2,
        turnoverOre: 5000,
      },
    ]);
    expect(previous.galleria.totals).toMatchObject({
      orders: 1,
      turnoverOre: 2500,
      residents: 1,
      newResidents: 1,
      returningResidents: 0,
    });
  });

  it('counts the service points’ parcels checked in, collected and the days they waited', async () => {
    const response = await arjeplogAdmin.get(
      `/api/v1/admin/municipalities/arjeplog/statistics?${period}`,
    );
    const { servicePoints } = response.body.current;
    expect(servicePoints.totals).toEqual({
      checkedIn: 2,
      collected: 2,
      returned: 0,
      averageDaysWaiting: 1,
    });
    const laisvall = servicePoints.points.find(
      (point: { servicePointId: string }) => point.servicePointId === laisvallId,
    );
    expect(laisvall.months).toEqual([
      { month: '2026-11', checkedIn: 2, collected: 0, returned: 0, averageDaysWaiting: null },
      { month: '2026-12', checkedIn: 0, collected: 2, returned: 0, averageDaysWaiting: 1 },
    ]);
    expect(response.body.previous.servicePoints.totals.checkedIn).toBe(0);
  });

  it('shows another municipality none of Arjeplog’s figures, and refuses its admin Arjeplog’s', async () => {
    const own = await gallivareAdmin.get(
      `/api/v1/admin/municipalities/gallivare/statistics?${period}`,
    );
    expect(own.status).toBe(200);
    expect(own.body.current.galleria.totals.orders).toBe(0);
    expect(own.body.current.servicePoints.totals.checkedIn).toBe(0);
    const foreign = await gallivareAdmin.get(
      `/api/v1/admin/municipalities/arjeplog/statistics?${period}`,
    );
    expect(foreign.status).toBe(403);
  });

  it('exports CSV with fewer than 3 residents shown as "< 3"', async () => {
    const response = await arjeplogAdmin.get(
      `/api/v1/admin/municipalities/arjeplog/statistics.csv?${period}`,
    );
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/text\/csv/);
    const lines = response.text.split('\r\n');
    expect(lines).toContain('Galleria;Totalt;2;50,00;< 3;< 3');
    expect(lines).toContain('Galleria;2026-11;2;50,00;< 3;< 3');
    expect(response.text).not.toContain('Test Testsson');
  });

  it('refuses a period in the future, one that ends before it starts, and one over ten years', async () => {
    const ask = (query: string) =>
      arjeplogAdmin.get(`/api/v1/admin/municipalities/arjeplog/statistics?${query}`);
    const cases = [
      ['from=2027-01-01&to=2027-01-31', 'from', 'date_in_future'],
      ['from=2026-11-01&to=2026-12-31', 'to', 'date_in_future'],
      ['from=2026-11-20&to=2026-11-01', 'to', 'ends_before_starts'],
      ['from=2015-01-01&to=2025-01-01', 'to', 'period_too_long'],
      ['from=2026-13-01&to=2026-11-30', 'from', 'invalid_format'],
    ] as const;
    for (const [query, field, code] of cases) {
      const response = await ask(query);
      expect(response.status, query).toBe(400);
      expect(response.body.code).toBe('validation_failed');
      expect(response.body.errors).toEqual(
        expect.arrayContaining([expect.objectContaining({ field, code })]),
      );
    }
    expect((await ask('from=2016-01-01&to=2025-12-31')).status).toBe(200);
  });
});

describe('the region’s statistics', () => {
  it('shows the whole region and each municipality side by side', async () => {
    const response = await regionAdmin.get(`/api/v1/admin/region/statistics?${period}`);
    expect(response.status).toBe(200);
    expect(response.body.current.galleria.totals.orders).toBe(2);
    const rows = response.body.municipalities as {
      slug: string;
      current: { galleria: { orders: number }; servicePoints: { collected: number } };
      previous: { galleria: { orders: number } };
    }[];
    const arjeplog = rows.find((row) => row.slug === 'arjeplog');
    const gallivare = rows.find((row) => row.slug === 'gallivare');
    expect(arjeplog?.current.galleria.orders).toBe(2);
    expect(arjeplog?.current.servicePoints.collected).toBe(2);
    expect(arjeplog?.previous.galleria.orders).toBe(1);
    expect(gallivare?.current.galleria.orders).toBe(0);
    expect((await arjeplogAdmin.get(`/api/v1/admin/region/statistics?${period}`)).status).toBe(403);
    const csv = await regionAdmin.get(`/api/v1/admin/region/statistics.csv?${period}`);
    expect(csv.text).toContain('Arjeplog;2026-11-01–2026-12-01;2;50,00;< 3;< 3;2;2;0');
  });
});

describe('the shop’s statistics', () => {
  it('shows the shop its own months with its pickups, and nobody else’s', async () => {
    const response = await grocery.owner.get(`/api/v1/shops/${grocery.id}/statistics?${period}`);
    expect(response.status).toBe(200);
    expect(response.body.current.months).toEqual([
      { month: '2026-11', orders: 1, turnoverOre: 2500, pickedUpAtPoint: 0, pickedUpAtShop: 0 },
      { month: '2026-12', orders: 0, turnoverOre: 0, pickedUpAtPoint: 1, pickedUpAtShop: 0 },
    ]);
    expect(response.body.previous.totals.orders).toBe(1);
    const foreign = await grocery.owner.get(`/api/v1/shops/${bakery.id}/statistics?${period}`);
    expect(foreign.status).toBe(403);
  });
});
