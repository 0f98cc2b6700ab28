import type supertest from 'supertest';
import { afterAll, beforeAll, describe } from 'vitest';
import { itEachMatrixCell, matrixStatuses } from './support/matrix.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

/**
 * The authorization matrix for a shop's service requests (decision 0071): only the shop's own
 * owner and staff read, answer and decline them. Another shop's owner, the municipality's and
 * the region's admins, and residents are refused: a request holds a resident's address and
 * phone, which is the shop's to call.
 */
const actors = [
  'anonymous',
  'resident',
  'salonOwner',
  'groceryOwner',
  'operator',
  'arjeplogAdmin',
  'regionAdmin',
] as const;
type Actor = (typeof actors)[number];

const logins: Record<Exclude<Actor, 'anonymous'>, string> = {
  resident: 'boende@arjeplog.example.se',
  salonOwner: 'salong@arjeplog.example.se',
  groceryOwner: 'butik@arjeplog.example.se',
  operator: 'ombud@laisvall.example.se',
  arjeplogAdmin: 'kommun@arjeplog.example.se',
  regionAdmin: 'region@example.se',
};

const { only } = matrixStatuses(actors);

let t: TestApp;
let salonId = '';
const requestIds: string[] = [];
const clients = new Map<Actor, supertest.Agent>();
const requests = () => `/api/v1/shops/${salonId}/service-requests`;
// Each allowed answer or decline takes a request of its own, so no cell sees another's step.
let next = 0;
const freshRequest = () => requestIds[next++] ?? 'none-left';

const rows = [
  {
    action: "list the salon's requests",
    request: (client: supertest.Agent) => client.get(requests()),
    expected: only('salonOwner', 200),
  },
  {
    action: "count the salon's requests",
    request: (client: supertest.Agent) => client.get(`${requests()}/counts`),
    expected: only('salonOwner', 200),
  },
  {
    action: 'mark a request answered',
    request: (client: supertest.Agent) => client.post(`${requests()}/${freshRequest()}/answer`),
    expected: only('salonOwner', 200),
  },
  {
    action: 'decline a request',
    request: (client: supertest.Agent) =>
      client.post(`${requests()}/${freshRequest()}/decline`).send({ reason: 'Fullbokat.' }),
    expected: only('salonOwner', 200),
  },
];

beforeAll(async () => {
  t = await createTestApp();
  const { knex } = t.database;
  salonId = (await knex('shops').where({ name: 'Salong Norrsken' }).first('id')).id;
  const product = await knex('products').where({ title: 'Klippning i hemmet' }).first('id');
  for (let index = 0; index < 2 * actors.length; index += 1) {
    const created = await t
      .agent()
      .post(`/api/v1/products/${product.id}/service-requests`)
      .send({
        name: 'Gun Gäst',
        email: `gun${index}@example.se`,
        phone: '070-123 45 67',
        streetAddress: 'Storvägen 14',
        postalCode: '93830',
        village: 'Laisvall',
        preferredTime: 'Tisdag förmiddag',
      });
    if (created.status !== 201) throw new Error(`request ${index}: ${created.status}`);
    // Within the hourly limit of requests from the test's one IP.
    t.clock.advance(10 * 60 * 1000);
  }
  requestIds.push(
    ...(await knex('service_requests').where({ shop_id: salonId }).pluck<string[]>('id')),
  );
  clients.set('anonymous', t.agent());
  for (const [actor, email] of Object.entries(logins))
    clients.set(actor as Actor, await t.loginAs(email));
});
afterAll(() => t.close());

describe("authorization matrix: a shop's service requests", () => {
  itEachMatrixCell({ rows, actors, clientOf: (actor) => clients.get(actor) });
});
