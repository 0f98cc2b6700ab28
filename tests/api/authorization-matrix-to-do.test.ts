import type supertest from 'supertest';
import { afterAll, beforeAll, describe } from 'vitest';
import { itEachMatrixCell, matrixClients, matrixStatuses } from './support/matrix.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

/**
 * The authorization matrix for a municipality's to-do list (its admins' start page): only the
 * municipality's own admins read it — not another municipality's, not the region's (it counts
 * household applications and carrier reports, which only its own admins see), and none of the
 * people who work for a shop, a service point or a carrier there.
 */
const actors = [
  'anonymous',
  'resident',
  'shopOwner',
  'operator',
  'carrier',
  'arjeplogAdmin',
  'gallivareAdmin',
  'regionAdmin',
] as const;
type Actor = (typeof actors)[number];

const { everyone, only } = matrixStatuses(actors);
const toDo = (slug: string) => `/api/v1/admin/municipalities/${slug}/to-do`;

const rows = [
  {
    action: 'read what waits on Arjeplog',
    request: (client: supertest.Agent) => client.get(toDo('arjeplog')),
    expected: only('arjeplogAdmin', 200),
  },
  {
    action: 'read what waits on Gällivare',
    request: (client: supertest.Agent) => client.get(toDo('gallivare')),
    expected: only('gallivareAdmin', 200),
  },
  {
    action: 'read what waits on a municipality that does not exist',
    request: (client: supertest.Agent) => client.get(toDo('ingenstans')),
    expected: { ...everyone(404), anonymous: 401 },
  },
];

let t: TestApp;
let clients = new Map<Actor, supertest.Agent>();

beforeAll(async () => {
  t = await createTestApp();
  clients = await matrixClients(t, actors);
});
afterAll(() => t.close());

describe('authorization matrix: what waits on a municipality', () => {
  itEachMatrixCell({ rows, actors, clientOf: (actor) => clients.get(actor) });
});
