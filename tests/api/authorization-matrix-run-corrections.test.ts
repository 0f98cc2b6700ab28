import type supertest from 'supertest';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import {
  createCarrier,
  createZone,
  handToCarrier,
  newClientId,
  orderWithNote,
  type CarrierFixture,
} from './support/deliveries.ts';
import { itEachMatrixCell, matrixStatuses } from './support/matrix.ts';
import { createShoppingWorld } from './support/shopping-world.ts';
import type { TestApp } from './support/test-app.ts';

/**
 * The authorization matrix, continued for corrections of a carrier's month and forwarding an
 * approved report (decision 0044): only the carrier's own staff correct its runs and notes —
 * another carrier's run is missing through one's own slug; only the municipality's own admins
 * forward its approved reports — another municipality's report is missing through one's own.
 */
const actors = [
  'anonymous',
  'resident',
  'taxiDriver',
  'busDriver',
  'gallivareDriver',
  'arjeplogAdmin',
  'gallivareAdmin',
  'regionAdmin',
  'shopOwner',
] as const;
type Actor = (typeof actors)[number];
type Row = {
  action: string;
  request: (client: supertest.Agent) => supertest.Test;
  expected: Record<Actor, number>;
};

const monday = '2026-11-30';
const november = '2026-11';
const carriers: Record<string, CarrierFixture> = {};
const ids = { taxiRun: '', busRun: '', taxiNote: '', gallivareReport: '' };
const { only } = matrixStatuses(actors);
const taxiUrl = (path: string) =>
  `/api/v1/carriers/${carriers.taxi?.slug ?? ''}/reports/${november}${path}`;
const adminUrl = (municipality: string, path = '') =>
  `/api/v1/admin/municipalities/${municipality}/carrier-reports${path}`;
const registry = { to: 'registrator@lansstyrelsen.example.se' };

const rows: Row[] = [
  {
    action: 'list the taxi’s November runs and notes to correct',
    request: (client) => client.get(taxiUrl('/correctable')),
    expected: only('taxiDriver', 200),
  },
  {
    action: 'correct the bus’s run through the taxi (nothing changes)',
    request: (client) =>
      client.post(taxiUrl(`/runs/${ids.busRun}/correct`)).send({ km: 1, reason: 'Fel bil.' }),
    expected: only('taxiDriver', 404),
  },
  {
    action: 'correct the taxi’s run’s kilometres with a reason',
    request: (client) =>
      client.post(taxiUrl(`/runs/${ids.taxiRun}/correct`)).send({ km: 50, reason: 'Körjournal.' }),
    expected: only('taxiDriver', 200),
  },
  {
    action: 'correct the taxi’s note as not delivered with a reason',
    request: (client) =>
      client
        .post(taxiUrl(`/notes/${ids.taxiNote}/correct`))
        .send({ delivered: false, reason: 'Ingen hemma.' }),
    expected: only('taxiDriver', 200),
  },
  {
    action: 'forward Gällivare’s approved report through Arjeplog (nothing changes)',
    request: (client) =>
      client.post(adminUrl('arjeplog', `/${ids.gallivareReport}/forward`)).send(registry),
    expected: only('arjeplogAdmin', 404),
  },
  {
    action: 'forward Gällivare’s approved report to the county board',
    request: (client) =>
      client.post(adminUrl('gallivare', `/${ids.gallivareReport}/forward`)).send(registry),
    expected: only('gallivareAdmin', 200),
  },
];

let t: TestApp;
const clients = new Map<Actor, supertest.Agent>();

beforeAll(async () => {
  const world = await createShoppingWorld({ shops: { shop: {} }, logIn: ['resident'] });
  t = world.t;
  const { shop } = world.shops;
  const zoneId = await createZone(t);
  const taxi = await createCarrier(t, { zones: [{ zoneId, weekdays: [1] }], shops: [shop] });
  const bus = await createCarrier(t, { zones: [{ zoneId, weekdays: [1] }], shops: [shop] });
  const gallivare = await createCarrier(t, { municipality: 'gallivare', zones: [], shops: [] });
  carriers.taxi = taxi;
  for (const [carrier, key] of [
    [taxi, 'taxiRun'],
    [bus, 'busRun'],
  ] as const) {
    const started = await carrier.driver
      .post(`/api/v1/carriers/${carrier.slug}/runs`)
      .send({ clientId: newClientId(), date: monday, route: 'Laisvall', vehicle: 'ABC 123' });
    ids[key] = started.body.run.id as string;
    if (carrier === taxi) {
      const { orderId } = await orderWithNote(t, {
        shop,
        buyer: world.resident,
        zoneId,
        date: monday,
      });
      await handToCarrier(shop, orderId, taxi.id);
      const delivered = await taxi.driver
        .post(`/api/v1/carriers/${taxi.slug}/deliveries/${orderId}/deliver`)
        .send({ clientId: newClientId(), collectedOre: 1990 });
      expect(delivered.status).toBe(200);
      ids.taxiNote = orderId;
    }
    const closed = await carrier.driver
      .post(`/api/v1/carriers/${carrier.slug}/runs/${ids[key]}/close`)
      .send({ clientId: newClientId(), km: 30 });
    expect(closed.status).toBe(200);
  }
  // Tuesday 1 December: November has ended.
  t.clock.advance(24 * 60 * 60 * 1000);
  const submitted = await gallivare.driver
    .post(`/api/v1/carriers/${gallivare.slug}/reports/${november}/submit`)
    .send({ costBasis: 'run', costUnitOre: 50000 });
  ids.gallivareReport = (submitted.body as { report: { id: string } }).report.id;
  const gallivareAdmin = await t.loginAs('kommun@gallivare.example.se');
  const approved = await gallivareAdmin
    .post(adminUrl('gallivare', `/${ids.gallivareReport}/approve`))
    .send({});
  expect(approved.status).toBe(200);
  clients.set('anonymous', t.agent());
  clients.set('resident', world.resident);
  clients.set('taxiDriver', taxi.driver);
  clients.set('busDriver', bus.driver);
  clients.set('gallivareDriver', gallivare.driver);
  clients.set('arjeplogAdmin', await t.loginAs('kommun@arjeplog.example.se'));
  clients.set('gallivareAdmin', gallivareAdmin);
  clients.set('regionAdmin', await t.loginAs('region@example.se'));
  clients.set('shopOwner', shop.owner);
});
afterAll(() => t.close());

describe('authorization matrix: corrections of a carrier’s month and forwarded reports', () => {
  itEachMatrixCell({ rows, actors, clientOf: (actor) => clients.get(actor) });
});
