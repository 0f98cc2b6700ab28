import type supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoDeliveryHistory } from '../../server/src/seed/demo-deliveries.ts';
import { contact, type CheckoutShop } from './support/checkout.ts';
import {
  createCarrier,
  createHousehold,
  createZone,
  handToCarrier,
  newClientId,
  orderWithNote,
  type CarrierFixture,
} from './support/deliveries.ts';
import { mailsTo } from './support/counter.ts';
import { statusOf } from './support/orders.ts';
import { createShoppingWorld } from './support/shopping-world.ts';
import type { TestApp } from './support/test-app.ts';

// The world's clock: Monday 30 November 2026, 12:00 in Stockholm.
const monday = '2026-11-30';
const tuesday = '2026-12-01';

let t: TestApp;
let grocery: CheckoutShop;
let bakery: CheckoutShop;
let resident: supertest.Agent;
let zoneId = '';
/** Drives the zone Monday and Tuesday for both shops. */
let taxi: CarrierFixture;
/** The grocery's too, but drives the zone on Wednesdays only. */
let bus: CarrierFixture;

const shopUrl = (shop: CheckoutShop, path = '') => `/api/v1/shops/${shop.id}/deliveries${path}`;
const carrierUrl = (carrier: CarrierFixture, path = '') =>
  `/api/v1/carriers/${carrier.slug}${path}`;

const deliver = (carrier: CarrierFixture, orderId: string, body: Record<string, unknown>) =>
  carrier.driver.post(carrierUrl(carrier, `/deliveries/${orderId}/deliver`)).send(body);

async function noteRow(orderId: string) {
  return t.database
    .knex('delivery_notes')
    .where({ order_id: orderId })
    .first<Record<string, unknown> | undefined>();
}

async function handedNote(options: Partial<Parameters<typeof orderWithNote>[1]> = {}) {
  const note = await orderWithNote(t, {
    shop: grocery,
    buyer: resident,
    zoneId,
    date: monday,
    ...options,
  });
  await handToCarrier(options.shop ?? grocery, note.orderId, taxi.id);
  return note;
}

beforeAll(async () => {
  ({
    t,
    shops: { grocery, bakery },
    resident,
  } = await createShoppingWorld({
    shops: { grocery: { name: 'Hembutiken' }, bakery: { name: 'Hembageriet' } },
    logIn: ['resident'],
  }));
  zoneId = await createZone(t, { name: 'Laisvall–Adolfström' });
  taxi = await createCarrier(t, {
    name: 'Testtaxi',
    zones: [{ zoneId, weekdays: [1, 2] }],
    shops: [grocery, bakery],
  });
  bus = await createCarrier(t, {
    name: 'Testbuss',
    zones: [{ zoneId, weekdays: [3] }],
    shops: [grocery],
  });
});
afterAll(() => t.close());

describe('the shop’s delivery notes', () => {
  it('lists the note with the address as it was at checkout and the shop’s carriers', async () => {
    const { orderId } = await orderWithNote(t, {
      shop: grocery,
      buyer: resident,
      zoneId,
      date: monday,
    });
    const response = await grocery.owner.get(shopUrl(grocery)).query({ date: monday });
    expect(response.status).toBe(200);
    const item = (response.body.items as { orderId: string }[]).find(
      (candidate) => candidate.orderId === orderId,
    );
    expect(item).toMatchObject({
      status: 'packed',
      date: monday,
      zoneName: 'Laisvall–Adolfström',
      carrier: null,
      recipient: { streetAddress: 'Storvägen 20', doorCode: '1234', phone: '070-174 06 50' },
      coolBags: 1,
      collectOre: 1990,
    });
    expect(response.body.carriers).toEqual([
      { id: bus.id, name: 'Testbuss' },
      { id: taxi.id, name: 'Testtaxi' },
    ]);
    const note = await grocery.owner.get(shopUrl(grocery, `/${orderId}/note`));
    expect(note.status).toBe(200);
    expect(note.body.note.lines).toEqual([
      { title: 'Mjölk', variantName: null, quantity: 1, storageClass: 'ambient' },
    ]);
    const pdf = await grocery.owner
      .get(shopUrl(grocery, `/${orderId}/note.pdf`))
      .query({ paper: 'a5' })
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect((pdf.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('lists without a day the last week and what is still open from before it', async () => {
    // A month old and never handed over, and a fortnight old that failed: both still open.
    const forgotten = await orderWithNote(t, {
      shop: grocery,
      buyer: resident,
      zoneId,
      date: '2026-10-30',
    });
    const failed = await orderWithNote(t, {
      shop: grocery,
      buyer: resident,
      zoneId,
      date: '2026-11-16',
    });
    await handToCarrier(grocery, failed.orderId, taxi.id);
    const fail = await taxi.driver
      .post(carrierUrl(taxi, `/deliveries/${failed.orderId}/fail`))
      .send({ clientId: newClientId(), reason: 'not_home' });
    expect(fail.status).toBe(200);
    const delivered = await orderWithNote(t, {
      shop: grocery,
      buyer: resident,
      zoneId,
      date: '2026-11-16',
    });
    await handToCarrier(grocery, delivered.orderId, taxi.id);
    const done = await deliver(taxi, delivered.orderId, {
      clientId: newClientId(),
      collectedOre: 1990,
    });
    expect(done.status).toBe(200);
    const list = await grocery.owner.get(shopUrl(grocery));
    expect(list.status).toBe(200);
    const ids = (list.body.items as { orderId: string }[]).map((item) => item.orderId);
    expect(ids).toContain(forgotten.orderId);
    expect(ids).toContain(failed.orderId);
    expect(ids).not.toContain(delivered.orderId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  // The printed note had the phone at the door; the shop's order card did not.
  it('shows the shop the phone at the door on its own order, and no other shop or admin', async () => {
    const { orderId } = await orderWithNote(t, {
      shop: grocery,
      buyer: resident,
      zoneId,
      date: monday,
    });
    const atTheDoor = '070-174 06 50';
    const own = await grocery.owner.get(`/api/v1/shops/${grocery.id}/orders/${orderId}`);
    expect(own.status).toBe(200);
    expect(own.body.order.customer).toEqual({
      name: contact.name,
      email: contact.email,
      phone: contact.phone,
      deliveryPhone: atTheDoor,
    });
    const list = await grocery.owner
      .get(`/api/v1/shops/${grocery.id}/orders`)
      .query({ status: 'packed', limit: 100 });
    expect(
      list.body.items.find((order: { id: string }) => order.id === orderId)?.customer,
    ).toMatchObject({ deliveryPhone: atTheDoor });

    // Another shop: missing through its own path, refused on the grocery's, and nowhere in its
    // own lists.
    const throughOwn = await bakery.owner.get(`/api/v1/shops/${bakery.id}/orders/${orderId}`);
    expect(throughOwn.status).toBe(404);
    const throughTheirs = await bakery.owner.get(`/api/v1/shops/${grocery.id}/orders/${orderId}`);
    expect(throughTheirs.status).toBe(403);
    for (const path of ['/orders?limit=100', '/orders?status=packed&limit=100', '/deliveries']) {
      const response = await bakery.owner.get(`/api/v1/shops/${bakery.id}${path}`);
      expect(response.status).toBe(200);
      expect(JSON.stringify(response.body)).not.toContain(orderId);
    }

    // The municipality oversees the order without the resident's contact (decision 0021).
    const admin = await t.loginAs('kommun@arjeplog.example.se');
    const oversight = await admin
      .get('/api/v1/admin/municipalities/arjeplog/orders')
      .query({ status: 'packed', limit: 100 });
    expect(oversight.status).toBe(200);
    const overseen = oversight.body.items.find((order: { id: string }) => order.id === orderId);
    expect(overseen).toBeDefined();
    expect(JSON.stringify(overseen)).not.toContain(atTheDoor);
  });

  it('shows another shop’s note as missing', async () => {
    const { orderId } = await orderWithNote(t, {
      shop: grocery,
      buyer: resident,
      zoneId,
      date: monday,
    });
    const response = await bakery.owner.get(shopUrl(bakery, `/${orderId}/note`));
    expect(response.status).toBe(404);
    const assign = await bakery.owner
      .put(shopUrl(bakery, `/${orderId}/carrier`))
      .send({ carrierId: taxi.id });
    expect(assign.status).toBe(404);
  });
});

describe('assigning a carrier', () => {
  it('refuses a carrier the shop does not use, or one not driving the zone that day', async () => {
    const { orderId } = await orderWithNote(t, {
      shop: bakery,
      buyer: resident,
      zoneId,
      date: monday,
    });
    const notTheShops = await bakery.owner
      .put(shopUrl(bakery, `/${orderId}/carrier`))
      .send({ carrierId: bus.id });
    expect(notTheShops.status).toBe(400);
    expect(notTheShops.body.errors).toEqual([
      expect.objectContaining({ field: 'carrierId', code: 'not_shop_carrier' }),
    ]);
    const { orderId: groceryOrder } = await orderWithNote(t, {
      shop: grocery,
      buyer: resident,
      zoneId,
      date: monday,
    });
    const notThatDay = await grocery.owner
      .put(shopUrl(grocery, `/${groceryOrder}/carrier`))
      .send({ carrierId: bus.id });
    expect(notThatDay.status).toBe(400);
    expect(notThatDay.body.errors).toEqual([
      expect.objectContaining({ field: 'carrierId', code: 'does_not_drive' }),
    ]);
    expect((await noteRow(groceryOrder))?.carrier_id).toBeNull();
    const ok = await grocery.owner
      .put(shopUrl(grocery, `/${groceryOrder}/carrier`))
      .send({ carrierId: taxi.id });
    expect(ok.status).toBe(200);
    expect(ok.body.delivery.carrier).toEqual({ id: taxi.id, name: 'Testtaxi' });
  });

  it('hands over only with a carrier chosen, through the lifecycle', async () => {
    const { orderId } = await orderWithNote(t, {
      shop: grocery,
      buyer: resident,
      zoneId,
      date: monday,
    });
    const without = await grocery.owner.post(shopUrl(grocery, `/${orderId}/hand-over`));
    expect(without.status).toBe(400);
    expect(without.body.errors[0].field).toBe('carrierId');
    expect(await statusOf(t, orderId)).toBe('packed');
    await handToCarrier(grocery, orderId, taxi.id);
    expect(await statusOf(t, orderId)).toBe('out_for_delivery');
    const event = await t.database
      .knex('order_status_events')
      .where({ order_id: orderId, event: 'hand_to_carrier' })
      .first<{ actor_kind: string; channel: string }>();
    expect(event).toMatchObject({ actor_kind: 'shop_owner', channel: 'shop_admin' });
    const again = await grocery.owner
      .put(shopUrl(grocery, `/${orderId}/carrier`))
      .send({ carrierId: taxi.id });
    expect(again.status).toBe(409);
  });
});

describe('the carrier’s day', () => {
  it('lists its stops with what a driver needs and no prices', async () => {
    const { orderId } = await handedNote();
    const response = await taxi.driver.get(carrierUrl(taxi, '/deliveries')).query({ date: monday });
    expect(response.status).toBe(200);
    const stop = (response.body.deliveries as { orderId: string }[]).find(
      (candidate) => candidate.orderId === orderId,
    );
    expect(stop).toMatchObject({
      shopName: 'Hembutiken',
      zoneName: 'Laisvall–Adolfström',
      recipient: { doorCode: '1234', phone: '070-174 06 50', driverNote: 'Gula huset' },
      coolBags: 1,
      collectOre: 1990,
    });
    expect(JSON.stringify(response.body)).not.toMatch(/price|lines|totalOre|email/i);
    const tuesdayList = await taxi.driver
      .get(carrierUrl(taxi, '/deliveries'))
      .query({ date: tuesday });
    expect(tuesdayList.body.deliveries).toEqual([]);
  });

  it('keeps the driver’s order', async () => {
    const first = await handedNote({ date: tuesday, village: 'Adolfström', street: 'Byvägen 1' });
    const second = await handedNote({ date: tuesday, village: 'Laisvall', street: 'Storvägen 2' });
    const before = await taxi.driver.get(carrierUrl(taxi, '/deliveries')).query({ date: tuesday });
    expect(before.body.deliveries.map((stop: { orderId: string }) => stop.orderId)).toEqual([
      first.orderId,
      second.orderId,
    ]);
    const reordered = await taxi.driver
      .put(carrierUrl(taxi, '/deliveries/order'))
      .send({ date: tuesday, orderIds: [second.orderId, first.orderId] });
    expect(reordered.status).toBe(200);
    expect(reordered.body.deliveries.map((stop: { orderId: string }) => stop.orderId)).toEqual([
      second.orderId,
      first.orderId,
    ]);
    const stranger = await taxi.driver
      .put(carrierUrl(taxi, '/deliveries/order'))
      .send({ date: tuesday, orderIds: [second.orderId, 'nobodys-order'] });
    expect(stranger.status).toBe(400);
    expect(stranger.body.errors[0].field).toBe('orderIds.1');
  });
});

describe('at the door', () => {
  it('records a delivery once, with the amount taken, and tells the resident', async () => {
    const noteFixture = await handedNote();
    const { orderId } = noteFixture;
    const noAmount = await deliver(taxi, orderId, { clientId: newClientId() });
    expect(noAmount.status).toBe(400);
    expect(noAmount.body.errors[0].field).toBe('collectedOre');
    const clientId = newClientId();
    const first = await deliver(taxi, orderId, { clientId, collectedOre: 1990 });
    expect(first.status).toBe(200);
    expect(first.body.delivery).toMatchObject({
      orderId,
      outcome: 'delivered',
      collectedOre: 1990,
    });
    const replay = await deliver(taxi, orderId, { clientId, collectedOre: 1990 });
    expect(replay.status).toBe(200);
    expect(replay.body.delivery).toEqual(first.body.delivery);
    const twice = await deliver(taxi, orderId, { clientId: newClientId(), collectedOre: 1990 });
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('status_conflict');
    expect(twice.body.detail).toMatch(/already recorded as delivered/);
    expect(await statusOf(t, orderId)).toBe('delivered');
    expect((await noteRow(orderId))?.collected_ore).toBe(1990);
    const events = await t.database
      .knex('order_status_events')
      .where({ order_id: orderId, event: 'deliver' })
      .select<{ actor_kind: string; channel: string; request_id: string }[]>();
    expect(events).toEqual([
      expect.objectContaining({
        actor_kind: 'carrier',
        channel: 'carrier',
        request_id: `client:${clientId}`,
      }),
    ]);
    const { checkoutId } = noteFixture;
    const mails = await t.database
      .knex('outbox_messages')
      .where({ kind: 'delivery_delivered' })
      .where('text_body', 'like', `%/bestallningar/${checkoutId}%`);
    expect(mails).toHaveLength(1);
    // No longer in the carrier's hands: gone from its day.
    const day = await taxi.driver.get(carrierUrl(taxi, '/deliveries')).query({ date: monday });
    expect(day.body.deliveries.map((stop: { orderId: string }) => stop.orderId)).not.toContain(
      orderId,
    );
  });

  it('replays a delivery sent five times at once exactly once', async () => {
    const { orderId } = await handedNote();
    const clientId = newClientId();
    const mailsBefore = await t.database
      .knex('outbox_messages')
      .where({ kind: 'delivery_delivered' })
      .count<{ n: number }[]>({ n: '*' });
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => deliver(taxi, orderId, { clientId, collectedOre: 1990 })),
    );
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200, 200]);
    const events = await t.database
      .knex('order_status_events')
      .where({ order_id: orderId, event: 'deliver' });
    expect(events).toHaveLength(1);
    const mailsAfter = await t.database
      .knex('outbox_messages')
      .where({ kind: 'delivery_delivered' })
      .count<{ n: number }[]>({ n: '*' });
    expect(Number(mailsAfter[0]?.n) - Number(mailsBefore[0]?.n)).toBe(1);
  });

  it('sends a failed delivery back to the shop, which sends it out again or takes it back', async () => {
    const { orderId } = await handedNote();
    const failedMails = () =>
      t.database
        .knex('outbox_messages')
        .where({ kind: 'delivery_failed' })
        .orderBy('created_at')
        .select<{ text_body: string }[]>('text_body');
    const mailsBefore = (await failedMails()).length;
    const firstAttempt = { clientId: newClientId(), reason: 'not_home' };
    const failed = await taxi.driver
      .post(carrierUrl(taxi, `/deliveries/${orderId}/fail`))
      .send(firstAttempt);
    expect(failed.status).toBe(200);
    expect(failed.body.delivery.outcome).toBe('not_home');
    expect(await statusOf(t, orderId)).toBe('delivery_failed');
    // The resident hears the same day that nobody was home; before, nothing was sent.
    const mails = await failedMails();
    expect(mails).toHaveLength(mailsBefore + 1);
    expect(mails.at(-1)?.text_body).toContain('i dag: ingen var hemma.');
    const list = await grocery.owner.get(shopUrl(grocery)).query({ date: monday });
    expect(
      list.body.items.find((item: { orderId: string }) => item.orderId === orderId),
    ).toMatchObject({
      status: 'delivery_failed',
      outcome: 'not_home',
    });
    const past = await grocery.owner
      .post(shopUrl(grocery, `/${orderId}/redeliver`))
      .send({ date: '2026-11-27' });
    expect(past.status).toBe(400);
    // Out again the same day (a route day): the next attempt is recorded on its own day.
    const again = await grocery.owner
      .post(shopUrl(grocery, `/${orderId}/redeliver`))
      .send({ date: monday });
    expect(again.status).toBe(200);
    expect(again.body.delivery).toMatchObject({
      status: 'packed',
      date: monday,
      outcome: null,
      carrier: { id: taxi.id },
    });
    const handed = await grocery.owner.post(shopUrl(grocery, `/${orderId}/hand-over`));
    expect(handed.status).toBe(200);
    // The phone's queue replays the first attempt after the note forgot it: the same answer,
    // and the order stays out for delivery.
    const replay = await taxi.driver
      .post(carrierUrl(taxi, `/deliveries/${orderId}/fail`))
      .send(firstAttempt);
    expect(replay.status).toBe(200);
    expect(replay.body.delivery).toEqual(failed.body.delivery);
    expect(await statusOf(t, orderId)).toBe('out_for_delivery');
    const refused = await taxi.driver
      .post(carrierUrl(taxi, `/deliveries/${orderId}/fail`))
      .send({ clientId: newClientId(), reason: 'refused' });
    expect(refused.status).toBe(200);
    const back = await grocery.owner.post(shopUrl(grocery, `/${orderId}/take-back`));
    expect(back.status).toBe(200);
    expect(back.body.delivery).toMatchObject({ status: 'returned', outcome: 'refused' });
    const twice = await grocery.owner.post(shopUrl(grocery, `/${orderId}/take-back`));
    expect(twice.status).toBe(409);
    expect(await statusOf(t, orderId)).toBe('returned');
  });

  it('sends a failed delivery out again only on a route day of its zone', async () => {
    const { orderId } = await handedNote();
    const failed = await taxi.driver
      .post(carrierUrl(taxi, `/deliveries/${orderId}/fail`))
      .send({ clientId: newClientId(), reason: 'refused' });
    expect(failed.status).toBe(200);
    const before = await noteRow(orderId);
    // The zone is driven Monday to Friday: Saturday 5 December is no route day.
    const saturday = await grocery.owner
      .post(shopUrl(grocery, `/${orderId}/redeliver`))
      .send({ date: '2026-12-05' });
    expect(saturday.status).toBe(400);
    expect(saturday.body.errors).toEqual([
      expect.objectContaining({ field: 'date', code: 'not_a_route_day' }),
    ]);
    expect(saturday.body.errors[0].message).toContain('2026-12-05');
    expect(await statusOf(t, orderId)).toBe('delivery_failed');
    expect(await noteRow(orderId)).toEqual(before);
    const monday = await grocery.owner
      .post(shopUrl(grocery, `/${orderId}/redeliver`))
      .send({ date: '2026-12-07' });
    expect(monday.status).toBe(200);
    expect(monday.body.delivery).toMatchObject({ status: 'packed', date: '2026-12-07' });
  });

  // The shop set a new day after a failed delivery and the resident heard nothing of it.
  it('mails the resident the new delivery day once, with the shop and how to reach it', async () => {
    const { orderId, checkoutId } = await handedNote();
    const failed = await taxi.driver
      .post(carrierUrl(taxi, `/deliveries/${orderId}/fail`))
      .send({ clientId: newClientId(), reason: 'not_home' });
    expect(failed.status).toBe(200);
    await t.database
      .knex('shops')
      .where({ id: grocery.id })
      .update({ contact_phone: '0961-100 00', contact_email: 'hembutiken@example.se' });
    // This order's: other tests mail the same resident at the same moment of the frozen clock.
    const rescheduled = async () =>
      (await mailsTo(t, contact.email, 'delivery_rescheduled')).filter((mail) =>
        mail.text_body.includes(`/bestallningar/${checkoutId}`),
      );
    const redeliver = (date: string) =>
      grocery.owner.post(shopUrl(grocery, `/${orderId}/redeliver`)).send({ date });
    // A day refused on the field says nothing to the resident.
    expect((await redeliver('2026-12-05')).status).toBe(400);
    expect(await rescheduled()).toEqual([]);
    // Sent twice at once (a double click): one new day, one mail.
    const answers = await Promise.all([redeliver(tuesday), redeliver(tuesday)]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409]);
    const mails = await rescheduled();
    expect(mails).toHaveLength(1);
    const [mail] = mails;
    expect(mail?.subject).toBe('Ny leveransdag för dina varor från Hembutiken: tisdag 1 december');
    expect(mail?.text_body).toContain('Hembutiken kör ut dina varor igen tisdag 1 december.');
    expect(mail?.text_body).toContain(
      'Kontakta Hembutiken: ring 0961-100 00 eller mejla hembutiken@example.se.',
    );
  });

  it('counts cool bags out per household and takes them back on a later delivery', async () => {
    const householdId = await createHousehold(t);
    const first = await handedNote({ householdId, coolBags: 2 });
    expect(
      (await deliver(taxi, first.orderId, { clientId: newClientId(), collectedOre: 1990 })).status,
    ).toBe(200);
    const out = await grocery.owner.get(shopUrl(grocery));
    expect(out.body.coolBagsOut).toContainEqual(expect.objectContaining({ householdId, count: 2 }));
    const second = await handedNote({ householdId, coolBags: 1 });
    const day = await taxi.driver.get(carrierUrl(taxi, '/deliveries')).query({ date: monday });
    expect(
      day.body.deliveries.find((stop: { orderId: string }) => stop.orderId === second.orderId),
    ).toMatchObject({
      coolBags: 1,
      coolBagsToCollect: 2,
    });
    const tooMany = await deliver(taxi, second.orderId, {
      clientId: newClientId(),
      collectedOre: 1990,
      coolBagsReturned: 3,
    });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.errors[0].field).toBe('coolBagsReturned');
    expect(await statusOf(t, second.orderId)).toBe('out_for_delivery');
    const delivered = await deliver(taxi, second.orderId, {
      clientId: newClientId(),
      collectedOre: 1990,
      coolBagsReturned: 2,
    });
    expect(delivered.status).toBe(200);
    const after = await grocery.owner.get(shopUrl(grocery));
    expect(after.body.coolBagsOut).toContainEqual(
      expect.objectContaining({ householdId, count: 1 }),
    );
  });
});

describe('runs', () => {
  it('records the deliveries in an open run, and closes it once', async () => {
    const started = await taxi.driver
      .post(carrierUrl(taxi, '/runs'))
      .send({ clientId: newClientId(), date: monday, route: 'Laisvall', vehicle: 'ABC 123' });
    expect(started.status).toBe(201);
    const runId = started.body.run.id as string;
    const { orderId } = await handedNote();
    expect(
      (await deliver(taxi, orderId, { clientId: newClientId(), collectedOre: 1990 })).status,
    ).toBe(200);
    expect((await noteRow(orderId))?.run_id).toBe(runId);
    const closeId = newClientId();
    const closed = await taxi.driver
      .post(carrierUrl(taxi, `/runs/${runId}/close`))
      .send({ clientId: closeId, km: 84.3 });
    expect(closed.status).toBe(200);
    expect(closed.body.run).toMatchObject({ id: runId, km: 84.3, deliveryCount: 1 });
    const replay = await taxi.driver
      .post(carrierUrl(taxi, `/runs/${runId}/close`))
      .send({ clientId: closeId, km: 84.3 });
    expect(replay.status).toBe(200);
    expect(replay.body.run).toEqual(closed.body.run);
    const twice = await taxi.driver
      .post(carrierUrl(taxi, `/runs/${runId}/close`))
      .send({ clientId: newClientId(), km: 90 });
    expect(twice.status).toBe(409);
    expect(twice.body.detail).toMatch(/already closed/);
    const row = await t.database
      .knex('delivery_runs')
      .where({ id: runId })
      .first<{ km_tenths: number }>();
    expect(row.km_tenths).toBe(843);
  });

  it('starts a run once when the phone sends it twice at once', async () => {
    const clientId = newClientId();
    const body = { clientId, date: monday, route: 'Adolfström', vehicle: 'XYZ 789' };
    const answers = await Promise.all([
      taxi.driver.post(carrierUrl(taxi, '/runs')).send(body),
      taxi.driver.post(carrierUrl(taxi, '/runs')).send(body),
      taxi.driver.post(carrierUrl(taxi, '/runs')).send(body),
    ]);
    expect(answers.map((answer) => answer.status)).toEqual([201, 201, 201]);
    const runIds = answers.map((answer) => (answer.body as { run: { id: string } }).run.id);
    expect(new Set(runIds).size).toBe(1);
    const runs = await t.database.knex('delivery_runs').where({ route: 'Adolfström' });
    expect(runs).toHaveLength(1);
    const reused = await taxi.driver
      .post(carrierUrl(taxi, `/runs/${runIds[0] ?? ''}/close`))
      .send({ clientId, km: 1 });
    expect(reused.status).toBe(422);
    expect(reused.body.code).toBe('idempotency_key_reused');
  });
});

describe('a day still to come', () => {
  it('starts no run and records no stop before its day; on the day the same commands land', async () => {
    const { orderId } = await handedNote({ date: tuesday, street: 'Framtidsvägen 1' });
    const run = { clientId: newClientId(), date: tuesday, route: 'I morgon', vehicle: 'ABC 123' };
    const early = await taxi.driver.post(carrierUrl(taxi, '/runs')).send(run);
    expect(early.status).toBe(409);
    expect(early.type).toBe('application/problem+json');
    expect(early.body).toMatchObject({
      code: 'status_conflict',
      detail: `The run is for ${tuesday}; it can be started on that day.`,
    });
    expect(await t.database.knex('delivery_runs').where({ route: 'I morgon' })).toEqual([]);

    const mails = () =>
      t.database
        .knex('outbox_messages')
        .whereIn('kind', ['delivery_delivered', 'delivery_failed'])
        .count<{ n: number | string }[]>({ n: '*' });
    const mailsBefore = Number((await mails())[0]?.n);
    const delivery = { clientId: newClientId(), collectedOre: 1990 };
    const attempts = [
      await deliver(taxi, orderId, delivery),
      ...(await Promise.all(
        ['not_home', 'refused'].map((reason) =>
          taxi.driver
            .post(carrierUrl(taxi, `/deliveries/${orderId}/fail`))
            .send({ clientId: newClientId(), reason }),
        ),
      )),
    ];
    for (const attempt of attempts) {
      expect(attempt.status).toBe(409);
      expect(attempt.type).toBe('application/problem+json');
      expect(attempt.body).toMatchObject({
        code: 'status_conflict',
        detail: `The delivery is for ${tuesday}; it can be recorded from that day.`,
      });
    }
    expect(await statusOf(t, orderId)).toBe('out_for_delivery');
    expect(await noteRow(orderId)).toMatchObject({ outcome: null, run_id: null });
    expect(await t.database.knex('delivery_commands').where({ target_id: orderId })).toEqual([]);
    expect(Number((await mails())[0]?.n)).toBe(mailsBefore);

    // Tuesday comes: the phone sends the same commands again, and they land.
    const day = 24 * 60 * 60 * 1000;
    t.clock.advance(day);
    try {
      const started = await taxi.driver.post(carrierUrl(taxi, '/runs')).send(run);
      expect(started.status).toBe(201);
      const delivered = await deliver(taxi, orderId, delivery);
      expect(delivered.status).toBe(200);
      expect((await noteRow(orderId))?.run_id).toBe(started.body.run.id);
    } finally {
      t.clock.advance(-day);
    }
  });

  it('closes no run before its day, also one started for it before the day was held', async () => {
    const run = { clientId: newClientId(), date: monday, route: 'Flyttad', vehicle: 'ABC 123' };
    const started = await taxi.driver.post(carrierUrl(taxi, '/runs')).send(run);
    expect(started.status).toBe(201);
    const runId = started.body.run.id as string;
    // As a run made for tomorrow before starting one was held to its day.
    await t.database.knex('delivery_runs').where({ id: runId }).update({ date: tuesday });
    const early = await taxi.driver
      .post(carrierUrl(taxi, `/runs/${runId}/close`))
      .send({ clientId: newClientId(), km: 12 });
    expect(early.status).toBe(409);
    expect(early.body.detail).toBe(`The run is for ${tuesday}; it can be closed on that day.`);
    const row = await t.database.knex('delivery_runs').where({ id: runId }).first();
    expect(row?.closed_at ?? null).toBeNull();
  });
});

describe('carrier isolation', () => {
  it('shows a carrier only its own notes; another’s is missing', async () => {
    const { orderId } = await handedNote();
    const busDay = await bus.driver.get(carrierUrl(bus, '/deliveries')).query({ date: monday });
    expect(busDay.status).toBe(200);
    expect(busDay.body.deliveries).toEqual([]);
    const notMine = await deliver(bus, orderId, { clientId: newClientId(), collectedOre: 1990 });
    expect(notMine.status).toBe(404);
    const otherSlug = await bus.driver.get(carrierUrl(taxi, '/deliveries')).query({ date: monday });
    expect(otherSlug.status).toBe(403);
    expect(await statusOf(t, orderId)).toBe('out_for_delivery');
  });

  it('shows another municipality’s carrier nothing', async () => {
    const far = await createCarrier(t, { municipality: 'gallivare', zones: [], shops: [] });
    const own = await far.driver.get(carrierUrl(far, '/deliveries')).query({ date: monday });
    expect(own.body.deliveries).toEqual([]);
    const theirs = await far.driver.get(carrierUrl(taxi, '/deliveries')).query({ date: monday });
    expect(theirs.status).toBe(403);
    const resident403 = await resident.get(carrierUrl(taxi, '/deliveries'));
    expect(resident403.status).toBe(403);
  });
});

describe('the morning notice', () => {
  it('tells the resident once that the goods are on their way today', async () => {
    const { orderId } = await handedNote();
    const before = await t.database
      .knex('outbox_messages')
      .where({ kind: 'delivery_on_its_way' })
      .count<{ n: number }[]>({ n: '*' });
    const first = await t.services.deliveries.housekeeping();
    expect(first.announced).toBeGreaterThan(0);
    const second = await t.services.deliveries.housekeeping();
    expect(second.announced).toBe(0);
    expect((await noteRow(orderId))?.on_its_way_sent_at).not.toBeNull();
    const after = await t.database
      .knex('outbox_messages')
      .where({ kind: 'delivery_on_its_way' })
      .count<{ n: number }[]>({ n: '*' });
    expect(Number(after[0]?.n)).toBe(Number(before[0]?.n) + first.announced);
  });
});

describe('the demo’s delivery history', () => {
  it('gives a quarter of delivered notes in closed runs, none left in a carrier’s hands', async () => {
    const municipality = await t.database
      .knex('municipalities')
      .where({ slug: 'arjeplog' })
      .first<{ id: string }>('id');
    await t.database.transaction((trx) =>
      seedDemoDeliveryHistory(trx, { municipalityId: municipality.id, now: t.clock.now() }),
    );
    const notes = await t.database
      .knex('delivery_notes as n')
      .join('shop_orders as o', 'o.id', 'n.order_id')
      .where('n.municipality_id', municipality.id)
      .whereNotNull('n.run_id')
      .select<{ status: string; outcome: string; collected_ore: number; collect_ore: number }[]>(
        'o.status',
        'n.outcome',
        'n.collected_ore',
        'n.collect_ore',
      );
    expect(notes.length).toBeGreaterThan(50);
    for (const note of notes) {
      expect(note).toMatchObject({ status: 'delivered', outcome: 'delivered' });
      expect(note.collected_ore).toBe(note.collect_ore);
    }
    const open = await t.database
      .knex('delivery_runs')
      .where({ municipality_id: municipality.id })
      // The seed's runs, not those this file's drivers started.
      .whereNull('created_by_user_id')
      .whereNull('closed_at');
    expect(open).toEqual([]);
  });
});
