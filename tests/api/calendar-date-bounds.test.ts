import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { swedishDateOf } from '@e-galleria/shared/calendar-dates';
import type supertest from 'supertest';
import { newClientId } from './support/deliveries.ts';
import { demoShopId } from './support/home-delivery.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

// Dates, instants and timestamps far outside the years the product can mean (0000, 0999, 9999,
// 2^53 ms): each is a 400 naming its field, never a 500 from the date arithmetic behind it.

let t: TestApp;
let municipalityAdmin: supertest.Agent;
let regionAdmin: supertest.Agent;
let owner: supertest.Agent;
let driver: supertest.Agent;
let shopId = '';
let laundryId = '';

/** The problem's field errors by field, as `field:code`. */
function fieldsOf(response: supertest.Response): string[] {
  return (response.body.errors as { field: string; code: string }[]).map(
    (error) => `${error.field}:${error.code}`,
  );
}

function expectFieldError(response: supertest.Response, field: string) {
  expect(response.status, JSON.stringify(response.body)).toBe(400);
  expect(response.type).toBe('application/problem+json');
  expect(response.body.code).toBe('validation_failed');
  expect(fieldsOf(response)).toContain(`${field}:invalid_format`);
}

beforeAll(async () => {
  t = await createTestApp();
  const laundry = await t.database
    .knex('products')
    .where({ title: 'Tvättstuga, två timmar' })
    .first<{ id: string }>('id');
  laundryId = laundry.id;
  // Silvervägens Livs: butik@arjeplog.example.se owns it.
  shopId = await demoShopId(t, 'silvervagens-livs');
  municipalityAdmin = await t.loginAs('kommun@arjeplog.example.se');
  regionAdmin = await t.loginAs('region@example.se');
  owner = await t.loginAs('butik@arjeplog.example.se');
  driver = await t.loginAs('bud@arjeplog.example.se');
});
afterAll(() => t.close());

describe('statistics periods in years the product does not know', () => {
  const period = 'from=0999-12-01&to=0999-12-31';

  it.each([
    ['the municipality’s', () => `/api/v1/admin/municipalities/arjeplog/statistics?${period}`],
    [
      'the municipality’s CSV',
      () => `/api/v1/admin/municipalities/arjeplog/statistics.csv?${period}`,
    ],
    ['the region’s', () => `/api/v1/admin/region/statistics?${period}`],
    ['the region’s CSV', () => `/api/v1/admin/region/statistics.csv?${period}`],
  ])('refuses %s statistics for the year 999', async (_name, url) => {
    const client = url().includes('/region/') ? regionAdmin : municipalityAdmin;
    const response = await client.get(url());
    expectFieldError(response, 'from');
    expect(fieldsOf(response)).toContain('to:invalid_format');
  });

  it('refuses a shop’s statistics for the year 999', async () => {
    expectFieldError(await owner.get(`/api/v1/shops/${shopId}/statistics?${period}`), 'from');
  });

  it('refuses a period that begins before 2000, however long it is', async () => {
    const response = await regionAdmin.get(
      '/api/v1/admin/region/statistics?from=0001-01-01&to=1000-12-31',
    );
    expectFieldError(response, 'from');
  });
});

describe('service slots', () => {
  it('refuses to list slots from 9999-12-31', async () => {
    const response = await t.agent().get(`/api/v1/products/${laundryId}/slots?from=9999-12-31`);
    expectFieldError(response, 'from');
  });

  it.each(['0000-01-01T00:00:00Z', '9999-12-31T23:59:00-12:00'])(
    'refuses a slot starting %s in the basket',
    async (slotStart) => {
      const response = await t
        .agent()
        .post('/api/v1/basket/items')
        .send({ productId: laundryId, quantity: 1, slotStart });
      expectFieldError(response, 'slotStart');
    },
  );
});

describe('a carrier’s run', () => {
  const runs = '/api/v1/carriers/bussgods-arjeplog/runs';

  it('refuses a start and a close after 2199, and still closes the run afterwards', async () => {
    const date = swedishDateOf(t.clock.now());
    const late = await driver.post(runs).send({
      clientId: newClientId(),
      date,
      route: 'Prov',
      vehicle: 'ABC 123',
      startedAt: 2 ** 53 - 1,
    });
    expect(late.status, JSON.stringify(late.body)).toBe(400);
    expect(fieldsOf(late)).toEqual(['startedAt:too_big']);
    const started = await driver
      .post(runs)
      .send({ clientId: newClientId(), date, route: 'Prov', vehicle: 'ABC 123' });
    expect(started.status, JSON.stringify(started.body)).toBe(201);
    const runId = started.body.run.id as string;

    const closedLate = await driver
      .post(`${runs}/${runId}/close`)
      .send({ clientId: newClientId(), km: 1, closedAt: Number.MAX_SAFE_INTEGER });
    expect(closedLate.status, JSON.stringify(closedLate.body)).toBe(400);
    expect(fieldsOf(closedLate)).toEqual(['closedAt:too_big']);
    const closedEarly = await driver
      .post(`${runs}/${runId}/close`)
      .send({ clientId: newClientId(), km: 1, closedAt: 1 });
    expect(fieldsOf(closedEarly)).toEqual(['closedAt:too_small']);

    const closed = await driver
      .post(`${runs}/${runId}/close`)
      .send({ clientId: newClientId(), km: 1 });
    expect(closed.status, JSON.stringify(closed.body)).toBe(200);
    const twice = await driver
      .post(`${runs}/${runId}/close`)
      .send({ clientId: newClientId(), km: 1 });
    expect(twice.status).toBe(409);
  });
});

describe('dates in year 0000 or 9999 elsewhere', () => {
  it('refuses a redelivery on 9999-12-31', async () => {
    const response = await owner
      .post(`/api/v1/shops/${shopId}/deliveries/no-such-order/redeliver`)
      .send({ date: '9999-12-31' });
    expectFieldError(response, 'date');
  });

  it('refuses an agreement and a trial from 0000-01-01', async () => {
    const agreement = await municipalityAdmin
      .post('/api/v1/admin/municipalities/arjeplog/home-delivery/agreements')
      .send({ shopId, kind: 'home_delivery', validFrom: '0000-01-01' });
    expectFieldError(agreement, 'validFrom');
    const settings = await municipalityAdmin
      .put('/api/v1/admin/municipalities/arjeplog/home-delivery/settings')
      .send({
        isEnabled: true,
        feeOre: 5_000,
        subsidisedFeeOre: 2_000,
        eligibility: 'everyone',
        trialStartsOn: '0000-01-01',
        trialEndsOn: '9999-12-31',
      });
    expectFieldError(settings, 'trialStartsOn');
    expect(fieldsOf(settings)).toContain('trialEndsOn:invalid_format');
  });

  it('refuses a subsidy rule from 1999-12-31', async () => {
    const response = await regionAdmin.post('/api/v1/admin/region/subsidy-rules').send({
      validFrom: '1999-12-31',
      validTo: null,
      capPerDeliveryOre: 3_500,
      shareBasisPoints: 5_000,
    });
    expectFieldError(response, 'validFrom');
  });
});

describe('the year of a price base amount', () => {
  it.each(['2e3', '0x7D0', '02000', ' 2000', '1999', '9999'])(
    'refuses %j and writes nothing',
    async (year) => {
      const response = await regionAdmin
        .put(`/api/v1/admin/region/price-base-amounts/${encodeURIComponent(year)}`)
        .send({ amountOre: 5_000_000 });
      expect(response.status, JSON.stringify(response.body)).toBe(400);
      expect(response.body.errors).toEqual([expect.objectContaining({ field: 'year' })]);
      const written = await t.database
        .knex('price_base_amounts')
        .where({ year: 2000 })
        .first<{ amount_ore: number } | undefined>('amount_ore');
      expect(written?.amount_ore).not.toBe(5_000_000);
    },
  );

  it('still takes a four-digit year', async () => {
    const response = await regionAdmin
      .put('/api/v1/admin/region/price-base-amounts/2000')
      .send({ amountOre: 5_100_000 });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
  });
});
