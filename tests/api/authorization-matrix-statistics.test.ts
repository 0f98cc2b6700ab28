import type supertest from 'supertest';
import { afterAll, beforeAll, describe } from 'vitest';
import { createPublishedShop } from './support/factories.ts';
import { itEachMatrixCell, matrixStatuses } from './support/matrix.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

/**
 * The authorization matrix for statistics and the subsidy's rules (decision 0038): a
 * municipality's admin reads its own municipality's statistics, the region admin every
 * municipality's and the region's, a shop owner its own shop's; only the region admin reads
 * and edits the subsidy rules.
 */
const actors = [
  'anonymous',
  'resident',
  'arjeplogAdmin',
  'gallivareAdmin',
  'regionAdmin',
  'ownerA',
  'staffA',
  'operator',
] as const;
type Actor = (typeof actors)[number];

const ok = 200;
const period = 'from=2026-01-01&to=2026-01-31';
const ids = { shopA: '', rule: '' };
const { everyone } = matrixStatuses(actors);
const only = (allowed: Partial<Record<Actor, number>>) => ({
  ...everyone(403),
  anonymous: 401,
  ...allowed,
});
const ruleBody = (validFrom: string) => ({
  validFrom,
  validTo: validFrom.replace(/-01-01$/, '-12-31'),
  capPerDeliveryOre: 3_500,
  shareBasisPoints: 5_000,
});

const rows = [
  {
    action: 'read Arjeplog’s statistics',
    request: (client: supertest.Agent) =>
      client.get(`/api/v1/admin/municipalities/arjeplog/statistics?${period}`),
    expected: only({ arjeplogAdmin: ok, regionAdmin: ok }),
  },
  {
    action: 'export Arjeplog’s statistics',
    request: (client: supertest.Agent) =>
      client.get(`/api/v1/admin/municipalities/arjeplog/statistics.csv?${period}`),
    expected: only({ arjeplogAdmin: ok, regionAdmin: ok }),
  },
  {
    action: 'read Gällivare’s statistics',
    request: (client: supertest.Agent) =>
      client.get(`/api/v1/admin/municipalities/gallivare/statistics?${period}`),
    expected: only({ gallivareAdmin: ok, regionAdmin: ok }),
  },
  {
    action: 'read the region’s statistics',
    request: (client: supertest.Agent) => client.get(`/api/v1/admin/region/statistics?${period}`),
    expected: only({ regionAdmin: ok }),
  },
  {
    action: 'export the region’s statistics',
    request: (client: supertest.Agent) =>
      client.get(`/api/v1/admin/region/statistics.csv?${period}`),
    expected: only({ regionAdmin: ok }),
  },
  {
    action: 'read shop A’s statistics',
    request: (client: supertest.Agent) =>
      client.get(`/api/v1/shops/${ids.shopA}/statistics?${period}`),
    expected: only({ ownerA: ok }),
  },
  {
    action: 'read the subsidy rules',
    request: (client: supertest.Agent) => client.get('/api/v1/admin/region/subsidy-rules'),
    expected: only({ regionAdmin: ok }),
  },
  {
    action: 'add a subsidy rule',
    // Each actor its own year before the seeded rules (2011 on) and within the dates a rule
    // may have (2000 on), so the region admin's addition never overlaps another's.
    request: (client: supertest.Agent, actor: Actor) =>
      client
        .post('/api/v1/admin/region/subsidy-rules')
        .send(ruleBody(`${2000 + actors.indexOf(actor)}-01-01`)),
    expected: only({ regionAdmin: 201 }),
  },
  {
    action: 'change a subsidy rule',
    request: (client: supertest.Agent) =>
      client.put(`/api/v1/admin/region/subsidy-rules/${ids.rule}`).send(ruleBody('2010-01-01')),
    expected: only({ regionAdmin: ok }),
  },
  {
    action: 'set a price base amount',
    request: (client: supertest.Agent) =>
      client.put('/api/v1/admin/region/price-base-amounts/2027').send({ amountOre: 6_000_000 }),
    expected: only({ regionAdmin: ok }),
  },
];

let t: TestApp;
const clients = new Map<Actor, supertest.Agent>();

beforeAll(async () => {
  t = await createTestApp();
  const shopA = await createPublishedShop(t);
  ids.shopA = shopA.id;
  const rule = await t.database
    .knex('subsidy_rules')
    .where({ valid_from: '2011-01-01' })
    .first<{ id: string }>('id');
  ids.rule = rule.id;
  clients.set('anonymous', t.agent());
  clients.set('resident', await t.loginAs('boende@arjeplog.example.se'));
  clients.set('arjeplogAdmin', await t.loginAs('kommun@arjeplog.example.se'));
  clients.set('gallivareAdmin', await t.loginAs('kommun@gallivare.example.se'));
  clients.set('regionAdmin', await t.loginAs('region@example.se'));
  clients.set('ownerA', await t.loginAs(shopA.ownerEmail));
  clients.set('staffA', await t.loginAs(shopA.staffEmail));
  clients.set('operator', await t.loginAs('ombud@laisvall.example.se'));
});
afterAll(() => t.close());

describe('authorization matrix: statistics and subsidy rules', () => {
  itEachMatrixCell({ rows, actors, clientOf: (actor) => clients.get(actor) });
});
