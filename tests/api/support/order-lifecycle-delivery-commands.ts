import { randomUUID } from 'node:crypto';
import type { Response } from 'supertest';
import { expect } from 'vitest';
import { swedishDateOf } from '@e-galleria/shared/calendar-dates';
import { nextStatus, type OrderStatus } from '@e-galleria/shared/order-status';
import type { CarrierFixture } from './deliveries.ts';
import { offerOf } from './home-delivery.ts';
import {
  command,
  expectMove,
  maxAdvanceMs,
  pick,
  runMinuteJob,
  shopStep,
  statusOf,
  type Ending,
  type Model,
} from './order-lifecycle-commands.ts';
import type { World, WorldOrder } from './order-lifecycle.ts';

/**
 * The home-delivery commands of the order-lifecycle property (decision 0020): the shop assigns
 * one of its carriers, hands over, sends a failed delivery out again or takes it back; the
 * carrier's driver delivers (taking the amount due when paid on delivery), finds nobody home
 * or is refused — and the phone replays a command under the same client id. Each predicts its
 * answer from the state machine and the status before.
 */

type NoteState = {
  carrier_id: string | null;
  date: string;
  outcome: string | null;
  collect_ore: number;
  collected_ore: number | null;
};

export async function noteOf(world: World, orderId: string): Promise<NoteState | undefined> {
  return world.t.database
    .knex('delivery_notes')
    .where({ order_id: orderId })
    .first<NoteState | undefined>('carrier_id', 'date', 'outcome', 'collect_ore', 'collected_ore');
}

/** A clear answer; here a field-level 400 is one (handing over before a carrier is chosen). */
function expectClearAnswer(response: Response, what: string) {
  const detail = `${what}: ${response.status} ${JSON.stringify(response.body)}`;
  expect(response.status, detail).toBeLessThan(500);
  if (response.status >= 400) {
    expect([400, 404, 409, 422], detail).toContain(response.status);
    expect(response.type, detail).toBe('application/problem+json');
  }
}

/** Refused: the answer says so, and neither the order nor its note moved. */
async function expectNothingChanged(
  world: World,
  order: WorldOrder,
  response: Response,
  status: number,
  before: { status: OrderStatus; note: NoteState | undefined },
) {
  expect(response.status, JSON.stringify(response.body)).toBe(status);
  expect(await statusOf(world, order.id)).toBe(before.status);
  expect(await noteOf(world, order.id)).toEqual(before.note);
}

export type DeliveryStep = 'assign' | 'hand-over' | 'redeliver' | 'take-back';

export const shopDelivers = (
  orderIndex: number,
  step: DeliveryStep,
  carrierIndex: number,
  byAnotherShop: boolean,
) =>
  command(
    `${byAnotherShop ? 'another shop' : 'the shop'} ${step} delivery ${orderIndex}${step === 'assign' ? ` to carrier ${carrierIndex}` : ''}`,
    async (world) => {
      const order = pick(
        world.orders.filter((candidate) => candidate.method === 'home_delivery'),
        orderIndex,
      );
      if (order) await shopDeliveryStep(world, order, step, carrierIndex, byAnotherShop);
      return false;
    },
  );

async function shopDeliveryStep(
  world: World,
  order: WorldOrder,
  step: DeliveryStep,
  carrierIndex: number,
  byAnotherShop: boolean,
) {
  const own = world.shops[order.shopIndex];
  const other = world.shops[1 - order.shopIndex];
  const carrier = pick(world.carriers, carrierIndex);
  if (!own || !other || !carrier) throw new Error('a world has two shops and two carriers');
  const shop = byAnotherShop ? other : own;
  const before = { status: await statusOf(world, order.id), note: await noteOf(world, order.id) };
  const url = `/api/v1/shops/${shop.id}/deliveries/${order.id}`;
  let response: Response;
  switch (step) {
    case 'assign':
      response = await shop.owner.put(`${url}/carrier`).send({ carrierId: carrier.id });
      break;
    case 'hand-over':
      response = await shop.owner.post(`${url}/hand-over`);
      break;
    case 'redeliver': {
      // The next route day of the zone, as the shop's screen offers it.
      const offer = await offerOf(world.t, own.id, { postalCode: '93093' });
      response = await shop.owner.post(`${url}/redeliver`).send({ date: offer.offer?.date });
      break;
    }
    case 'take-back':
      response = await shop.owner.post(`${url}/take-back`);
      break;
  }
  expectClearAnswer(response, `shop ${step}`);
  if (byAnotherShop || !before.note || before.status === 'awaiting_payment') {
    // Another shop's note, or one of an unpaid order, does not exist for the shop.
    await expectNothingChanged(world, order, response, 404, before);
    return;
  }
  switch (step) {
    case 'assign':
      if (!['placed', 'accepted', 'packed'].includes(before.status)) {
        await expectNothingChanged(world, order, response, 409, before);
        return;
      }
      // Both carriers drive the zone every day: the assignment is taken.
      expect(response.status, JSON.stringify(response.body)).toBe(200);
      expect((await noteOf(world, order.id))?.carrier_id).toBe(carrier.id);
      expect(await statusOf(world, order.id)).toBe(before.status);
      return;
    case 'hand-over':
      if (before.note.carrier_id === null) {
        await expectNothingChanged(world, order, response, 400, before);
        expect(response.body.errors[0].field).toBe('carrierId');
        return;
      }
      await expectMove(
        world,
        order,
        response,
        before.status,
        nextStatus(before.status, 'hand_to_carrier'),
      );
      return;
    case 'redeliver': {
      const to = nextStatus(before.status, 'redeliver');
      await expectMove(world, order, response, before.status, to);
      if (to !== null) expect((await noteOf(world, order.id))?.outcome).toBeNull();
      return;
    }
    case 'take-back':
      await expectMove(
        world,
        order,
        response,
        before.status,
        nextStatus(before.status, 'confirm_return'),
      );
      return;
  }
}

export type CarrierAction = 'deliver' | 'not_home' | 'refused';

/** A fresh client id, or (for `replayOf` ≠ null) one a carrier's phone used before. */
function deliveryClientIdFor(world: World, replayOf: number | null): string {
  const earlier = replayOf === null ? undefined : pick(world.deliveryClientIds, replayOf);
  if (earlier) return earlier;
  const fresh = randomUUID();
  world.deliveryClientIds.push(fresh);
  return fresh;
}

export const carrierActs = (
  orderIndex: number,
  action: CarrierAction,
  byAnotherCarrier: boolean,
  replayOf: number | null,
) =>
  command(
    `${byAnotherCarrier ? 'another carrier' : 'its carrier'}: ${action} delivery ${orderIndex}${replayOf === null ? '' : ` replaying client id ${replayOf}`}`,
    async (world) => {
      const order = pick(
        world.orders.filter((candidate) => candidate.method === 'home_delivery'),
        orderIndex,
      );
      if (order)
        await carrierStep(
          world,
          order,
          action,
          byAnotherCarrier,
          deliveryClientIdFor(world, replayOf),
        );
      return false;
    },
  );

/** Every stop a carrier's day lists is a note assigned to that carrier, and to no other. */
export async function expectCarriersSeeOnlyTheirOwn(world: World, date: string) {
  for (const carrier of world.carriers) {
    const day = await carrier.driver.get(`/api/v1/carriers/${carrier.slug}/deliveries`).query({
      date,
    });
    expect(day.status, JSON.stringify(day.body)).toBe(200);
    const orderIds = (day.body.deliveries as { orderId: string }[]).map((stop) => stop.orderId);
    if (orderIds.length === 0) continue;
    const assigned = await world.t.database
      .knex('delivery_notes')
      .whereIn('order_id', orderIds)
      .pluck<(string | null)[]>('carrier_id');
    expect(assigned, `carrier ${carrier.slug} sees only its notes`).toEqual(
      orderIds.map(() => carrier.id),
    );
  }
}

async function carrierStep(
  world: World,
  order: WorldOrder,
  action: CarrierAction,
  byAnotherCarrier: boolean,
  clientId: string,
) {
  const before = { status: await statusOf(world, order.id), note: await noteOf(world, order.id) };
  const assigned = world.carriers.find((carrier) => carrier.id === before.note?.carrier_id);
  const carrier: CarrierFixture | undefined = byAnotherCarrier
    ? world.carriers.find((candidate) => candidate.id !== before.note?.carrier_id)
    : (assigned ?? world.carriers[0]);
  if (!carrier) throw new Error('a world has two carriers');
  if (before.note) await expectCarriersSeeOnlyTheirOwn(world, before.note.date);
  const kind = action === 'deliver' ? 'deliver' : 'fail';
  const due = before.note?.collect_ore ?? 0;
  const url = `/api/v1/carriers/${carrier.slug}/deliveries/${order.id}`;
  const response =
    kind === 'deliver'
      ? await carrier.driver
          .post(`${url}/deliver`)
          .send({ clientId, ...(due > 0 ? { collectedOre: due } : {}) })
      : await carrier.driver.post(`${url}/fail`).send({ clientId, reason: action });
  expectClearAnswer(response, `carrier ${action}`);

  const earlier = world.deliveryCommands.get(clientId);
  if (earlier) {
    // A replay: the same command answers as the first did; another under its id is refused.
    const isSame =
      earlier.orderId === order.id && earlier.kind === kind && earlier.carrierId === carrier.id;
    await expectNothingChanged(world, order, response, isSame ? 200 : 422, before);
    return;
  }
  if (!before.note || before.note.carrier_id !== carrier.id) {
    // Not this carrier's note: it does not exist for it.
    await expectNothingChanged(world, order, response, 404, before);
    return;
  }
  const to = before.note.outcome === null ? nextStatus(before.status, 'fail_delivery') : null;
  const isBeforeItsDay = before.note.date > swedishDateOf(world.t.clock.now());
  if (to === null || isBeforeItsDay) {
    // Already delivered or failed, not (or no longer) out for delivery, or its day is to come.
    await expectNothingChanged(world, order, response, 409, before);
    return;
  }
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  expect(await statusOf(world, order.id)).toBe(kind === 'deliver' ? 'delivered' : to);
  world.deliveryCommands.set(clientId, { orderId: order.id, kind, carrierId: carrier.id });
  if (kind === 'deliver' && due > 0)
    world.amountsTaken.set(order.id, [...(world.amountsTaken.get(order.id) ?? []), due]);
}

async function hasFailedBefore(world: World, order: WorldOrder): Promise<boolean> {
  const failures = await world.t.database
    .knex('order_status_events')
    .where({ order_id: order.id, event: 'fail_delivery' })
    .first<{ order_id: string } | undefined>('order_id');
  return failures !== undefined;
}

/** A home-delivered order's next step on its natural way (order-lifecycle-commands.ts). */
export async function moveOnHome(
  world: World,
  model: Model,
  order: WorldOrder,
  status: OrderStatus,
  ending: Ending,
): Promise<boolean> {
  switch (status) {
    case 'packed':
      if (ending === 'cancelled') {
        await shopStep(world, order, 'cancel', 'owner');
        return true;
      }
      if ((await noteOf(world, order.id))?.carrier_id == null)
        await shopDeliveryStep(world, order, 'assign', world.orders.indexOf(order), false);
      await shopDeliveryStep(world, order, 'hand-over', 0, false);
      return true;
    case 'out_for_delivery': {
      // A stop is recorded on its day, not before: the clock moves on to that morning (with
      // the minute job, as when it moves on its own) while the sessions last.
      const date = (await noteOf(world, order.id))?.date;
      if (date !== undefined && date > swedishDateOf(world.t.clock.now())) {
        const untilThatDay = Date.parse(`${date}T06:00:00Z`) - world.t.clock.now();
        if (model.advancedMs + untilThatDay > maxAdvanceMs) return false;
        await runMinuteJob(world, model, untilThatDay);
        return true;
      }
      // On its way to the door, every other order finds nobody home once and goes out again.
      const failsFirst =
        world.orders.indexOf(order) % 2 === 1 && !(await hasFailedBefore(world, order));
      await carrierStep(
        world,
        order,
        ending === 'collected' && !failsFirst ? 'deliver' : 'not_home',
        false,
        deliveryClientIdFor(world, null),
      );
      return true;
    }
    case 'delivery_failed':
      await shopDeliveryStep(
        world,
        order,
        ending === 'collected' ? 'redeliver' : 'take-back',
        0,
        false,
      );
      return true;
    default:
      return false;
  }
}
