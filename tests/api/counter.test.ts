import type supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../shared/src/calendar-dates.ts';
import type { SmsSender } from '../../server/src/integrations/sms.ts';
import { laisvallSlug, type CheckoutShop } from './support/checkout.ts';
import { codeCheckFor } from '../../server/src/modules/counter/counter-views.ts';
import {
  mailsTo,
  newClientId,
  orderToServicePoint,
  pickupCodeOf,
  servicePointId,
  type ParcelFixture,
} from './support/counter.ts';
import { createShoppingWorld } from './support/shopping-world.ts';
import type { TestApp } from './support/test-app.ts';

const slagnasSlug = 'slagnas-servicepunkt';
const sent: { to: string; text: string }[] = [];
const sms: SmsSender = { send: (message) => Promise.resolve(void sent.push(message)) };

let t: TestApp;
let grocery: CheckoutShop;
let bakery: CheckoutShop;
let resident: supertest.Agent;
let operator: supertest.Agent;
let laisvallId = '';
let pair: ParcelFixture[] = [];

const checkIn = (pointId: string, parcelCode: string, clientId = newClientId()) =>
  operator.post(`/api/v1/service-points/${pointId}/check-ins`).send({ parcelCode, clientId });

const listParcels = (query = '') =>
  operator.get(`/api/v1/service-points/${laisvallId}/parcels${query}`);
const idsOf = (response: supertest.Response) =>
  (response.body as { items: { id: string }[] }).items.map((item) => item.id);

const statusOf = async (orderId: string) =>
  (await t.database.knex('shop_orders').where({ id: orderId }).first<{ status: string }>('status'))
    .status;

beforeAll(async () => {
  ({
    t,
    shops: { grocery, bakery },
    resident,
    operator,
    laisvallId,
  } = await createShoppingWorld({
    testApp: { smsSender: sms },
    shops: {
      grocery: { name: 'Diskbutiken', servicePointSlugs: [laisvallSlug, slagnasSlug] },
      bakery: { name: 'Diskbageriet' },
    },
    logIn: ['resident', 'operator'],
  }));
  pair = await orderToServicePoint(t, {
    resident,
    shops: [grocery, bakery],
    email: 'par@example.se',
  });
});
afterAll(() => t.close());

describe('the counter’s expected parcels', () => {
  it('lists parcels on their way with shop, resident, parcel code and the freezer they need', async () => {
    const [frozen] = await orderToServicePoint(t, {
      resident,
      shops: [grocery],
      email: 'frys@example.se',
      storageClass: 'frozen',
    });
    const list = await operator.get(`/api/v1/service-points/${laisvallId}/parcels`);
    expect(list.status).toBe(200);
    expect(list.body.today).toBe('2026-11-30');
    const parcel = list.body.items.find((item: { id: string }) => item.id === frozen?.orderId);
    expect(parcel).toMatchObject({
      parcelCode: frozen?.parcelCode,
      status: 'in_transit',
      shop: { name: 'Diskbutiken' },
      resident: { name: 'Test Testsson' },
      storageClass: 'frozen',
      isDueForReturn: false,
      handover: { pickupDate: '2026-12-03', lastDay: null },
    });
    expect(parcel.handover.codeCheck).toEqual(expect.any(Number));
  });

  it('does not give a handover’s pickup code away: hundreds of codes fit the check it carries', async () => {
    const [parcel] = pair;
    const list = await listParcels();
    const listed = (
      list.body as { items: { id: string; handover: Record<string, unknown> }[] }
    ).items.find((item) => item.id === parcel?.orderId);
    if (!parcel || !listed) throw new Error('the pair’s parcel is listed');
    const handoverId = listed.handover.id as string;
    expect(Object.keys(listed.handover).sort()).toEqual([
      'codeCheck',
      'id',
      'lastDay',
      'pickupDate',
    ]);
    const code = await pickupCodeOf(t, handoverId);
    expect(codeCheckFor(handoverId, code)).toBe(listed.handover.codeCheck);
    // Trying codes as anyone holding the list could: a fifth of all six-digit codes already
    // holds about 49 that fit (1 in 4 096), so the check does not tell which one is the code.
    let fitting = 0;
    for (let value = 0; value < 200_000; value += 1)
      if (codeCheckFor(handoverId, String(value).padStart(6, '0')) === listed.handover.codeCheck)
        fitting += 1;
    expect(fitting).toBeGreaterThan(20);
    // 200 000 hashes: seconds of CPU on a busy machine.
  }, 60_000);
});

describe('the counter’s coming days', () => {
  it('lists today and the six coming days unless asked otherwise, and says which days those are', async () => {
    const response = await listParcels();
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      today: '2026-11-30',
      from: '2026-11-30',
      until: '2026-12-06',
      nextCursor: null,
    });
    expect(idsOf(response)).toEqual(expect.arrayContaining(pair.map((parcel) => parcel.orderId)));
  });

  it('lists the parcels on their way due in the range asked, and what has arrived whatever its day', async () => {
    const [early] = await orderToServicePoint(t, {
      resident,
      shops: [bakery],
      email: 'tidigt@example.se',
    });
    if (!early) throw new Error('a parcel expected');
    // Due on Thursday, it comes on Monday: checked in, it waits at the counter from now on.
    expect((await checkIn(laisvallId, early.parcelCode)).status).toBe(200);
    const pairIds = pair.map((parcel) => parcel.orderId);

    const thursday = await listParcels('?from=2026-12-03&days=1');
    expect(thursday.body).toMatchObject({ from: '2026-12-03', until: '2026-12-03' });
    expect(idsOf(thursday)).toEqual(expect.arrayContaining([...pairIds, early.orderId]));

    const fridayOn = await listParcels('?from=2026-12-04&days=2');
    expect(fridayOn.body.until).toBe('2026-12-05');
    expect(idsOf(fridayOn)).toContain(early.orderId);
    expect(idsOf(fridayOn)).not.toContain(pairIds[0]);

    const untilWednesday = await listParcels('?days=3');
    expect(untilWednesday.body.until).toBe('2026-12-02');
    expect(idsOf(untilWednesday)).not.toContain(pairIds[0]);
    expect(idsOf(untilWednesday)).toContain(early.orderId);
  });

  it('lists two weeks at most: a longer range, a day that does not exist or an unknown field is 400', async () => {
    const longest = await listParcels('?days=14');
    expect(longest.status).toBe(200);
    expect(longest.body.until).toBe('2026-12-13');
    for (const [query, field] of [
      ['?days=15', 'days'],
      ['?days=0', 'days'],
      ['?days=two', 'days'],
      ['?from=2026-02-30', 'from'],
      ['?from=tomorrow', 'from'],
      ['?date=2026-12-01', 'date'],
    ] as const) {
      const response = await listParcels(query);
      expect(response.status, query).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.body.code).toBe('validation_failed');
      expect(response.body.errors.map((error: { field: string }) => error.field)).toEqual([field]);
    }
  });
});

describe('the operator’s roles', () => {
  it('name the service point they run, beside its slug', async () => {
    const me = await operator.get('/api/v1/me');
    expect(me.body.roles).toContainEqual({
      role: 'service_point_operator',
      scope: {
        type: 'service_point',
        id: laisvallId,
        slug: laisvallSlug,
        name: 'Laisvall Byhandel',
      },
    });
  });
});

describe('checking parcels in', () => {
  it('makes a two-shop handover ready only when both parcels are in, with one notice', async () => {
    const [first, second] = pair;
    if (!first || !second) throw new Error('two parcels expected');
    const one = await checkIn(laisvallId, first.parcelCode.toLowerCase());
    expect(one.status).toBe(200);
    expect(one.body).toMatchObject({ parcel: { status: 'arrived' }, handoverReady: false });
    expect(await mailsTo(t, 'par@example.se', 'pickup_ready')).toHaveLength(0);

    const two = await checkIn(laisvallId, second.parcelCode);
    expect(two.body).toMatchObject({ parcel: { status: 'ready_for_pickup' }, handoverReady: true });
    expect(await statusOf(first.orderId)).toBe('ready_for_pickup');
    const code = await pickupCodeOf(t, first.handoverId);
    const mails = await mailsTo(t, 'par@example.se', 'pickup_ready');
    expect(mails).toHaveLength(1);
    expect(mails[0]?.text_body).toContain(code);
    expect(mails[0]?.text_body).toContain('Laisvall Byhandel');
    expect(two.body.parcel.handover.lastDay).toBe('2026-12-17');
    const texts = sent.filter((message) => message.text.includes(code));
    expect(texts).toHaveLength(1);
    // The last day as a reader writes it, not 2026-12-17.
    expect(texts[0]?.text).toMatch(/Hämta senast tors 17 dec\.$/);
  });

  it('answers a replayed check-in the same and refuses a second one under a new id', async () => {
    const [first] = await orderToServicePoint(t, {
      resident,
      shops: [bakery],
      email: 'igen@example.se',
    });
    if (!first) throw new Error('a parcel expected');
    const clientId = newClientId();
    const once = await checkIn(laisvallId, first.parcelCode, clientId);
    const replay = await checkIn(laisvallId, first.parcelCode, clientId);
    expect(replay.status).toBe(200);
    expect(replay.body).toEqual(once.body);
    expect(await mailsTo(t, 'igen@example.se', 'pickup_ready')).toHaveLength(1);
    const again = await checkIn(laisvallId, first.parcelCode);
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('status_conflict');
  });

  it('makes a handover ready once when both its parcels are checked in at the same moment', async () => {
    const parcels = await orderToServicePoint(t, {
      resident,
      shops: [grocery, bakery],
      email: 'samtidigt@example.se',
    });
    const answers = await Promise.all(
      parcels.map((parcel) => checkIn(laisvallId, parcel.parcelCode)),
    );
    expect(answers.map((answer) => answer.status)).toEqual([200, 200]);
    for (const parcel of parcels) expect(await statusOf(parcel.orderId)).toBe('ready_for_pickup');
    expect(await mailsTo(t, 'samtidigt@example.se', 'pickup_ready')).toHaveLength(1);
  });

  it('opens nothing at one point with the parcel code of another', async () => {
    const [atSlagnas] = await orderToServicePoint(t, {
      resident,
      shops: [grocery],
      servicePointSlug: slagnasSlug,
      email: 'slagnas@example.se',
    });
    if (!atSlagnas) throw new Error('a parcel expected');
    const here = await checkIn(laisvallId, atSlagnas.parcelCode);
    expect(here.status).toBe(404);
    expect(here.body.code).toBe('not_found');
    const there = await checkIn(await servicePointId(t, slagnasSlug), atSlagnas.parcelCode);
    expect(there.status).toBe(403);
    expect(there.body.code).toBe('forbidden');
  });

  it('makes the arrived parcels ready when the one still missing is cancelled by its shop', async () => {
    const [arrives, cancelled] = await orderToServicePoint(t, {
      resident,
      shops: [grocery, bakery],
      email: 'halva@example.se',
      inTransit: false,
    });
    if (!arrives || !cancelled) throw new Error('two parcels expected');
    await orderStep(arrives.orderId, grocery, ['accept', 'pack'], 'hand_over');
    await orderStep(cancelled.orderId, bakery, [], 'cancel_by_shop');
    expect((await checkIn(laisvallId, arrives.parcelCode)).body.handoverReady).toBe(true);
    expect(await mailsTo(t, 'halva@example.se', 'pickup_ready')).toHaveLength(1);
  });
});

/** Steps through the shop's API, then one transition as the shop's own screens will fire it. */
async function orderStep(
  orderId: string,
  shop: CheckoutShop,
  steps: string[],
  event: 'hand_over' | 'cancel_by_shop',
) {
  for (const step of steps)
    expect(
      (await shop.owner.post(`/api/v1/shops/${shop.id}/orders/${orderId}/${step}`)).status,
    ).toBe(200);
  // Through the orders module's lifecycle door, as the shop's screen fires it.
  await t.services.orders.lifecycle.fire([
    {
      orderId,
      shopId: shop.id,
      event,
      by: { userId: null, kind: 'shop_owner' },
      origin: { requestId: 'test', channel: 'shop_admin', ip: null, device: null },
    },
  ]);
}

describe('a shop’s cancel of the parcel still missing', () => {
  it('lets the minute job make the handover ready for the parcel that did arrive', async () => {
    const [arrives, cancelled] = await orderToServicePoint(t, {
      resident,
      shops: [grocery, bakery],
      email: 'senare@example.se',
      inTransit: false,
    });
    if (!arrives || !cancelled) throw new Error('two parcels expected');
    await orderStep(arrives.orderId, grocery, ['accept', 'pack'], 'hand_over');
    expect((await checkIn(laisvallId, arrives.parcelCode)).body.handoverReady).toBe(false);
    await orderStep(cancelled.orderId, bakery, [], 'cancel_by_shop');
    expect((await t.services.counter.housekeeping()).madeReady).toBe(1);
    expect(await statusOf(arrives.orderId)).toBe('ready_for_pickup');
    expect(await mailsTo(t, 'senare@example.se', 'pickup_ready')).toHaveLength(1);
  });
});

describe('the last day', () => {
  const sendBack = (parcelCode: string, clientId = newClientId()) =>
    operator.post(`/api/v1/service-points/${laisvallId}/send-back`).send({ parcelCode, clientId });

  it('refuses to send back a parcel before its last day has passed', async () => {
    const response = await sendBack(pair[0]?.parcelCode ?? '');
    expect(response.status).toBe(409);
    expect(response.body.code).toBe('status_conflict');
  });

  it('reminds the resident the day before the last day, once', async () => {
    expect((await t.services.counter.housekeeping()).reminded).toBe(0);
    t.clock.advance(Date.parse('2026-12-16T11:00:00Z') - t.clock.now());
    await t.services.counter.housekeeping();
    await t.services.counter.housekeeping();
    const reminders = await mailsTo(t, 'par@example.se', 'pickup_reminder');
    expect(reminders).toHaveLength(1);
    expect(reminders[0]?.text_body).toContain(await pickupCodeOf(t, pair[0]?.handoverId ?? ''));
  });

  it('lists what is past its last day and sends it back, once per client id', async () => {
    t.clock.advance(Date.parse('2026-12-18T09:00:00Z') - t.clock.now());
    const [first] = pair;
    if (!first) throw new Error('a parcel expected');
    const list = await operator.get(`/api/v1/service-points/${laisvallId}/parcels`);
    const due = list.body.items.find((item: { id: string }) => item.id === first.orderId);
    expect(due.isDueForReturn).toBe(true);
    const clientId = newClientId();
    const back = await sendBack(first.parcelCode, clientId);
    expect(back.status).toBe(200);
    expect(back.body.parcel.status).toBe('returning');
    const replay = await sendBack(first.parcelCode, clientId);
    expect(replay.body).toEqual(back.body);
    const again = await sendBack(first.parcelCode);
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('status_conflict');
  });
});

describe('parcels late at the counter', () => {
  it('lists a parcel on its way whose day has passed in every range, so it can still be checked in', async () => {
    const [late] = await orderToServicePoint(t, {
      resident,
      shops: [grocery],
      email: 'sen@example.se',
    });
    if (!late) throw new Error('a parcel expected');
    const { pickup_date: due } = await t.database
      .knex('shop_orders')
      .where({ id: late.orderId })
      .first<{ pickup_date: string }>('pickup_date');
    t.clock.advance(Date.parse(`${addDays(due, 2)}T11:00:00Z`) - t.clock.now());
    const later = await listParcels(`?from=${addDays(due, 5)}&days=1`);
    expect(later.body.today).toBe(addDays(due, 2));
    const parcel = later.body.items.find((item: { id: string }) => item.id === late.orderId);
    expect(parcel).toMatchObject({ status: 'in_transit', handover: { pickupDate: due } });
    expect((await checkIn(laisvallId, late.parcelCode)).status).toBe(200);
  });
});
