import type supertest from 'supertest';
import { expect } from 'vitest';
import type { TestApp } from './test-app.ts';

/** Moves the test clock to an instant (an ISO string with its offset), back or forth. */
export function setClock(t: TestApp, instant: string) {
  t.clock.advance(Date.parse(instant) - t.clock.now());
}

/** A demo shop's id by slug (demo-shops.ts): the grocery and the bakery deliver home. */
export async function demoShopId(t: TestApp, slug: string): Promise<string> {
  const row = await t.database
    .knex('shops')
    .where({ slug })
    .first<{ id: string } | undefined>('id');
  if (!row) throw new Error(`no demo shop ${slug}`);
  return row.id;
}

/** The public answer of GET /shops/:shopId/home-delivery. */
export async function offerOf(
  t: TestApp,
  shopId: string,
  query: { postalCode?: string; village?: string } = {},
) {
  const response = await t.agent().get(`/api/v1/shops/${shopId}/home-delivery`).query(query);
  expect(response.status).toBe(200);
  return response.body as {
    isOffered: boolean;
    refusal: { code: string; field: string | null; message: string } | null;
    offer: {
      date: string;
      orderBy: string;
      feeOre: number;
      subsidisedFeeOre: number;
      zoneName: string;
      isForApprovedOnly: boolean;
    } | null;
    zones: { name: string; villages: string[]; routeWeekdays: number[] }[];
  };
}

/** The municipality admin's whole set-up of Arjeplog's home delivery. */
export async function arjeplogSetup(admin: supertest.Agent) {
  const response = await admin.get('/api/v1/admin/municipalities/arjeplog/home-delivery');
  expect(response.status).toBe(200);
  return response.body.homeDelivery as {
    settings: Record<string, unknown>;
    zones: { id: string; name: string; places: { postalCode: string; village: string }[] }[];
    carriers: { id: string; name: string; slug: string; zones: { zoneId: string }[] }[];
    agreements: { id: string; shop: { id: string; slug: string }; validTo: string | null }[];
  };
}

/** Arjeplog's settings as seeded; override what the test is about. */
export function settingsBody(overrides: Record<string, unknown> = {}) {
  return {
    isEnabled: true,
    feeOre: 2000,
    subsidisedFeeOre: 1000,
    eligibility: 'approved',
    trialStartsOn: '2027-01-01',
    trialEndsOn: '2027-12-31',
    phone: '0961-100 00',
    ...overrides,
  };
}
