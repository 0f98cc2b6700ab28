import { randomUUID } from 'node:crypto';
import type supertest from 'supertest';
import { afterAll, beforeAll, describe } from 'vitest';
import {
  createCarrier,
  createZone,
  handToCarrier,
  orderWithNote,
  type CarrierFixture,
} from './support/deliveries.ts';
import { itEachMatrixCell, matrixStatuses } from './support/matrix.ts';
import { createShoppingWorld } from './support/shopping-world.ts';
import type { TestApp } from './support/test-app.ts';

/**
 * The authorization matrix, continued for home deliveries (decision 0020): a carrier's staff
 * read and work only their own company's day, a note of another carrier is missing even to a
 * carrier, a carrier of another municipality sees nothing, nobody above a carrier drives for
 * it, and a shop's notes are its own staff's.
 */
const actors = [
  'anonymous',
  'resident',
  'taxiDriver',
  'busDriver',
  'gallivareDriver',
  'arjeplogAdmin',
  'regionAdmin',
  'shopOwner',
  'otherShopOwner',
] as const;
type Actor = (typeof actors)[number];
type Row = {
  action: string;
  request: (client: supertest.Agent) => supertest.Test;
  expected: Record<Actor, number>;
};

const monday = '2026-11-30';
const ids = { shop: '', order: '', handedOrder: '', bus: '' };
const carriers: Record<string, CarrierFixture> = {};
const { only } = matrixStatuses(actors);
const taxiUrl = (path: string) => `/api/v1/carriers/${carriers.taxi?.slug ?? ''}${path}`;
const busUrl = (path: string) => `/api/v1/carriers/${carriers.bus?.slug ?? ''}${path}`;
const shopUrl = (path = '') => `/api/v1/shops/${ids.shop}/deliveries${path}`;

const rows: Row[] = [
  {
    action: 'read the taxi’s day',
    request: (client) => client.get(taxiUrl(`/deliveries?date=${monday}`)),
    expected: only('taxiDriver', 200),
  },
  {
    action: 'arrange the taxi’s day',
    request: (client) =>
      client.put(taxiUrl('/deliveries/order')).send({ date: monday, orderIds: [ids.handedOrder] }),
    expected: only('taxiDriver', 200),
  },
  {
    action: 'deliver the taxi’s stop without saying what was paid (nothing changes)',
    request: (client) =>
      client
        .post(taxiUrl(`/deliveries/${ids.handedOrder}/deliver`))
        .send({ clientId: randomUUID() }),
    expected: only('taxiDriver', 400),
  },
  {
    action: 'deliver the taxi’s stop as the other carrier',
    request: (client) =>
      client
        .post(busUrl(`/deliveries/${ids.handedOrder}/deliver`))
        .send({ clientId: randomUUID(), collectedOre: 1990 }),
    expected: only('busDriver', 404),
  },
  {
    action: 'fail the taxi’s stop as the other carrier',
    request: (client) =>
      client
        .post(busUrl(`/deliveries/${ids.handedOrder}/fail`))
        .send({ clientId: randomUUID(), reason: 'not_home' }),
    expected: only('busDriver', 404),
  },
  {
    action: 'start a run for the taxi',
    request: (client) =>
      client
        .post(taxiUrl('/runs'))
        .send({ clientId: randomUUID(), date: monday, route: 'Laisvall', vehicle: 'ABC 123' }),
    expected: only('taxiDriver', 201),
  },
  {
    action: 'list the shop’s deliveries',
    request: (client) => client.get(shopUrl()),
    expected: only('shopOwner', 200),
  },
  {
    action: 'download the shop’s delivery note',
    request: (client) => client.get(shopUrl(`/${ids.order}/note.pdf`)),
    expected: only('shopOwner', 200),
  },
  {
    action: 'assign a carrier that does not drive that day (nothing changes)',
    request: (client) => client.put(shopUrl(`/${ids.order}/carrier`)).send({ carrierId: ids.bus }),
    expected: only('shopOwner', 400),
  },
];

let t: TestApp;
const clients = new Map<Actor, supertest.Agent>();

beforeAll(async () => {
  const world = await createShoppingWorld({
    shops: { shop: {}, other: {} },
    logIn: ['resident'],
  });
  t = world.t;
  const { shop, other } = world.shops;
  const zoneId = await createZone(t);
  carriers.taxi = await createCarrier(t, { zones: [{ zoneId, weekdays: [1] }], shops: [shop] });
  carriers.bus = await createCarrier(t, { zones: [{ zoneId, weekdays: [3] }], shops: [shop] });
  const gallivare = await createCarrier(t, { municipality: 'gallivare', zones: [], shops: [] });
  ids.shop = shop.id;
  ids.bus = carriers.bus.id;
  ids.order = (
    await orderWithNote(t, { shop, buyer: world.resident, zoneId, date: monday })
  ).orderId;
  ids.handedOrder = (
    await orderWithNote(t, { shop, buyer: world.resident, zoneId, date: monday })
  ).orderId;
  await handToCarrier(shop, ids.handedOrder, carriers.taxi.id);
  clients.set('anonymous', t.agent());
  clients.set('resident', world.resident);
  clients.set('taxiDriver', carriers.taxi.driver);
  clients.set('busDriver', carriers.bus.driver);
  clients.set('gallivareDriver', gallivare.driver);
  clients.set('arjeplogAdmin', await t.loginAs('kommun@arjeplog.example.se'));
  clients.set('regionAdmin', await t.loginAs('region@example.se'));
  clients.set('shopOwner', shop.owner);
  clients.set('otherShopOwner', other.owner);
});
afterAll(() => t.close());

describe('authorization matrix: home deliveries', () => {
  itEachMatrixCell({ rows, actors, clientOf: (actor) => clients.get(actor) });
});
