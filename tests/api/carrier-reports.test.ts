import type supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CheckoutShop } from './support/checkout.ts';
import { newId } from '../../server/src/db/ids.ts';
import {
  createCarrier,
  createHousehold,
  createZone,
  handToCarrier,
  municipalityIdOf,
  newClientId,
  orderWithNote,
  type CarrierFixture,
} from './support/deliveries.ts';
import { pdfText } from './support/pdf-text.ts';
import { createShoppingWorld } from './support/shopping-world.ts';
import type { TestApp } from './support/test-app.ts';

// The world's clock starts on Monday 30 November 2026 at noon; the month ends a day later.
const monday = '2026-11-30';
const november = '2026-11';

let t: TestApp;
let grocery: CheckoutShop;
let resident: supertest.Agent;
let taxi: CarrierFixture;
let gallivareTaxi: CarrierFixture;
let arjeplogAdmin: supertest.Agent;
let gallivareAdmin: supertest.Agent;

const reportUrl = (carrier: CarrierFixture, month = november, path = '') =>
  `/api/v1/carriers/${carrier.slug}/reports/${month}${path}`;
const adminUrl = (municipality: string, path = '') =>
  `/api/v1/admin/municipalities/${municipality}/carrier-reports${path}`;

async function deliveredNote(zoneId: string, householdId: string, village: string) {
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
  return orderId;
}

async function reportRows(carrierId: string) {
  return t.database
    .knex('carrier_reports')
    .where({ carrier_id: carrierId })
    .select<{ status: string; updated_at: number }[]>('status', 'updated_at');
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
  const zoneId = await createZone(t, { name: 'Laisvall–Adolfström' });
  taxi = await createCarrier(t, {
    name: 'Testtaxi',
    zones: [{ zoneId, weekdays: [1] }],
    shops: [grocery],
  });
  gallivareTaxi = await createCarrier(t, {
    name: 'Malmbergets taxi',
    municipality: 'gallivare',
    zones: [],
    shops: [],
  });
  const started = await taxi.driver
    .post(`/api/v1/carriers/${taxi.slug}/runs`)
    .send({ clientId: newClientId(), date: monday, route: 'Laisvall', vehicle: 'ABC 123' });
  expect(started.status).toBe(201);
  const laisvall = await createHousehold(t);
  const adolfstrom = await createHousehold(t);
  await deliveredNote(zoneId, laisvall, 'Laisvall');
  await deliveredNote(zoneId, laisvall, 'Laisvall');
  await deliveredNote(zoneId, adolfstrom, 'Adolfström');
  // A stop nobody was home at is no delivery.
  const { orderId: missed } = await orderWithNote(t, {
    shop: grocery,
    buyer: resident,
    zoneId,
    date: monday,
  });
  await handToCarrier(grocery, missed, taxi.id);
  const failed = await taxi.driver
    .post(`/api/v1/carriers/${taxi.slug}/deliveries/${missed}/fail`)
    .send({ clientId: newClientId(), reason: 'not_home' });
  expect(failed.status).toBe(200);
  const closed = await taxi.driver
    .post(`/api/v1/carriers/${taxi.slug}/runs/${started.body.run.id as string}/close`)
    .send({ clientId: newClientId(), km: 84.3 });
  expect(closed.status).toBe(200);
  // Tuesday 1 December: November has ended.
  t.clock.advance(24 * 60 * 60 * 1000);
  arjeplogAdmin = await t.loginAs('kommun@arjeplog.example.se');
  gallivareAdmin = await t.loginAs('kommun@gallivare.example.se');
});
afterAll(() => t.close());

describe('the carrier’s monthly report', () => {
  it('refuses a month that has not ended, or is no month, on `month`', async () => {
    for (const month of ['2026-12', '2027-01', 'november', '2026-13']) {
      const response = await taxi.driver.get(reportUrl(taxi, month));
      expect(response.status, month).toBe(400);
      expect(response.body.errors[0].field).toBe('month');
    }
    const submitted = await taxi.driver
      .post(reportUrl(taxi, '2026-12', '/submit'))
      .send({ costBasis: 'delivery', costUnitOre: 15000 });
    expect(submitted.status).toBe(400);
    expect(await reportRows(taxi.id)).toEqual([]);
  });

  it('adds up the month’s delivered notes and closed runs', async () => {
    const response = await taxi.driver.get(reportUrl(taxi));
    expect(response.status).toBe(200);
    const { report } = response.body;
    expect(report).toMatchObject({
      id: null,
      status: null,
      month: november,
      municipality: { slug: 'arjeplog' },
      carrier: { name: 'Testtaxi', orgNumber: '556000-0000' },
      totals: { deliveries: 3, households: 2, runs: 1, km: 84.3, feesOre: 6000 },
      cost: null,
    });
    expect(report.lines).toHaveLength(2);
    expect(report.lines).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ date: monday, village: 'Laisvall', deliveries: 2, feeOre: 4000 }),
        expect.objectContaining({ date: monday, village: 'Adolfström', deliveries: 1 }),
      ]),
    );
    const october = await taxi.driver.get(reportUrl(taxi, '2026-10'));
    expect(october.body.report.totals).toEqual({
      deliveries: 0,
      households: 0,
      runs: 0,
      km: 0,
      feesOre: 0,
    });
  });

  it('writes the report as a CSV', async () => {
    const response = await taxi.driver.get(reportUrl(taxi, november, '/report.csv'));
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/csv/);
    const text = response.text;
    expect(text).toContain('Antal leveranser;3');
    expect(text).toContain('Antal hushåll;2');
    expect(text).toContain('Körda kilometer;84,3');
    expect(text).toContain('Hushållens avgifter (kr);60,00');
  });

  it('submits once with its cost, and a second time is a conflict', async () => {
    const bad = await taxi.driver
      .post(reportUrl(taxi, november, '/submit'))
      .send({ costBasis: 'hour', costUnitOre: 15000 });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe('costBasis');
    const submitted = await taxi.driver
      .post(reportUrl(taxi, november, '/submit'))
      .send({ costBasis: 'delivery', costUnitOre: 15000 });
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(201);
    expect(submitted.body.report).toMatchObject({
      status: 'submitted',
      cost: { basis: 'delivery', unitOre: 15000, totalOre: 45000 },
      totals: { deliveries: 3 },
    });
    const twice = await taxi.driver
      .post(reportUrl(taxi, november, '/submit'))
      .send({ costBasis: 'run', costUnitOre: 99900 });
    expect(twice.status).toBe(409);
    const rows = await reportRows(taxi.id);
    expect(rows).toHaveLength(1);
    const again = await taxi.driver.get(reportUrl(taxi));
    expect(again.body.report.cost.totalOre).toBe(45000);
    // The snapshot keeps each household's id for the yearly claim; the form shows none.
    expect(Object.keys(again.body.report.lines[0] as object).sort()).toEqual([
      'date',
      'deliveries',
      'feeOre',
      'householdName',
      'village',
    ]);
    const stored = await t.database
      .knex('carrier_reports')
      .where({ carrier_id: taxi.id })
      .first<{ snapshot: string }>('snapshot');
    const snapshot = JSON.parse(stored.snapshot) as { householdId: string }[];
    expect(new Set(snapshot.map((line) => line.householdId)).size).toBe(2);
  });

  it('prints a form whose totals read back from the PDF', async () => {
    const response = await taxi.driver
      .get(reportUrl(taxi, november, '/report.pdf'))
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    const text = await pdfText(response.body as Buffer);
    expect(text).toContain('Månadsrapport – hemsändning av varor');
    expect(text).toContain('Kommun: Arjeplog');
    expect(text).toContain('Period: 2026-11');
    expect(text).toContain('Transportör: Testtaxi');
    expect(text).toContain('Organisationsnummer: 556000-0000');
    expect(text).toContain('Antal leveranser: 3');
    expect(text).toContain('Antal hushåll: 2');
    expect(text).toContain('Antal körningar: 1');
    expect(text).toContain('Körda kilometer: 84,3');
    expect(text.replace(/\s/g, ' ')).toContain('Att fakturera: 450,00 kr');
    expect(text).toContain('Underskrift transportör');
    expect(text).toContain('Adolfström');
  });
});

describe('the municipality’s decision', () => {
  let reportId = '';
  let gallivareReportId = '';

  it('lists the municipality’s own reports', async () => {
    const gallivare = await gallivareTaxi.driver
      .post(reportUrl(gallivareTaxi, november, '/submit'))
      .send({ costBasis: 'run', costUnitOre: 50000 });
    expect(gallivare.status).toBe(201);
    gallivareReportId = gallivare.body.report.id as string;
    // A run recorded after the report was submitted: the municipality sees the difference.
    const at = t.clock.now();
    await t.database.knex('delivery_runs').insert({
      id: newId(),
      carrier_id: taxi.id,
      municipality_id: await municipalityIdOf(t),
      date: '2026-11-27',
      route: 'Adolfström',
      vehicle: 'ABC 123',
      km_tenths: 100,
      started_at: at,
      closed_at: at,
      created_at: at,
      updated_at: at,
    });
    const response = await arjeplogAdmin.get(adminUrl('arjeplog'));
    expect(response.status).toBe(200);
    const reports = response.body.reports as {
      id: string;
      carrier: { name: string };
      totals: { runs: number; km: number };
      recorded: { runs: number; km: number } | null;
    }[];
    expect(reports.map((report) => report.carrier.name)).toContain('Testtaxi');
    expect(reports.map((report) => report.id)).not.toContain(gallivareReportId);
    const received = reports.find((report) => report.carrier.name === 'Testtaxi');
    expect(received?.totals).toMatchObject({ runs: 1, km: 84.3 });
    expect(received?.recorded).toMatchObject({ runs: 2, km: 94.3 });
    reportId = received?.id ?? '';
  });

  it('refuses another municipality’s report and changes nothing', async () => {
    const before = await reportRows(gallivareTaxi.id);
    const throughOwn = await arjeplogAdmin.post(
      adminUrl('arjeplog', `/${gallivareReportId}/approve`),
    );
    expect(throughOwn.status).toBe(404);
    const throughTheirs = await arjeplogAdmin.post(
      adminUrl('gallivare', `/${gallivareReportId}/approve`),
    );
    expect(throughTheirs.status).toBe(403);
    const returned = await arjeplogAdmin
      .post(adminUrl('arjeplog', `/${gallivareReportId}/return`))
      .send({ comment: 'Fel' });
    expect(returned.status).toBe(404);
    expect(await reportRows(gallivareTaxi.id)).toEqual(before);
  });

  it('returns a report with a comment, tells the carrier, and takes it again', async () => {
    const noComment = await arjeplogAdmin
      .post(adminUrl('arjeplog', `/${reportId}/return`))
      .send({ comment: ' ' });
    expect(noComment.status).toBe(400);
    expect(noComment.body.errors[0].field).toBe('comment');
    const returned = await arjeplogAdmin
      .post(adminUrl('arjeplog', `/${reportId}/return`))
      .send({ comment: 'Körningen den 30:e saknar kilometer.' });
    expect(returned.status, JSON.stringify(returned.body)).toBe(200);
    expect(returned.body.report).toMatchObject({ status: 'returned' });
    const mails = await t.database
      .knex('outbox_messages')
      .where({ to_address: taxi.driverEmail, kind: 'carrier_report_decision' })
      .select<{ subject: string; text_body: string }[]>('subject', 'text_body');
    expect(mails).toHaveLength(1);
    expect(mails[0]?.text_body).toContain('Körningen den 30:e saknar kilometer.');
    const seen = await taxi.driver.get(reportUrl(taxi));
    expect(seen.body.report).toMatchObject({
      status: 'returned',
      comment: 'Körningen den 30:e saknar kilometer.',
    });
    const twice = await arjeplogAdmin.post(adminUrl('arjeplog', `/${reportId}/approve`));
    expect(twice.status).toBe(409);
    const resubmitted = await taxi.driver
      .post(reportUrl(taxi, november, '/submit'))
      .send({ costBasis: 'run', costUnitOre: 120000 });
    expect(resubmitted.status).toBe(201);
    expect(resubmitted.body.report).toMatchObject({
      id: reportId,
      status: 'submitted',
      comment: null,
      // Submitted again: the run recorded since counts.
      cost: { basis: 'run', totalOre: 240000 },
    });
  });

  it('approves a submitted report once', async () => {
    const approved = await arjeplogAdmin
      .post(adminUrl('arjeplog', `/${reportId}/approve`))
      .send({});
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    expect(approved.body.report).toMatchObject({
      status: 'approved',
      costOre: 240000,
      recorded: null,
    });
    const again = await arjeplogAdmin.post(adminUrl('arjeplog', `/${reportId}/approve`)).send({});
    expect(again.status).toBe(409);
    const pdf = await arjeplogAdmin.get(adminUrl('arjeplog', `/${reportId}/report.pdf`));
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const resubmit = await taxi.driver
      .post(reportUrl(taxi, november, '/submit'))
      .send({ costBasis: 'run', costUnitOre: 1 });
    expect(resubmit.status).toBe(409);
    expect(gallivareAdmin).toBeDefined();
  });
});
