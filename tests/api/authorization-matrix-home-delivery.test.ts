import type supertest from 'supertest';
import { afterAll, beforeAll, describe } from 'vitest';
import { createUsersRepository } from '../../server/src/modules/users/users.repository.ts';
import { createResident } from './support/households.ts';
import { demoShopId, setClock, settingsBody } from './support/home-delivery.ts';
import { itEachMatrixCell, matrixStatuses } from './support/matrix.ts';
import { createTestApp, demoPassword, type TestApp } from './support/test-app.ts';
import { testHasher } from './support/test-hasher.ts';

/**
 * The authorization matrix for home delivery's set-up (decision 0020): a municipality's
 * set-up is its own admins' and the region's; a shop's opt-in its owner's alone, not its
 * staff's nor another shop's; a carrier's staff set nothing up. The offers and the public
 * page are for everyone.
 */
const actors = [
  'anonymous',
  'resident',
  'arjeplogAdmin',
  'gallivareAdmin',
  'regionAdmin',
  'groceryOwner',
  'groceryStaff',
  'bakeryOwner',
  'carrier',
] as const;
type Actor = (typeof actors)[number];
type Row = {
  action: string;
  request: (client: supertest.Agent, actor: Actor) => supertest.Test;
  expected: Record<Actor, number>;
};

const ok = 200;
const admin = '/api/v1/admin/municipalities/arjeplog/home-delivery';
const ids = { grocery: '', bakery: '', hardware: '', zone: '', carrier: '' };
const { everyone } = matrixStatuses(actors);
const arjeplogAdmins = (status: number) => ({
  ...everyone(403),
  anonymous: 401,
  arjeplogAdmin: status,
  regionAdmin: status,
});
const onlyGroceryOwner = (status: number) => ({
  ...everyone(403),
  anonymous: 401,
  groceryOwner: status,
});
/**
 * Each actor writes its own zone, carrier and agreement, so one allowed write never blocks the
 * next.
 */
const own = (actor: Actor) => actors.indexOf(actor);

const rows: Row[] = [
  {
    action: 'read Arjeplog’s home-delivery set-up',
    request: (client) => client.get(admin),
    expected: arjeplogAdmins(ok),
  },
  {
    action: 'read Gällivare’s home-delivery set-up',
    request: (client) => client.get('/api/v1/admin/municipalities/gallivare/home-delivery'),
    expected: { ...everyone(403), anonymous: 401, gallivareAdmin: ok, regionAdmin: ok },
  },
  {
    action: 'change Arjeplog’s settings',
    request: (client) => client.put(`${admin}/settings`).send(settingsBody()),
    expected: arjeplogAdmins(ok),
  },
  {
    action: 'add a zone in Arjeplog',
    request: (client, actor) =>
      client.post(`${admin}/zones`).send({
        name: `Matriszon ${own(actor)}`,
        routeDays: [{ weekday: 3, cutoffWeekday: 2, cutoffTime: '12:00' }],
        places: [{ postalCode: `930 ${60 + own(actor)}`, village: 'Matrisbyn' }],
      }),
    expected: arjeplogAdmins(201),
  },
  {
    action: 'change an Arjeplog zone',
    request: (client) =>
      client.put(`${admin}/zones/${ids.zone}`).send({
        name: 'Matriszonen',
        routeDays: [{ weekday: 3, cutoffWeekday: 2, cutoffTime: '12:00' }],
        places: [{ postalCode: '930 59', village: 'Matrisbyn' }],
      }),
    expected: arjeplogAdmins(ok),
  },
  {
    action: 'register a carrier in Arjeplog',
    request: (client, actor) =>
      client
        .post(`${admin}/carriers`)
        .send({ name: `Matrisfrakt ${own(actor)}`, orgNumber: '556036-0793', zones: [] }),
    expected: arjeplogAdmins(201),
  },
  {
    action: 'change an Arjeplog carrier',
    request: (client) =>
      client
        .put(`${admin}/carriers/${ids.carrier}`)
        .send({ name: 'Matrisfrakten', orgNumber: '556036-0793', zones: [] }),
    expected: arjeplogAdmins(ok),
  },
  {
    action: 'invite staff to an Arjeplog carrier',
    request: (client, actor) =>
      client
        .post(`${admin}/carriers/${ids.carrier}/invitations`)
        .send({ email: `forare-${own(actor)}@frakt.example.se` }),
    expected: arjeplogAdmins(201),
  },
  {
    action: 'list an Arjeplog carrier’s staff',
    request: (client) => client.get(`${admin}/carriers/${ids.carrier}/staff`),
    expected: arjeplogAdmins(ok),
  },
  {
    // The hardware shop has none yet; each actor's in a year of its own, as no two agreements
    // with one shop may overlap.
    action: 'make an agreement with the hardware shop',
    request: (client, actor) =>
      client.post(`${admin}/agreements`).send({
        shopId: ids.hardware,
        kind: 'standard',
        validFrom: `${2030 + own(actor)}-01-01`,
        validTo: `${2030 + own(actor)}-12-31`,
      }),
    expected: arjeplogAdmins(201),
  },
  {
    action: 'read the grocery’s opt-in',
    request: (client) => client.get(`/api/v1/shops/${ids.grocery}/home-delivery-settings`),
    expected: onlyGroceryOwner(ok),
  },
  {
    action: 'change the grocery’s opt-in',
    request: (client) =>
      client
        .put(`/api/v1/shops/${ids.grocery}/home-delivery-settings`)
        .send({ isEnabled: false, zoneIds: [], carrierIds: [] }),
    expected: onlyGroceryOwner(ok),
  },
  {
    action: 'change the bakery’s opt-in',
    request: (client) =>
      client
        .put(`/api/v1/shops/${ids.bakery}/home-delivery-settings`)
        .send({ isEnabled: false, zoneIds: [], carrierIds: [] }),
    expected: { ...everyone(403), anonymous: 401, bakeryOwner: ok },
  },
  {
    action: 'ask whether the bakery delivers to Laisvall',
    request: (client) =>
      client.get(`/api/v1/shops/${ids.bakery}/home-delivery?postalCode=93093&village=Laisvall`),
    expected: everyone(ok),
  },
  {
    action: 'read Arjeplog’s public home-delivery page',
    request: (client) => client.get('/api/v1/municipalities/arjeplog/home-delivery'),
    expected: everyone(ok),
  },
];

let t: TestApp;
const clients = new Map<Actor, supertest.Agent>();

beforeAll(async () => {
  t = await createTestApp();
  setClock(t, '2027-03-01T10:00:00+01:00');
  ids.grocery = await demoShopId(t, 'silvervagens-livs');
  ids.bakery = await demoShopId(t, 'slagnas-bageri');
  ids.hardware = await demoShopId(t, 'fjalljarn-arjeplog');
  const { knex } = t.database;
  const users = createUsersRepository(knex);
  const staff = await users.insert({
    email: 'personal@silvervagens-livs.example.se',
    name: 'Sam Personal',
    passwordHash: await testHasher.hash(demoPassword),
    locale: 'sv',
    now: t.clock.now(),
  });
  await users.addRole({
    userId: staff.id,
    role: 'shop_staff',
    scopeType: 'shop',
    scopeId: ids.grocery,
    now: t.clock.now(),
  });
  clients.set('anonymous', t.agent());
  clients.set('resident', (await createResident(t)).agent);
  clients.set('arjeplogAdmin', await t.loginAs('kommun@arjeplog.example.se'));
  clients.set('gallivareAdmin', await t.loginAs('kommun@gallivare.example.se'));
  clients.set('regionAdmin', await t.loginAs('region@example.se'));
  clients.set('groceryOwner', await t.loginAs('butik@arjeplog.example.se'));
  clients.set('groceryStaff', await t.loginAs('personal@silvervagens-livs.example.se'));
  clients.set('bakeryOwner', await t.loginAs('bageri@arjeplog.example.se'));
  clients.set('carrier', await t.loginAs('bud@arjeplog.example.se'));
  const zone = await knex('delivery_zones')
    .where({ name: 'Mellanström' })
    .first<{ id: string }>('id');
  const carrier = await knex('carriers').where({ name: 'Posten' }).first<{ id: string }>('id');
  Object.assign(ids, { zone: zone.id, carrier: carrier.id });
});
afterAll(() => t.close());

describe('authorization matrix: home delivery’s set-up', () => {
  itEachMatrixCell({ rows, actors, clientOf: (actor) => clients.get(actor) });
});
