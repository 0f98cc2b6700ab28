import type supertest from 'supertest';
import { afterAll, beforeAll, describe } from 'vitest';
import { createCarrier, createZone } from './support/deliveries.ts';
import { itEachMatrixCell, matrixStatuses } from './support/matrix.ts';
import { createShoppingWorld } from './support/shopping-world.ts';
import { claimUrl, overviewUrl } from './support/subsidy-claims.ts';
import type { TestApp } from './support/test-app.ts';

/**
 * The authorization matrix, continued for the yearly subsidy claim (decision 0043): a
 * municipality's own admins and the region's read its claim; another municipality's admin,
 * a carrier, a shop or a resident do not; only the region reads every municipality side by
 * side. Asking through another municipality's slug is refused as the carrier reports are.
 */
const actors = [
  'anonymous',
  'resident',
  'taxiDriver',
  'arjeplogAdmin',
  'gallivareAdmin',
  'regionAdmin',
  'shopOwner',
] as const;
type Actor = (typeof actors)[number];

const { everyone } = matrixStatuses(actors);
const refused = { ...everyone(403), anonymous: 401 };
const arjeplogOrRegion = (status: number) => ({
  ...refused,
  arjeplogAdmin: status,
  regionAdmin: status,
});

const rows = [
  {
    action: 'read Arjeplog’s claim of 2025',
    request: (client: supertest.Agent) => client.get(claimUrl('arjeplog', 2025)),
    expected: arjeplogOrRegion(200),
  },
  {
    action: 'download Arjeplog’s claim of 2025 as a PDF',
    request: (client: supertest.Agent) => client.get(claimUrl('arjeplog', 2025, '/claim.pdf')),
    expected: arjeplogOrRegion(200),
  },
  {
    action: 'download Arjeplog’s claim of 2025 as a CSV',
    request: (client: supertest.Agent) => client.get(claimUrl('arjeplog', 2025, '/claim.csv')),
    expected: arjeplogOrRegion(200),
  },
  {
    action: 'read Arjeplog’s claim of a year not begun',
    request: (client: supertest.Agent) => client.get(claimUrl('arjeplog', 2031)),
    expected: arjeplogOrRegion(400),
  },
  {
    action: 'look up whom a reference of Arjeplog’s claim of 2025 stands for',
    request: (client: supertest.Agent) =>
      client.get(`${claimUrl('arjeplog', 2025)}/households/H-0000ABCD`),
    // No approved report in this world: the municipality's admin learns it is in no claim.
    expected: { ...refused, arjeplogAdmin: 404 },
  },
  {
    action: 'read Gällivare’s claim of 2025',
    request: (client: supertest.Agent) => client.get(claimUrl('gallivare', 2025)),
    expected: { ...refused, gallivareAdmin: 200, regionAdmin: 200 },
  },
  {
    action: 'read the claim of a municipality that does not exist',
    request: (client: supertest.Agent) => client.get(claimUrl('atlantis', 2025)),
    expected: { ...everyone(404), anonymous: 401 },
  },
  {
    action: 'read the region’s claims side by side',
    request: (client: supertest.Agent) => client.get(overviewUrl(2025)),
    expected: { ...refused, regionAdmin: 200 },
  },
];

let t: TestApp;
const clients = new Map<Actor, supertest.Agent>();

beforeAll(async () => {
  const world = await createShoppingWorld({ shops: { shop: {} }, logIn: ['resident'] });
  t = world.t;
  const zoneId = await createZone(t);
  const taxi = await createCarrier(t, {
    zones: [{ zoneId, weekdays: [1] }],
    shops: [world.shops.shop],
  });
  clients.set('anonymous', t.agent());
  clients.set('resident', world.resident);
  clients.set('taxiDriver', taxi.driver);
  clients.set('arjeplogAdmin', await t.loginAs('kommun@arjeplog.example.se'));
  clients.set('gallivareAdmin', await t.loginAs('kommun@gallivare.example.se'));
  clients.set('regionAdmin', await t.loginAs('region@example.se'));
  clients.set('shopOwner', world.shops.shop.owner);
});
afterAll(() => t.close());

describe('authorization matrix: the yearly subsidy claim', () => {
  itEachMatrixCell({
    rows,
    actors,
    clientOf: (actor) => clients.get(actor),
    codes: { 400: 'validation_failed', 404: 'not_found' },
  });
});
