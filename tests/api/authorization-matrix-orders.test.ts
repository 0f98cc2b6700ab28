import type supertest from 'supertest';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { contact } from './support/checkout.ts';
import { itEachMatrixCell, matrixStatuses } from './support/matrix.ts';
import { createShoppingWorld } from './support/shopping-world.ts';
import type { TestApp } from './support/test-app.ts';
import { registerResident } from './support/registration.ts';

/**
 * The authorization matrix, continued for baskets, checkouts and shop orders (the first part
 * is authorization-matrix.test.ts). A resident never sees another resident's basket or order,
 * a shop only its own orders; ids of the other side are in every path.
 */
const actors = [
  'anonymous',
  'resident',
  'otherResident',
  'arjeplogAdmin',
  'ownerA',
  'staffA',
  'ownerB',
] as const;
type Actor = (typeof actors)[number];
type Row = {
  action: string;
  request: (client: supertest.Agent) => supertest.Test;
  expected: Record<Actor, number>;
};

const ok = 200;
const ids = {
  shopA: '',
  shopB: '',
  orderA: '',
  checkout: '',
  basketItem: '',
  cancellableOrder: '',
  cancellableCheckout: '',
};
const shopAOnly = (allowed: number): Record<Actor, number> => ({
  anonymous: 401,
  resident: 403,
  otherResident: 403,
  arjeplogAdmin: 403,
  ownerA: allowed,
  staffA: allowed,
  ownerB: 403,
});
const { everyone } = matrixStatuses(actors);

const rows: Row[] = [
  {
    action: 'list Arjeplog’s orders as its admin',
    request: (client) => client.get('/api/v1/admin/municipalities/arjeplog/orders'),
    expected: { ...everyone(403), anonymous: 401, arjeplogAdmin: ok },
  },
  {
    action: 'list Gällivare’s orders as an admin',
    request: (client) => client.get('/api/v1/admin/municipalities/gallivare/orders'),
    expected: { ...everyone(403), anonymous: 401 },
  },
  {
    action: 'list shop A’s orders',
    request: (client) => client.get(`/api/v1/shops/${ids.shopA}/orders`),
    expected: shopAOnly(ok),
  },
  {
    action: 'read shop A’s order',
    request: (client) => client.get(`/api/v1/shops/${ids.shopA}/orders/${ids.orderA}`),
    expected: shopAOnly(ok),
  },
  {
    action: 'read shop A’s order through shop B',
    request: (client) => client.get(`/api/v1/shops/${ids.shopB}/orders/${ids.orderA}`),
    expected: { ...shopAOnly(403), ownerB: 404 },
  },
  {
    action: 'pack shop A’s order before it is accepted',
    request: (client) => client.post(`/api/v1/shops/${ids.shopA}/orders/${ids.orderA}/pack`),
    // Allowed actors get past authorization to the state machine.
    expected: shopAOnly(409),
  },
  {
    action: 'decline shop A’s order through shop B',
    request: (client) =>
      client
        .post(`/api/v1/shops/${ids.shopB}/orders/${ids.orderA}/decline`)
        .send({ reason: 'Inte vår order' }),
    expected: { ...shopAOnly(403), ownerB: 404 },
  },
  ...(['mark-ready', 'hand-over', 'collect', 'confirm-return', 'perform', 'no-show'] as const).map(
    (step) => ({
      action: `${step} shop A’s order out of turn`,
      request: (client: supertest.Agent) =>
        client.post(`/api/v1/shops/${ids.shopA}/orders/${ids.orderA}/${step}`),
      expected: shopAOnly(409),
    }),
  ),
  {
    action: 'mark shop A’s booking not come to through shop B',
    request: (client) => client.post(`/api/v1/shops/${ids.shopB}/orders/${ids.orderA}/no-show`),
    expected: { ...shopAOnly(403), ownerB: 404 },
  },
  {
    action: 'hand over shop A’s order through shop B’s list',
    request: (client) =>
      client.post(`/api/v1/shops/${ids.shopB}/orders/hand-over`).send({ orderIds: [ids.orderA] }),
    expected: { ...shopAOnly(403), ownerB: 404 },
  },
  {
    action: 'cancel shop A’s order through shop B',
    request: (client) =>
      client
        .post(`/api/v1/shops/${ids.shopB}/orders/${ids.orderA}/cancel`)
        .send({ reason: 'Inte vår order' }),
    expected: { ...shopAOnly(403), ownerB: 404 },
  },
  {
    action: 'read shop A’s pick list',
    request: (client) => client.get(`/api/v1/shops/${ids.shopA}/pick-list`),
    expected: shopAOnly(ok),
  },
  ...(['sales', 'sales.csv'] as const).map((path) => ({
    action: `read shop A’s ${path}`,
    request: (client: supertest.Agent) =>
      client.get(`/api/v1/shops/${ids.shopA}/${path}?from=2026-11-30&to=2026-11-30`),
    // The books are the owner's: staff work the orders, not the money.
    expected: { ...shopAOnly(403), ownerA: ok },
  })),
  {
    action: 'cancel the resident’s order',
    request: (client) =>
      client.post(
        `/api/v1/checkouts/${ids.cancellableCheckout}/orders/${ids.cancellableOrder}/cancel`,
      ),
    // Only who placed it; anyone else learns nothing. The shop declines or cancels its way.
    expected: { ...everyone(404), resident: ok },
  },
  {
    action: 'cancel shop A’s order through the resident’s other checkout',
    request: (client) =>
      client.post(`/api/v1/checkouts/${ids.cancellableCheckout}/orders/${ids.orderA}/cancel`),
    expected: everyone(404),
  },
  {
    action: 'read the resident’s checkout',
    request: (client) => client.get(`/api/v1/checkouts/${ids.checkout}`),
    // Anyone else learns nothing, not even that it exists.
    expected: { ...everyone(404), resident: ok },
  },
  {
    action: 'list one’s own checkouts',
    request: (client) => client.get('/api/v1/me/checkouts'),
    expected: { ...everyone(ok), anonymous: 401 },
  },
  {
    action: 'change the resident’s basket item',
    request: (client) =>
      client.patch(`/api/v1/basket/items/${ids.basketItem}`).send({ quantity: 3 }),
    expected: { ...everyone(404), resident: ok },
  },
  {
    action: 'read one’s own basket',
    request: (client) => client.get('/api/v1/basket'),
    expected: everyone(ok),
  },
];

let t: TestApp;
const clients = new Map<Actor, supertest.Agent>();

beforeAll(async () => {
  const world = await createShoppingWorld({
    shops: { shopA: {}, shopB: {} },
    goods: { good: { shop: 'shopA', title: 'Matrisvara', priceOre: 1000, stock: 50 } },
    logIn: ['resident'],
  });
  t = world.t;
  const { shopA, shopB } = world.shops;
  const { good } = world.goods;
  const { resident } = world;
  clients.set('anonymous', t.agent());
  clients.set('resident', resident);
  clients.set('arjeplogAdmin', await t.loginAs('kommun@arjeplog.example.se'));
  clients.set('ownerA', shopA.owner);
  clients.set('staffA', await t.loginAs(shopA.staffEmail));
  clients.set('ownerB', shopB.owner);
  await registerResident(t, {
    email: 'annan.boende@example.se',
    password: 'ett-langt-losenord',
    name: 'Annan Boende',
  });
  clients.set('otherResident', await t.loginAs('annan.boende@example.se', 'ett-langt-losenord'));

  await resident.post('/api/v1/basket/items').send({ productId: good, quantity: 1 });
  const checkout = await resident.post('/api/v1/checkout').send({
    contact,
    fulfilments: [{ shopId: shopA.id, method: 'pickup_in_shop' }],
    payment: 'pay_at_pickup',
  });
  expect(checkout.status).toBe(201);
  await resident.post('/api/v1/basket/items').send({ productId: good, quantity: 1 });
  const cancellable = await resident.post('/api/v1/checkout').send({
    contact,
    fulfilments: [{ shopId: shopA.id, method: 'pickup_in_shop' }],
    payment: 'pay_at_pickup',
  });
  expect(cancellable.status).toBe(201);
  const added = await resident.post('/api/v1/basket/items').send({ productId: good, quantity: 1 });
  Object.assign(ids, {
    shopA: shopA.id,
    shopB: shopB.id,
    orderA: checkout.body.checkout.orders[0].id as string,
    checkout: checkout.body.checkout.id as string,
    basketItem: added.body.basket.items[0].id as string,
    cancellableOrder: cancellable.body.checkout.orders[0].id as string,
    cancellableCheckout: cancellable.body.checkout.id as string,
  });
});
afterAll(() => t.close());

describe('authorization matrix: baskets, checkouts and orders', () => {
  itEachMatrixCell({
    rows,
    actors,
    clientOf: (actor) => clients.get(actor),
    codes: { 409: 'status_conflict' },
  });
});
