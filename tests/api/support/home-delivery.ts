import type supertest from 'supertest';
import { newId } from '../../../server/src/db/ids.ts';
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
    agreements: {
      id: string;
      shop: { id: string; slug: string };
      validFrom: string;
      validTo: string | null;
    }[];
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

/**
 * Opts shops into Arjeplog's home delivery to one demo zone, as the municipality's agreement
 * and the shop's own settings would (demo-home-delivery.ts does the same for the demo shops).
 * The zone's id is the answer.
 */
export async function optInToHomeDelivery(
  t: TestApp,
  shops: readonly { id: string }[],
  zoneName: string,
): Promise<string> {
  const { knex } = t.database;
  const zone = await knex('delivery_zones')
    .where({ name: zoneName })
    .first<{ id: string; municipality_id: string } | undefined>('id', 'municipality_id');
  if (!zone) throw new Error(`no demo zone ${zoneName}`);
  const at = t.clock.now();
  for (const shop of shops) {
    await knex('home_delivery_agreements').insert({
      id: newId(),
      municipality_id: zone.municipality_id,
      shop_id: shop.id,
      kind: 'standard',
      valid_from: '2020-01-01',
      valid_to: null,
      note: 'Testavtal.',
      created_at: at,
      updated_at: at,
    });
    await knex('shop_home_delivery').insert({
      shop_id: shop.id,
      is_enabled: true,
      extra_fee_ore: 0,
      extra_cutoff_hours: 0,
      updated_at: at,
    });
    await knex('shop_delivery_zones').insert({ shop_id: shop.id, zone_id: zone.id });
  }
  return zone.id;
}
