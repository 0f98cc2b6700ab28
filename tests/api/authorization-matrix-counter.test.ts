import type supertest from 'supertest';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { laisvallSlug } from './support/checkout.ts';
import {
  createOperatorOf,
  newClientId,
  orderToServicePoint,
  pickupCodeOf,
  servicePointId,
} from './support/counter.ts';
import { itEachMatrixCell, matrixStatuses } from './support/matrix.ts';
import { createShoppingWorld } from './support/shopping-world.ts';
import type { TestApp } from './support/test-app.ts';

/**
 * The authorization matrix, continued for the service point's counter (the first parts are
 * authorization-matrix.test.ts and -orders): an operator works only at their own point, a
 * parcel or pickup code of one point opens nothing at another, and admins above a point may
 * see its parcels but not work its counter.
 */
const actors = [
  'anonymous',
  'resident',
  'laisvallOperator',
  'slagnasOperator',
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
  codes?: Partial<Record<number, string>>;
};

const ids = {
  laisvall: '',
  slagnas: '',
  readyParcel: '',
  slagnasParcel: '',
  code: '',
  readyHandover: '',
  waitingHandover: '',
};
const { everyone } = matrixStatuses(actors);
/** Work at a counter: only that point's operator gets past authorization. */
const operatorOnly = (who: Actor, status: number) => ({
  ...everyone(403),
  anonymous: 401,
  [who]: status,
});
/** A point's parcel list: its operator and the admins above it may read it. */
const pointReaders = (operator: Actor) => ({
  ...operatorOnly(operator, 200),
  arjeplogAdmin: 200,
  regionAdmin: 200,
});

const rows: Row[] = [
  {
    action: 'list Laisvall’s parcels',
    request: (client) => client.get(`/api/v1/service-points/${ids.laisvall}/parcels`),
    expected: pointReaders('laisvallOperator'),
  },
  {
    action: 'list Laisvall’s parcels over the longest range, two weeks',
    request: (client) =>
      client.get(`/api/v1/service-points/${ids.laisvall}/parcels?from=2026-11-30&days=14`),
    expected: pointReaders('laisvallOperator'),
  },
  {
    action: 'list Slagnäs’s parcels for tomorrow',
    request: (client) =>
      client.get(`/api/v1/service-points/${ids.slagnas}/parcels?from=2026-12-01&days=1`),
    expected: pointReaders('slagnasOperator'),
  },
  {
    // The query is read before anyone is asked who they are: a bad one tells nobody anything.
    action: 'list Laisvall’s parcels over a range longer than two weeks',
    request: (client) => client.get(`/api/v1/service-points/${ids.laisvall}/parcels?days=15`),
    expected: everyone(400),
    codes: { 400: 'validation_failed' },
  },
  {
    action: 'list the parcels of a point that does not exist',
    request: (client) => client.get('/api/v1/service-points/no-such-point/parcels'),
    expected: { ...everyone(404), anonymous: 401 },
  },
  {
    action: 'check in a Laisvall parcel already checked in',
    request: (client) =>
      client
        .post(`/api/v1/service-points/${ids.laisvall}/check-ins`)
        .send({ parcelCode: ids.readyParcel, clientId: newClientId() }),
    expected: operatorOnly('laisvallOperator', 409),
  },
  {
    action: 'check in a Slagnäs parcel at Laisvall',
    request: (client) =>
      client
        .post(`/api/v1/service-points/${ids.laisvall}/check-ins`)
        .send({ parcelCode: ids.slagnasParcel, clientId: newClientId() }),
    expected: operatorOnly('laisvallOperator', 404),
  },
  {
    action: 'check in a Laisvall parcel at Slagnäs',
    request: (client) =>
      client
        .post(`/api/v1/service-points/${ids.slagnas}/check-ins`)
        .send({ parcelCode: ids.readyParcel, clientId: newClientId() }),
    expected: operatorOnly('slagnasOperator', 404),
  },
  {
    action: 'look up a Laisvall pickup code at Laisvall',
    request: (client) =>
      client
        .post(`/api/v1/service-points/${ids.laisvall}/handovers/lookup`)
        .send({ code: ids.code }),
    expected: operatorOnly('laisvallOperator', 200),
  },
  {
    action: 'look up a Laisvall pickup code at Slagnäs',
    request: (client) =>
      client
        .post(`/api/v1/service-points/${ids.slagnas}/handovers/lookup`)
        .send({ code: ids.code }),
    expected: operatorOnly('slagnasOperator', 404),
  },
  {
    action: 'confirm a Laisvall handover through Slagnäs',
    request: (client) =>
      client
        .post(`/api/v1/service-points/${ids.slagnas}/handovers/${ids.readyHandover}/confirm`)
        .send({ clientId: newClientId(), paymentTakenOre: 0 }),
    expected: operatorOnly('slagnasOperator', 404),
  },
  {
    action: 'confirm a Laisvall handover with nothing ready yet',
    request: (client) =>
      client
        .post(`/api/v1/service-points/${ids.laisvall}/handovers/${ids.waitingHandover}/confirm`)
        .send({ clientId: newClientId(), paymentTakenOre: 0 }),
    expected: operatorOnly('laisvallOperator', 409),
  },
  {
    action: 'send back a Laisvall parcel before its last day',
    request: (client) =>
      client
        .post(`/api/v1/service-points/${ids.laisvall}/send-back`)
        .send({ parcelCode: ids.readyParcel, clientId: newClientId() }),
    expected: operatorOnly('laisvallOperator', 409),
  },
  {
    action: 'send back a Laisvall parcel through Slagnäs',
    request: (client) =>
      client
        .post(`/api/v1/service-points/${ids.slagnas}/send-back`)
        .send({ parcelCode: ids.readyParcel, clientId: newClientId() }),
    expected: operatorOnly('slagnasOperator', 404),
  },
];

let t: TestApp;
const clients = new Map<Actor, supertest.Agent>();

beforeAll(async () => {
  const slagnasSlug = 'slagnas-servicepunkt';
  const world = await createShoppingWorld({
    shops: { shop: { servicePointSlugs: [laisvallSlug, slagnasSlug] } },
    logIn: ['resident', 'operator'],
  });
  t = world.t;
  const { shop } = world.shops;
  const { resident } = world;
  clients.set('anonymous', t.agent());
  clients.set('resident', resident);
  clients.set('laisvallOperator', world.operator);
  clients.set(
    'slagnasOperator',
    await createOperatorOf(t, slagnasSlug, 'ombud@slagnas.example.se'),
  );
  clients.set('arjeplogAdmin', await t.loginAs('kommun@arjeplog.example.se'));
  clients.set('gallivareAdmin', await t.loginAs('kommun@gallivare.example.se'));
  clients.set('regionAdmin', await t.loginAs('region@example.se'));
  clients.set('shopOwner', shop.owner);
  const [ready] = await orderToServicePoint(t, {
    resident,
    shops: [shop],
    email: 'matris@example.se',
  });
  const [waiting] = await orderToServicePoint(t, {
    resident,
    shops: [shop],
    email: 'vantar@example.se',
  });
  const [atSlagnas] = await orderToServicePoint(t, {
    resident,
    shops: [shop],
    servicePointSlug: slagnasSlug,
    email: 'matris.slagnas@example.se',
  });
  if (!ready || !waiting || !atSlagnas) throw new Error('parcels expected');
  Object.assign(ids, {
    laisvall: world.laisvallId,
    slagnas: await servicePointId(t, slagnasSlug),
    readyParcel: ready.parcelCode,
    slagnasParcel: atSlagnas.parcelCode,
    code: await pickupCodeOf(t, ready.handoverId),
    readyHandover: ready.handoverId,
    waitingHandover: waiting.handoverId,
  });
  const checkedIn = await clients
    .get('laisvallOperator')
    ?.post(`/api/v1/service-points/${ids.laisvall}/check-ins`)
    .send({ parcelCode: ready.parcelCode, clientId: newClientId() });
  expect(checkedIn?.status).toBe(200);
});
afterAll(() => t.close());

describe('authorization matrix: the service point’s counter', () => {
  itEachMatrixCell({
    rows,
    actors,
    clientOf: (actor) => clients.get(actor),
    codes: { 409: 'status_conflict' },
  });
});
