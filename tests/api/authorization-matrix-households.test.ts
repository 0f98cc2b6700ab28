import type supertest from 'supertest';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { createPublishedShop } from './support/factories.ts';
import {
  addressBody,
  applyingHousehold,
  createResident,
  saveHousehold,
} from './support/households.ts';
import { itEachMatrixCell, matrixStatuses } from './support/matrix.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

/**
 * The authorization matrix for households (decision 0021): a resident reaches only their own,
 * a municipality's admin only its own municipality's and the region's admins none, a shop only
 * households of its own municipality. Other sides' ids are in every path.
 */
const actors = [
  'anonymous',
  'resident',
  'otherResident',
  'arjeplogAdmin',
  'gallivareAdmin',
  'regionAdmin',
  'ownerA',
  'staffA',
  'gallivareOwner',
] as const;
type Actor = (typeof actors)[number];
type Row = {
  action: string;
  request: (client: supertest.Agent, actor: Actor) => supertest.Test;
  expected: Record<Actor, number>;
};

const ok = 200;
const ids = {
  own: '',
  ownElsewhere: '',
  toApprove: '',
  toDecline: '',
  toRevoke: '',
  shopA: '',
  gallivareShop: '',
};
const { everyone } = matrixStatuses(actors);
const onlyResident = (status: number) => ({ ...everyone(404), anonymous: 401, resident: status });
const onlyArjeplogAdmin = (status: number) => ({
  ...everyone(403),
  anonymous: 401,
  arjeplogAdmin: status,
});
const onlyShopA = (status: number) => ({
  ...everyone(403),
  anonymous: 401,
  ownerA: status,
  staffA: status,
});

const rows: Row[] = [
  {
    action: 'list one’s own households',
    request: (client) => client.get('/api/v1/me/households'),
    expected: { ...everyone(ok), anonymous: 401 },
  },
  {
    action: 'change the resident’s household',
    request: (client) =>
      client
        .put(`/api/v1/me/households/${ids.own}`)
        .send({ name: 'Ändrad', address: addressBody() }),
    expected: onlyResident(ok),
  },
  {
    action: 'apply for the resident’s household while it waits',
    request: (client) =>
      client.post(`/api/v1/me/households/${ids.own}/application`).send({ reason: 'age' }),
    // The owner gets past the door to the state machine: it has applied already.
    expected: onlyResident(409),
  },
  {
    action: 'withdraw another household’s application',
    request: (client) => client.delete(`/api/v1/me/households/${ids.toDecline}/application`),
    expected: { ...everyone(404), anonymous: 401 },
  },
  {
    action: 'remove the resident’s household in Gällivare',
    request: (client) => client.delete(`/api/v1/me/households/${ids.ownElsewhere}`),
    expected: onlyResident(204),
  },
  {
    action: 'list Arjeplog’s households',
    request: (client) => client.get('/api/v1/admin/municipalities/arjeplog/households'),
    expected: onlyArjeplogAdmin(ok),
  },
  {
    action: 'list Gällivare’s households',
    request: (client) => client.get('/api/v1/admin/municipalities/gallivare/households'),
    expected: { ...everyone(403), anonymous: 401, gallivareAdmin: ok },
  },
  {
    action: 'approve an Arjeplog application',
    request: (client) => client.post(`/api/v1/admin/households/${ids.toApprove}/approve`),
    expected: onlyArjeplogAdmin(ok),
  },
  {
    action: 'decline an Arjeplog application',
    request: (client) =>
      client
        .post(`/api/v1/admin/households/${ids.toDecline}/decline`)
        .send({ reason: 'Bor i centralorten.' }),
    expected: onlyArjeplogAdmin(ok),
  },
  {
    action: 'revoke an Arjeplog approval',
    request: (client) =>
      client
        .post(`/api/v1/admin/households/${ids.toRevoke}/revoke`)
        .send({ reason: 'Har flyttat.' }),
    expected: onlyArjeplogAdmin(ok),
  },
  {
    action: 'search households through shop A',
    request: (client) => client.get(`/api/v1/shops/${ids.shopA}/households?q=Signe`),
    expected: onlyShopA(ok),
  },
  {
    action: 'search households through the Gällivare shop',
    request: (client) => client.get(`/api/v1/shops/${ids.gallivareShop}/households?q=Signe`),
    expected: { ...everyone(403), anonymous: 401, gallivareOwner: ok },
  },
  {
    action: 'read the resident’s household through shop A',
    request: (client) => client.get(`/api/v1/shops/${ids.shopA}/households/${ids.own}`),
    expected: onlyShopA(ok),
  },
  {
    action: 'read an Arjeplog household through the Gällivare shop',
    request: (client) => client.get(`/api/v1/shops/${ids.gallivareShop}/households/${ids.own}`),
    expected: { ...everyone(403), anonymous: 401, gallivareOwner: 404 },
  },
  {
    action: 'take down a contact through shop A',
    request: (client, actor) =>
      client.post(`/api/v1/shops/${ids.shopA}/households`).send({
        name: 'Kontakt Kontaktsson',
        // A number of each actor's own: a repeat would answer the household already there.
        address: addressBody({ phone: `070-174 06 ${70 + actors.indexOf(actor)}` }),
      }),
    expected: onlyShopA(201),
  },
  {
    action: 'place an order by phone through shop A for the resident’s household',
    request: (client) =>
      client.post(`/api/v1/shops/${ids.shopA}/assisted-orders`).send({
        householdId: ids.own,
        // Past the door, the goods are looked up: none such.
        items: [{ variantId: 'no-such-variant', quantity: 1 }],
        fulfilment: { method: 'pickup_in_shop' },
      }),
    expected: onlyShopA(400),
  },
  {
    action: 'place an order by phone through the Gällivare shop for an Arjeplog household',
    request: (client) =>
      client.post(`/api/v1/shops/${ids.gallivareShop}/assisted-orders`).send({
        householdId: ids.own,
        items: [{ variantId: 'no-such-variant', quantity: 1 }],
        fulfilment: { method: 'pickup_in_shop' },
      }),
    expected: { ...everyone(403), anonymous: 401, gallivareOwner: 404 },
  },
];

let t: TestApp;
const clients = new Map<Actor, supertest.Agent>();

beforeAll(async () => {
  t = await createTestApp();
  const [shopA, gallivareShop] = await Promise.all([
    createPublishedShop(t),
    createPublishedShop(t, { municipality: 'gallivare' }),
  ]);
  const resident = await createResident(t);
  const other = await createResident(t);
  clients.set('anonymous', t.agent());
  clients.set('resident', resident.agent);
  clients.set('otherResident', other.agent);
  clients.set('arjeplogAdmin', await t.loginAs('kommun@arjeplog.example.se'));
  clients.set('gallivareAdmin', await t.loginAs('kommun@gallivare.example.se'));
  clients.set('regionAdmin', await t.loginAs('region@example.se'));
  clients.set('ownerA', await t.loginAs(shopA.ownerEmail));
  clients.set('staffA', await t.loginAs(shopA.staffEmail));
  clients.set('gallivareOwner', await t.loginAs(gallivareShop.ownerEmail));

  const own = await applyingHousehold(resident);
  const ownElsewhere = await saveHousehold(resident, {
    municipality: 'gallivare',
    address: { postalCode: '982 31', village: 'Nattavaara' },
  });
  const [toApprove, toDecline, toRevoke] = await Promise.all(
    [1, 2, 3].map(async () => applyingHousehold(await createResident(t))),
  );
  const approval = await clients
    .get('arjeplogAdmin')
    ?.post(`/api/v1/admin/households/${toRevoke?.id ?? ''}/approve`);
  expect(approval?.status).toBe(200);
  Object.assign(ids, {
    own: own.id,
    ownElsewhere: ownElsewhere.id,
    toApprove: toApprove?.id,
    toDecline: toDecline?.id,
    toRevoke: toRevoke?.id,
    shopA: shopA.id,
    gallivareShop: gallivareShop.id,
  });
});
afterAll(() => t.close());

describe('authorization matrix: households', () => {
  itEachMatrixCell({
    rows,
    actors,
    clientOf: (actor) => clients.get(actor),
    codes: { 409: 'status_conflict' },
  });
});
