import type supertest from 'supertest';
import { afterAll, beforeAll, describe } from 'vitest';
import { itEachMatrixCell, matrixClients, matrixStatuses } from './support/matrix.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

/**
 * The authorization matrix for the card refunds made in the payment provider's dashboard
 * (decision 0070): the region's admins settle them, and only they read the list.
 */
const actors = [
  'anonymous',
  'resident',
  'shopOwner',
  'operator',
  'carrier',
  'arjeplogAdmin',
  'regionAdmin',
] as const;
type Actor = (typeof actors)[number];

const { only } = matrixStatuses(actors);

const rows = [
  {
    action: 'read the refunds made outside the galleria',
    request: (client: supertest.Agent) => client.get('/api/v1/admin/region/outside-refunds'),
    expected: only('regionAdmin', 200),
  },
  {
    action: 'read the card payments disputed with a bank',
    request: (client: supertest.Agent) => client.get('/api/v1/admin/region/payment-disputes'),
    expected: only('regionAdmin', 200),
  },
  // Past authorization the region admin meets an id nobody knows: 409, nothing settled.
  {
    action: 'mark a refund settled',
    request: (client: supertest.Agent) =>
      client.post('/api/v1/admin/region/outside-refunds/re_unknown/settle'),
    expected: only('regionAdmin', 409),
    codes: { 409: 'status_conflict' },
  },
  {
    action: 'mark a dispute settled',
    request: (client: supertest.Agent) =>
      client.post('/api/v1/admin/region/payment-disputes/dp_unknown/settle'),
    expected: only('regionAdmin', 409),
    codes: { 409: 'status_conflict' },
  },
];

let t: TestApp;
let clients = new Map<Actor, supertest.Agent>();

beforeAll(async () => {
  t = await createTestApp();
  clients = await matrixClients(t, actors);
});
afterAll(() => t.close());

describe('authorization matrix: refunds made outside the galleria', () => {
  itEachMatrixCell({ rows, actors, clientOf: (actor) => clients.get(actor) });
});
