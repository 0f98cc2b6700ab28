import type supertest from 'supertest';
import { expect } from 'vitest';
import { newId } from '../../../server/src/db/ids.ts';
import { municipalityIdOf } from './deliveries.ts';
import type { TestApp } from './test-app.ts';

export const claimUrl = (municipality: string, year: number | string, path = '') =>
  `/api/v1/admin/municipalities/${municipality}/subsidy-claims/${year}${path}`;
export const overviewUrl = (year: number | string) => `/api/v1/admin/region/subsidy-claims/${year}`;

/** The municipality's list of places for the zone, each with its large-locality flag. */
export async function addPlaces(
  t: TestApp,
  zoneId: string,
  places: { postalCode: string; village: string; isLarge: boolean }[],
  municipality = 'arjeplog',
) {
  const municipalityId = await municipalityIdOf(t, municipality);
  for (const place of places)
    await t.database
      .knex('delivery_zone_places')
      .insert({
        id: newId(),
        zone_id: zoneId,
        municipality_id: municipalityId,
        postal_code: place.postalCode,
        village: place.village,
        is_large_locality: place.isLarge,
      })
      .onConflict(['municipality_id', 'postal_code', 'village'])
      .merge(['zone_id', 'is_large_locality']);
}

/**
 * An approved report of a past year, as submitting and approving it would have stored it: the
 * API cannot go back to 2015, and the claim of such a year must use that year's rules.
 */
export async function insertApprovedReport(
  t: TestApp,
  options: {
    carrierId: string;
    month: string;
    costOre: number;
    lines: { date: string; householdId: string; village: string; deliveries: number }[];
  },
) {
  const at = t.clock.now();
  const deliveries = options.lines.reduce((sum, line) => sum + line.deliveries, 0);
  const id = newId();
  await t.database.knex('carrier_reports').insert({
    id,
    carrier_id: options.carrierId,
    municipality_id: await municipalityIdOf(t),
    month: options.month,
    status: 'approved',
    cost_basis: 'delivery',
    cost_unit_ore: Math.floor(options.costOre / Math.max(deliveries, 1)),
    cost_ore: options.costOre,
    delivery_count: deliveries,
    household_count: new Set(options.lines.map((line) => line.householdId)).size,
    run_count: 1,
    km_tenths: 100,
    fees_ore: 0,
    snapshot: JSON.stringify(
      options.lines.map((line) => ({ ...line, householdName: 'Namn Namnsson', feeOre: 0 })),
    ),
    comment: null,
    submitted_at: at,
    submitted_by_user_id: null,
    decided_at: at,
    decided_by_user_id: null,
    created_at: at,
    updated_at: at,
  });
  return id;
}

/** A response's bytes (PDF). */
export async function bytesOf(request: supertest.Test): Promise<supertest.Response> {
  const response = await request.buffer(true).parse((res, done) => {
    const chunks: Buffer[] = [];
    res.on('data', (chunk: Buffer) => chunks.push(chunk));
    res.on('end', () => done(null, Buffer.concat(chunks)));
  });
  expect(response.status, String(response.body)).toBe(200);
  return response;
}
