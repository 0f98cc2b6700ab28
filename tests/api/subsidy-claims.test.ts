import type supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contact, type CheckoutShop } from './support/checkout.ts';
import {
  createCarrier,
  createHousehold,
  createZone,
  handToCarrier,
  newClientId,
  orderWithNote,
  type CarrierFixture,
} from './support/deliveries.ts';
import { pdfText } from './support/pdf-text.ts';
import { createShoppingWorld } from './support/shopping-world.ts';
import {
  addPlaces,
  bytesOf,
  claimUrl,
  insertApprovedReport,
  overviewUrl,
} from './support/subsidy-claims.ts';
import type { TestApp } from './support/test-app.ts';

// The world's clock starts on Monday 30 November 2026 at noon. The worked example: Testtaxi
// delivers twice to a household in Laisvall, once in Adolfström and once in Arjeplog (a
// locality of more than 3,000 inhabitants); 20 kr fee each. Its report is first submitted at
// 150 kr a delivery, returned, then submitted at 8,000 kr a delivery and approved:
//   costs 4 × 8,000 = 32,000 kr, fees 80 kr, net cost 31,920 kr;
//   threshold half of 59,200 kr (2026) = 29,600 kr: reached;
//   50 % of net cost 15,960 kr; cap 100 kr × 3 eligible deliveries = 300 kr → the claim 300 kr.
const monday = '2026-11-30';
const day = 24 * 60 * 60 * 1000;

let t: TestApp;
let grocery: CheckoutShop;
let resident: supertest.Agent;
let taxi: CarrierFixture;
let arjeplogAdmin: supertest.Agent;
let regionAdmin: supertest.Agent;
const households = { laisvall: '', adolfstrom: '', town: '' };

const reportUrl = (path = '') => `/api/v1/carriers/${taxi.slug}/reports/2026-11${path}`;
const decideUrl = (id: string, decision: string) =>
  `/api/v1/admin/municipalities/arjeplog/carrier-reports/${id}/${decision}`;

async function deliver(zoneId: string, householdId: string, village: string) {
  const { orderId } = await orderWithNote(t, {
    shop: grocery,
    buyer: resident,
    zoneId,
    date: monday,
    householdId,
    village,
  });
  await handToCarrier(grocery, orderId, taxi.id);
  const delivered = await taxi.driver
    .post(`/api/v1/carriers/${taxi.slug}/deliveries/${orderId}/deliver`)
    .send({ clientId: newClientId(), collectedOre: 1990 });
  expect(delivered.status, JSON.stringify(delivered.body)).toBe(200);
}

beforeAll(async () => {
  ({
    t,
    shops: { grocery },
    resident,
  } = await createShoppingWorld({
    shops: { grocery: { name: 'Hembutiken' } },
    logIn: ['resident'],
  }));
  const zoneId = await createZone(t, { name: 'Laisvall–Arjeplog' });
  await addPlaces(t, zoneId, [
    { postalCode: '93093', village: 'Laisvall', isLarge: false },
    { postalCode: '93093', village: 'Adolfström', isLarge: false },
    { postalCode: '93090', village: 'Arjeplog', isLarge: true },
  ]);
  taxi = await createCarrier(t, {
    name: 'Testtaxi',
    zones: [{ zoneId, weekdays: [1] }],
    shops: [grocery],
  });
  const started = await taxi.driver
    .post(`/api/v1/carriers/${taxi.slug}/runs`)
    .send({ clientId: newClientId(), date: monday, route: 'Laisvall', vehicle: 'ABC 123' });
  expect(started.status).toBe(201);
  households.laisvall = await createHousehold(t);
  households.adolfstrom = await createHousehold(t);
  households.town = await createHousehold(t);
  await t.database
    .knex('households')
    .where({ id: households.town })
    .update({ postal_code: '93090', village: 'Arjeplog' });
  await deliver(zoneId, households.laisvall, 'Laisvall');
  await deliver(zoneId, households.laisvall, 'Laisvall');
  await deliver(zoneId, households.adolfstrom, 'Adolfström');
  await deliver(zoneId, households.town, 'Arjeplog');
  const closed = await taxi.driver
    .post(`/api/v1/carriers/${taxi.slug}/runs/${started.body.run.id as string}/close`)
    .send({ clientId: newClientId(), km: 84.3 });
  expect(closed.status).toBe(200);
  // Tuesday 1 December: November has ended; 2026 is still running.
  t.clock.advance(day);
  arjeplogAdmin = await t.loginAs('kommun@arjeplog.example.se');
  regionAdmin = await t.loginAs('region@example.se');
});
afterAll(() => t.close());

describe('the yearly subsidy claim', () => {
  it('claims nothing while no report of the year is approved', async () => {
    const response = await arjeplogAdmin.get(claimUrl('arjeplog', 2026));
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.body.claim).toMatchObject({
      municipality: { slug: 'arjeplog' },
      kind: 'home_delivery',
      status: 'preliminary',
      reports: [],
      households: [],
      figures: { year: 2026, netCostOre: 0, claimOre: 0, limitedBy: 'threshold' },
    });
  });

  it('counts only the approved report: submitted, returned and submitted again', async () => {
    const first = await taxi.driver
      .post(reportUrl('/submit'))
      .send({ costBasis: 'delivery', costUnitOre: 15000 });
    expect(first.status).toBe(201);
    const id = first.body.report.id as string;
    const pending = await arjeplogAdmin.get(claimUrl('arjeplog', 2026));
    expect(pending.body.claim.reports).toEqual([]);
    const returned = await arjeplogAdmin
      .post(decideUrl(id, 'return'))
      .send({ comment: 'Priset per leverans stämmer inte med avtalet.' });
    expect(returned.status).toBe(200);
    const again = await taxi.driver
      .post(reportUrl('/submit'))
      .send({ costBasis: 'delivery', costUnitOre: 800000 });
    expect(again.status).toBe(201);
    const approved = await arjeplogAdmin.post(decideUrl(id, 'approve')).send({});
    expect(approved.status).toBe(200);

    const response = await arjeplogAdmin.get(claimUrl('arjeplog', 2026));
    expect(response.status).toBe(200);
    const { claim } = response.body;
    expect(claim.status).toBe('preliminary');
    expect(claim.figures).toEqual({
      year: 2026,
      carrierCostsOre: 3_200_000,
      residentFeesOre: 8_000,
      netCostOre: 3_192_000,
      householdsServed: 3,
      eligibleHouseholds: 2,
      eligibleDeliveries: 3,
      capOre: 30_000,
      shareBasisPoints: 5000,
      shareOfNetCostOre: 1_596_000,
      priceBaseAmountOre: 5_920_000,
      thresholdOre: 2_960_000,
      reachesThreshold: true,
      limitedBy: 'cap',
      claimOre: 30_000,
    });
    expect(claim.capsPerDeliveryOre).toEqual([10_000]);
    expect(claim.reports).toEqual([
      {
        id,
        month: '2026-11',
        carrier: { name: 'Testtaxi', slug: taxi.slug },
        deliveries: 4,
        households: 3,
        costOre: 3_200_000,
        feesOre: 8_000,
        decidedAt: t.clock.now(),
      },
    ]);
    expect(claim.households).toHaveLength(3);
    const byVillage = Object.fromEntries(
      (claim.households as { village: string }[]).map((row) => [row.village, row]),
    );
    expect(byVillage.Laisvall).toMatchObject({
      eligibility: 'eligible',
      deliveries: 2,
      cappedOre: 20_000,
    });
    expect(byVillage['Adolfström']).toMatchObject({ eligibility: 'eligible', cappedOre: 10_000 });
    expect(byVillage.Arjeplog).toMatchObject({
      eligibility: 'large_locality',
      deliveries: 1,
      cappedOre: 0,
    });
    // Pseudonyms, never names or ids: the household table minimises personal data.
    const text = JSON.stringify(claim);
    expect(text).not.toContain(contact.name);
    expect(text).not.toContain('Storvägen');
    for (const householdId of Object.values(households)) expect(text).not.toContain(householdId);
    expect(claim.households[0].reference).toMatch(/^H-[0-9A-F]{8}$/);
  });

  it('prints the claim step by step in a PDF whose totals read back', async () => {
    const response = await bytesOf(arjeplogAdmin.get(claimUrl('arjeplog', 2026, '/claim.pdf')));
    expect(response.headers['content-type']).toBe('application/pdf');
    const text = (await pdfText(response.body as Buffer)).replace(/\s/g, ' ');
    expect(text).toContain('Hemsändningsbidrag – underlag för ansökan');
    expect(text).toContain('Kommun: Arjeplog');
    expect(text).toContain('År: 2026 (preliminär, året pågår)');
    expect(text).toContain('32 000,00 kr');
    expect(text).toContain('31 920,00 kr');
    expect(text).toContain('15 960,00 kr');
    expect(text).toContain('29 600,00 kr');
    expect(text).toContain('taket per hushåll och leverans');
    expect(text).toMatch(/Bidrag att söka +300,00 kr/);
    expect(text).toContain('Testtaxi');
    expect(text).not.toContain(contact.name);
  });

  it('writes the claim as a semicolon CSV with a BOM', async () => {
    const response = await arjeplogAdmin.get(claimUrl('arjeplog', 2026, '/claim.csv'));
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/csv/);
    expect(response.text.startsWith('\uFEFF')).toBe(true);
    expect(response.text).toContain('Nettokostnad (kr);31920,00');
    expect(response.text).toContain('Tak × leveranser (kr);300,00');
    expect(response.text).toContain('Bidrag att söka (kr);300,00');
    expect(response.text).toMatch(/;2026-11;Testtaxi;4;3;32000,00;80,00/);
  });

  it('uses the rules of the year the deliveries were made, and nothing under the threshold', async () => {
    // 2015: 60 kr a delivery; price base amount 44,500 kr, threshold 22,250 kr.
    await insertApprovedReport(t, {
      carrierId: taxi.id,
      month: '2015-06',
      costOre: 2_400_000,
      lines: [
        {
          date: '2015-06-10',
          householdId: households.laisvall,
          village: 'Laisvall',
          deliveries: 3,
        },
        {
          date: '2015-06-17',
          householdId: households.laisvall,
          village: 'Laisvall',
          deliveries: 2,
        },
      ],
    });
    const year2015 = await arjeplogAdmin.get(claimUrl('arjeplog', 2015));
    expect(year2015.status).toBe(200);
    expect(year2015.body.claim.status).toBe('final');
    expect(year2015.body.claim.capsPerDeliveryOre).toEqual([6000]);
    expect(year2015.body.claim.figures).toMatchObject({
      eligibleDeliveries: 5,
      capOre: 30_000,
      priceBaseAmountOre: 4_450_000,
      thresholdOre: 2_225_000,
      claimOre: 30_000,
      limitedBy: 'cap',
    });
    // 2016: a net cost of 1,000 kr does not reach half a price base amount.
    await insertApprovedReport(t, {
      carrierId: taxi.id,
      month: '2016-03',
      costOre: 100_000,
      lines: [
        {
          date: '2016-03-02',
          householdId: households.adolfstrom,
          village: 'Adolfström',
          deliveries: 4,
        },
      ],
    });
    const year2016 = await arjeplogAdmin.get(claimUrl('arjeplog', 2016));
    expect(year2016.body.claim.figures).toMatchObject({
      netCostOre: 100_000,
      capOre: 24_000,
      reachesThreshold: false,
      limitedBy: 'threshold',
      claimOre: 0,
    });
  });

  it('refuses a year not begun, a malformed year or kind, and a year without rules', async () => {
    const cases: [string, string, string][] = [
      [claimUrl('arjeplog', 2027), 'year', 'year_not_started'],
      [claimUrl('arjeplog', 2027, '/claim.pdf'), 'year', 'year_not_started'],
      [claimUrl('arjeplog', 'tjugo'), 'year', 'invalid_format'],
      [claimUrl('arjeplog', 1999), 'year', 'invalid_format'],
      [claimUrl('arjeplog', 2005), 'year', 'no_subsidy_rule'],
      [`${claimUrl('arjeplog', 2026)}?kind=shopping_trip`, 'kind', 'invalid_value'],
      [`${claimUrl('arjeplog', 2026)}?year=2026`, '', ''],
      [overviewUrl(2027), 'year', 'year_not_started'],
    ];
    for (const [url, field, code] of cases) {
      const response = await (url.includes('/region/') ? regionAdmin : arjeplogAdmin).get(url);
      expect(response.status, url).toBe(400);
      expect(response.body.code, url).toBe('validation_failed');
      if (field) expect(response.body.errors[0], url).toMatchObject({ field, code });
    }
  });

  it('shows the region every municipality’s claim side by side', async () => {
    const response = await regionAdmin.get(overviewUrl(2026));
    expect(response.status).toBe(200);
    const { overview } = response.body;
    expect(overview).toMatchObject({ year: 2026, status: 'preliminary' });
    const rows = overview.municipalities as {
      municipality: { slug: string };
      approvedReports: number;
      figures: { claimOre: number };
    }[];
    expect(rows.length).toBeGreaterThan(1);
    expect(rows.find((row) => row.municipality.slug === 'arjeplog')).toMatchObject({
      approvedReports: 1,
      figures: { claimOre: 30_000, netCostOre: 3_192_000 },
    });
    expect(rows.find((row) => row.municipality.slug === 'gallivare')).toMatchObject({
      approvedReports: 0,
      figures: { claimOre: 0 },
    });
    expect(overview.totals).toEqual({
      netCostOre: 3_192_000,
      eligibleDeliveries: 3,
      claimOre: 30_000,
    });
    const arjeplog = await regionAdmin.get(claimUrl('arjeplog', 2026));
    expect(arjeplog.status).toBe(200);
    expect(arjeplog.body.claim.figures.claimOre).toBe(30_000);
    // The region sees the reports in the claim, not the reports themselves (decision 0042).
    expect(arjeplog.body.claim.canOpenReports).toBe(false);
    const own = await arjeplogAdmin.get(claimUrl('arjeplog', 2026));
    expect(own.body.claim.canOpenReports).toBe(true);
  });

  it('tells the municipality’s own admins whom a reference stands for, and no one else', async () => {
    const { claim } = (await arjeplogAdmin.get(claimUrl('arjeplog', 2026))).body;
    expect(claim.canIdentifyHouseholds).toBe(true);
    const laisvall = (claim.households as { village: string; reference: string }[]).find(
      (row) => row.village === 'Laisvall',
    );
    if (!laisvall) throw new Error('no Laisvall household in the claim');
    // Typed as read aloud over the phone: lower case, spaces around.
    const typed = encodeURIComponent(` ${laisvall.reference.toLowerCase()} `);
    const found = await arjeplogAdmin.get(`${claimUrl('arjeplog', 2026)}/households/${typed}`);
    expect(found.status, JSON.stringify(found.body)).toBe(200);
    expect(found.body).toMatchObject({
      year: 2026,
      line: { reference: laisvall.reference, deliveries: 2, cappedOre: 20_000 },
      household: { id: households.laisvall, village: 'Laisvall' },
    });

    const unknown = await arjeplogAdmin.get(`${claimUrl('arjeplog', 2026)}/households/H-00000000`);
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('not_found');
    const malformed = await arjeplogAdmin.get(`${claimUrl('arjeplog', 2026)}/households/4711`);
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors[0]).toMatchObject({ field: 'reference', code: 'invalid_format' });
    // Another year's claim does not hold it.
    const otherYear = await arjeplogAdmin.get(
      `${claimUrl('arjeplog', 2025)}/households/${laisvall.reference}`,
    );
    expect(otherYear.status).toBe(404);

    // The region reads the claim, never whom a reference stands for.
    const region = await regionAdmin.get(claimUrl('arjeplog', 2026));
    expect(region.body.claim.canIdentifyHouseholds).toBe(false);
    const refused = await regionAdmin.get(
      `${claimUrl('arjeplog', 2026)}/households/${laisvall.reference}`,
    );
    expect(refused.status).toBe(403);
    expect(JSON.stringify(refused.body)).not.toContain('Laisvall');
  });

  it('makes the year final once it has ended', async () => {
    t.clock.advance(32 * day);
    // A month later the session has ended: log in again.
    arjeplogAdmin = await t.loginAs('kommun@arjeplog.example.se');
    const response = await arjeplogAdmin.get(claimUrl('arjeplog', 2026));
    expect(response.body.claim.status).toBe('final');
    expect(response.body.claim.figures.claimOre).toBe(30_000);
  });
});
