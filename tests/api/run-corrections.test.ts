import type supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CheckoutShop } from './support/checkout.ts';
import {
  createCarrier,
  createZone,
  handToCarrier,
  newClientId,
  orderWithNote,
  type CarrierFixture,
} from './support/deliveries.ts';
import { createShoppingWorld } from './support/shopping-world.ts';
import type { TestApp } from './support/test-app.ts';

// The world's clock starts on Monday 30 November 2026 at noon; the month ends a day later.
const monday = '2026-11-30';
const november = '2026-11';

let t: TestApp;
let grocery: CheckoutShop;
let resident: supertest.Agent;
let taxi: CarrierFixture;
let bus: CarrierFixture;
let arjeplogAdmin: supertest.Agent;
const ids = { run: '', busRun: '', delivered: '', missed: '', prepaid: '', busNote: '' };

type Totals = { deliveries: number; households: number; runs: number; km: number };
type Correction = {
  field: string;
  from: number | null;
  to: number | null;
  reason: string;
  by: string;
  subject: string;
  date: string;
};

const reportUrl = (carrier: CarrierFixture, path = '') =>
  `/api/v1/carriers/${carrier.slug}/reports/${november}${path}`;
const runUrl = (carrier: CarrierFixture, runId: string) =>
  reportUrl(carrier, `/runs/${runId}/correct`);
const noteUrl = (carrier: CarrierFixture, orderId: string) =>
  reportUrl(carrier, `/notes/${orderId}/correct`);
const adminUrl = (path = '') => `/api/v1/admin/municipalities/arjeplog/carrier-reports${path}`;

async function startRun(carrier: CarrierFixture) {
  const started = await carrier.driver
    .post(`/api/v1/carriers/${carrier.slug}/runs`)
    .send({ clientId: newClientId(), date: monday, route: 'Laisvall', vehicle: 'ABC 123' });
  expect(started.status, JSON.stringify(started.body)).toBe(201);
  return started.body.run.id as string;
}

async function closeRun(carrier: CarrierFixture, runId: string, km: number) {
  const closed = await carrier.driver
    .post(`/api/v1/carriers/${carrier.slug}/runs/${runId}/close`)
    .send({ clientId: newClientId(), km });
  expect(closed.status, JSON.stringify(closed.body)).toBe(200);
}

async function drivenNote(
  carrier: CarrierFixture,
  zoneId: string,
  outcome: 'deliver' | 'fail',
  collectOre = 1990,
) {
  const { orderId } = await orderWithNote(t, {
    shop: grocery,
    buyer: resident,
    zoneId,
    date: monday,
    collectOre,
  });
  await handToCarrier(grocery, orderId, carrier.id);
  const body =
    outcome === 'deliver'
      ? { clientId: newClientId(), ...(collectOre > 0 ? { collectedOre: collectOre } : {}) }
      : { clientId: newClientId(), reason: 'not_home' };
  const done = await carrier.driver
    .post(`/api/v1/carriers/${carrier.slug}/deliveries/${orderId}/${outcome}`)
    .send(body);
  expect(done.status, JSON.stringify(done.body)).toBe(200);
  return orderId;
}

async function totals(): Promise<Totals> {
  const response = await taxi.driver.get(reportUrl(taxi));
  expect(response.status).toBe(200);
  return response.body.report.totals as Totals;
}

async function historyRows() {
  return t.database.knex('delivery_corrections').where({ carrier_id: taxi.id });
}

async function orderStatus(orderId: string) {
  const row = await t.database.knex('shop_orders').where({ id: orderId }).first('status');
  return (row as { status: string }).status;
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
  taxi = await createCarrier(t, { zones: [{ zoneId, weekdays: [1] }], shops: [grocery] });
  bus = await createCarrier(t, { zones: [{ zoneId, weekdays: [1] }], shops: [grocery] });
  ids.run = await startRun(taxi);
  ids.delivered = await drivenNote(taxi, zoneId, 'deliver');
  ids.prepaid = await drivenNote(taxi, zoneId, 'deliver', 0);
  ids.missed = await drivenNote(taxi, zoneId, 'fail');
  await closeRun(taxi, ids.run, 84.3);
  ids.busRun = await startRun(bus);
  ids.busNote = await drivenNote(bus, zoneId, 'deliver');
  await closeRun(bus, ids.busRun, 12);
  // Tuesday 1 December: November has ended.
  t.clock.advance(24 * 60 * 60 * 1000);
  arjeplogAdmin = await t.loginAs('kommun@arjeplog.example.se');
});
afterAll(() => t.close());

describe('correcting a carrier’s month', () => {
  it('lists the month’s closed runs and driven notes to correct', async () => {
    const response = await taxi.driver.get(reportUrl(taxi, '/correctable'));
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.body.runs).toEqual([
      { id: ids.run, date: monday, route: 'Laisvall', vehicle: 'ABC 123', km: 84.3 },
    ]);
    expect(response.body.notes).toHaveLength(3);
    expect(
      response.body.notes.find((note: { orderId: string }) => note.orderId === ids.missed),
    ).toMatchObject({ recordedOutcome: 'not_home', delivered: false, collectOre: 1990 });
  });

  it('changes a run’s kilometres in the report and keeps who, when, from → to and why', async () => {
    expect(await totals()).toMatchObject({ deliveries: 2, runs: 1, km: 84.3 });
    const corrected = await taxi.driver
      .post(runUrl(taxi, ids.run))
      .send({ km: 48.3, reason: 'Siffrorna kastades om vid inmatningen.' });
    expect(corrected.status, JSON.stringify(corrected.body)).toBe(200);
    expect(corrected.body.report.totals).toMatchObject({ runs: 1, km: 48.3 });
    expect(corrected.body.report.corrections).toEqual([
      {
        id: expect.any(String),
        at: new Date(t.clock.now()).toISOString(),
        by: 'Chaufför Test',
        field: 'km',
        from: 84.3,
        to: 48.3,
        reason: 'Siffrorna kastades om vid inmatningen.',
        date: monday,
        subject: 'Laisvall (ABC 123)',
      },
    ]);
  });

  it('requires a reason and a real change, and changes nothing without them', async () => {
    const before = await historyRows();
    for (const body of [
      { km: 50 },
      { km: 50, reason: '  ' },
      { km: 48.3, reason: 'Samma igen.' },
    ]) {
      const refused = await taxi.driver.post(runUrl(taxi, ids.run)).send(body);
      expect(refused.status, JSON.stringify(body)).toBe(400);
      expect(refused.body.code).toBe('validation_failed');
    }
    const noReason = await taxi.driver.post(runUrl(taxi, ids.run)).send({ km: 50 });
    expect(noReason.body.errors[0].field).toBe('reason');
    const same = await taxi.driver.post(runUrl(taxi, ids.run)).send({ km: 48.3, reason: 'Igen.' });
    expect(same.body.errors[0]).toMatchObject({ field: 'km', code: 'unchanged' });
    const nothing = await taxi.driver.post(noteUrl(taxi, ids.missed)).send({ reason: 'Inget.' });
    expect(nothing.body.errors[0]).toMatchObject({ field: 'delivered', code: 'required' });
    const noCash = await taxi.driver
      .post(noteUrl(taxi, ids.prepaid))
      .send({ collectedOre: 500, reason: 'Tog betalt.' });
    expect(noCash.body.errors[0]).toMatchObject({
      field: 'collectedOre',
      code: 'nothing_to_collect',
    });
    expect(await historyRows()).toHaveLength(before.length);
    expect(await totals()).toMatchObject({ km: 48.3 });
  });

  it('counts a note recorded as not home as delivered in the report, without touching the order', async () => {
    const corrected = await taxi.driver
      .post(noteUrl(taxi, ids.missed))
      .send({ delivered: true, reason: 'Fel knapp: varorna lämnades vid dörren.' });
    expect(corrected.status, JSON.stringify(corrected.body)).toBe(200);
    expect(corrected.body.report.totals).toMatchObject({ deliveries: 3 });
    expect(corrected.body.report.corrections[0]).toMatchObject({
      field: 'delivered',
      from: 0,
      to: 1,
      reason: 'Fel knapp: varorna lämnades vid dörren.',
    });
    // The order's lifecycle is not reopened: the correction fixes the report's figures only.
    expect(await orderStatus(ids.missed)).toBe('delivery_failed');
    const back = await taxi.driver
      .post(noteUrl(taxi, ids.delivered))
      .send({ delivered: false, collectedOre: 0, reason: 'Kunden var inte hemma.' });
    expect(back.status, JSON.stringify(back.body)).toBe(200);
    expect(back.body.report.totals).toMatchObject({ deliveries: 2 });
    expect(back.body.report.corrections.slice(0, 2)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'delivered', from: 1, to: 0 }),
        expect.objectContaining({ field: 'collected', from: 1990, to: 0 }),
      ]),
    );
    expect(await orderStatus(ids.delivered)).toBe('delivered');
  });

  it('refuses another carrier’s run or note as missing, and another carrier’s month as forbidden', async () => {
    const before = await historyRows();
    const run = await taxi.driver.post(runUrl(taxi, ids.busRun)).send({ km: 1, reason: 'Min?' });
    expect(run.status).toBe(404);
    const note = await taxi.driver
      .post(noteUrl(taxi, ids.busNote))
      .send({ delivered: false, reason: 'Min?' });
    expect(note.status).toBe(404);
    const theirs = await bus.driver.post(runUrl(taxi, ids.run)).send({ km: 1, reason: 'Deras.' });
    expect(theirs.status).toBe(403);
    expect(theirs.body.code).toBe('forbidden');
    const admin = await arjeplogAdmin.post(runUrl(taxi, ids.run)).send({ km: 1, reason: 'Jag.' });
    expect(admin.status).toBe(403);
    expect(await historyRows()).toHaveLength(before.length);
    const busRun = await t.database.knex('delivery_runs').where({ id: ids.busRun }).first();
    expect(Number(busRun.km_tenths)).toBe(120);
  });

  it('lands two corrections made at once, each once, chained in the history', async () => {
    const before = new Set((await historyRows()).map((row: { id: string }) => row.id));
    const [first, second] = await Promise.all([
      taxi.driver.post(runUrl(taxi, ids.run)).send({ km: 60, reason: 'Enligt körjournalen.' }),
      taxi.driver.post(runUrl(taxi, ids.run)).send({ km: 70, reason: 'Enligt GPS-loggen.' }),
    ]);
    expect([first.status, second.status]).toEqual([200, 200]);
    const landed = (await historyRows())
      .filter((row: { id: string }) => !before.has(row.id))
      .map((row: { from_value: unknown; to_value: unknown }) => ({
        from: Number(row.from_value),
        to: Number(row.to_value),
      }));
    expect(landed).toHaveLength(2);
    // The second read what the first wrote: 48.3 → one → the other, never both from 48.3.
    const earlier = landed.find((row) => row.from === 483);
    const later = landed.find((row) => row.from !== 483);
    expect(earlier && later).toBeTruthy();
    expect(later?.from).toBe(earlier?.to);
    expect((await totals()).km * 10).toBe(later?.to);
  });

  it('refuses corrections while the report is submitted or approved, and takes them once returned', async () => {
    const submitted = await taxi.driver
      .post(reportUrl(taxi, '/submit'))
      .send({ costBasis: 'run', costUnitOre: 100000 });
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(201);
    const snapshotKm = submitted.body.report.totals.km as number;
    const reportId = submitted.body.report.id as string;

    const locked = await taxi.driver.post(runUrl(taxi, ids.run)).send({ km: 5, reason: 'Sent.' });
    expect(locked.status).toBe(409);
    expect(locked.body.code).toBe('report_locked');
    const lockedNote = await taxi.driver
      .post(noteUrl(taxi, ids.missed))
      .send({ delivered: false, reason: 'Sent.' });
    expect(lockedNote.body.code).toBe('report_locked');

    // The carrier reads its mail in English: the return comes in English.
    const english = await taxi.driver.patch('/api/v1/me').send({ locale: 'en' });
    expect(english.status).toBe(200);
    const returned = await arjeplogAdmin
      .post(adminUrl(`/${reportId}/return`))
      .send({ comment: 'Kilometrarna stämmer inte.' });
    expect(returned.status).toBe(200);
    const mail = await t.database
      .knex('outbox_messages')
      .where({ to_address: taxi.driverEmail, kind: 'carrier_report_decision' })
      .first();
    expect(mail.subject).toBe('The monthly report for 2026-11 needs correcting');
    expect(mail.locale).toBe('en');

    const corrected = await taxi.driver
      .post(runUrl(taxi, ids.run))
      .send({ km: 65.5, reason: 'Kontrollerat mot körjournalen.' });
    expect(corrected.status, JSON.stringify(corrected.body)).toBe(200);
    // The municipality sees the report as submitted beside the month as recorded now.
    const list = await arjeplogAdmin.get(adminUrl());
    const received = (
      list.body.reports as {
        id: string;
        totals: Totals;
        recorded: Totals;
        corrections: Correction[];
      }[]
    ).find((report) => report.id === reportId);
    expect(received?.totals.km).toBe(snapshotKm);
    expect(received?.recorded.km).toBe(65.5);
    expect(received?.corrections[0]).toMatchObject({
      field: 'km',
      to: 65.5,
      reason: 'Kontrollerat mot körjournalen.',
    });

    const again = await taxi.driver
      .post(reportUrl(taxi, '/submit'))
      .send({ costBasis: 'run', costUnitOre: 100000 });
    expect(again.body.report.totals.km).toBe(65.5);
    const approved = await arjeplogAdmin.post(adminUrl(`/${reportId}/approve`)).send({});
    expect(approved.status).toBe(200);
    expect(approved.body.report.corrections.length).toBeGreaterThan(0);
    const afterApproval = await taxi.driver
      .post(runUrl(taxi, ids.run))
      .send({ km: 1, reason: 'För sent.' });
    expect(afterApproval.status).toBe(409);
    expect(afterApproval.body.code).toBe('report_locked');
    const stored = await t.database.knex('carrier_reports').where({ id: reportId }).first();
    expect(Number(stored.km_tenths)).toBe(655);
    const run = await t.database.knex('delivery_runs').where({ id: ids.run }).first();
    expect(Number(run.km_tenths)).toBe(655);
  });
});
