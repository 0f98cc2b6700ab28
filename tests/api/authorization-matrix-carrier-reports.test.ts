import type supertest from 'supertest';
import { afterAll, beforeAll, describe } from 'vitest';
import { createCarrier, createZone, type CarrierFixture } from './support/deliveries.ts';
import { itEachMatrixCell, matrixStatuses } from './support/matrix.ts';
import { createShoppingWorld } from './support/shopping-world.ts';
import type { TestApp } from './support/test-app.ts';

/**
 * The authorization matrix, continued for the carriers' monthly reports (issue 14): a
 * carrier's staff read and submit only their own company's reports; only the municipality's
 * own admins see and decide them — not the region's, not another municipality's; a report of
 * another municipality is missing through one's own.
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

const november = '2026-11';
const carriers: Record<string, CarrierFixture> = {};
const ids = { gallivareReport: '' };
const { only } = matrixStatuses(actors);
const taxiUrl = (path: string) => `/api/v1/carriers/${carriers.taxi?.slug ?? ''}/reports${path}`;
const adminUrl = (municipality: string, path = '') =>
  `/api/v1/admin/municipalities/${municipality}/carrier-reports${path}`;

const rows: Row[] = [
  {
    action: 'read the taxi’s November report',
    request: (client) => client.get(taxiUrl(`/${november}`)),
    expected: only('taxiDriver', 200),
  },
  {
    action: 'download the taxi’s report as a PDF',
    request: (client) => client.get(taxiUrl(`/${november}/report.pdf`)),
    expected: only('taxiDriver', 200),
  },
  {
    action: 'download the taxi’s report as a CSV',
    request: (client) => client.get(taxiUrl(`/${november}/report.csv`)),
    expected: only('taxiDriver', 200),
  },
  {
    action: 'submit the taxi’s report of a month not ended (nothing changes)',
    request: (client) =>
      client.post(taxiUrl('/2026-12/submit')).send({ costBasis: 'delivery', costUnitOre: 100 }),
    expected: only('taxiDriver', 400),
  },
  {
    action: 'list Arjeplog’s carrier reports',
    request: (client) => client.get(adminUrl('arjeplog')),
    expected: only('arjeplogAdmin', 200),
  },
  {
    action: 'approve Gällivare’s report through Arjeplog (nothing changes)',
    request: (client) => client.post(adminUrl('arjeplog', `/${ids.gallivareReport}/approve`)),
    expected: only('arjeplogAdmin', 404),
  },
  {
    action: 'download Gällivare’s received report',
    request: (client) => client.get(adminUrl('gallivare', `/${ids.gallivareReport}/report.pdf`)),
    expected: only('gallivareAdmin', 200),
  },
  {
    // Last: the one allowed cell changes the report's state.
    action: 'return Gällivare’s report with a comment',
    request: (client) =>
      client
        .post(adminUrl('gallivare', `/${ids.gallivareReport}/return`))
        .send({ comment: 'Kilometer saknas.' }),
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
  carriers.taxi = await createCarrier(t, { zones: [{ zoneId, weekdays: [1] }], shops: [shop] });
  const bus = await createCarrier(t, { zones: [{ zoneId, weekdays: [3] }], shops: [shop] });
  const gallivare = await createCarrier(t, { municipality: 'gallivare', zones: [], shops: [] });
  // Tuesday 1 December: November has ended.
  t.clock.advance(24 * 60 * 60 * 1000);
  const submitted = await gallivare.driver
    .post(`/api/v1/carriers/${gallivare.slug}/reports/${november}/submit`)
    .send({ costBasis: 'run', costUnitOre: 50000 });
  ids.gallivareReport = (submitted.body as { report: { id: string } }).report.id;
  clients.set('anonymous', t.agent());
  clients.set('resident', world.resident);
  clients.set('taxiDriver', carriers.taxi.driver);
  clients.set('busDriver', bus.driver);
  clients.set('gallivareDriver', gallivare.driver);
  clients.set('arjeplogAdmin', await t.loginAs('kommun@arjeplog.example.se'));
  clients.set('gallivareAdmin', await t.loginAs('kommun@gallivare.example.se'));
  clients.set('regionAdmin', await t.loginAs('region@example.se'));
  clients.set('shopOwner', shop.owner);
});
afterAll(() => t.close());

describe('authorization matrix: carriers’ monthly reports', () => {
  itEachMatrixCell({ rows, actors, clientOf: (actor) => clients.get(actor) });
});
