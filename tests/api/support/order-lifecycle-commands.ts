import { randomUUID } from 'node:crypto';
import type fc from 'fast-check';
import type { Response } from 'supertest';
import { expect } from 'vitest';
import { nextStatus, type OrderEvent, type OrderStatus } from '@e-galleria/shared/order-status';
import { swedishDateOf } from '@e-galleria/shared/calendar-dates';
import type { FailureMode, MoneyCall } from '../../support/stripe-stand-in.ts';
import { moveOnHome } from './order-lifecycle-delivery-commands.ts';
import { checkInvariants } from './order-lifecycle-invariants.ts';
import { sendEvent, type World, type WorldOrder } from './order-lifecycle.ts';

/**
 * The commands of the order-lifecycle property (fast-check's model-based testing): each is
 * one thing a resident, a shop, the service point's operator, Stripe or the minute job does,
 * through the real HTTP endpoints where there is one. Each predicts its answer from the state
 * machine and the status before, and the world's invariants are checked after it.
 */

/** The commands' shared view: how far the clock has been moved in this run. */
export type Model = { advancedMs: number };

const day = 24 * 60 * 60 * 1000;
/** Sessions last 30 days: a run moves the clock less, so nobody is logged out by it. */
export const maxAdvanceMs = 25 * day;

export const pick = <T>(items: readonly T[], index: number): T | undefined =>
  items.length === 0 ? undefined : items[index % items.length];

export async function statusesOf(world: World): Promise<Map<string, OrderStatus>> {
  const rows = await world.t.database
    .knex('shop_orders')
    .whereIn(
      'id',
      world.orders.map((order) => order.id),
    )
    .select<{ id: string; status: OrderStatus }[]>('id', 'status');
  return new Map(rows.map((row) => [row.id, row.status]));
}

export async function statusOf(world: World, orderId: string): Promise<OrderStatus> {
  return (await statusesOf(world)).get(orderId) as OrderStatus;
}

/** Never a 500; a refusal is one of the answers the API documents, as problem+json. */
function expectClearAnswer(response: Response, what: string) {
  const detail = `${what}: ${response.status} ${JSON.stringify(response.body)}`;
  expect(response.status, detail).toBeLessThan(500);
  if (response.status >= 400) {
    expect([403, 404, 409, 422], detail).toContain(response.status);
    expect(response.type, detail).toBe('application/problem+json');
  }
}

/** The state machine says whether the event may happen now; the server must agree. */
export async function expectMove(
  world: World,
  order: WorldOrder,
  response: Response,
  before: OrderStatus,
  to: OrderStatus | null,
) {
  const after = await statusOf(world, order.id);
  if (to === null) {
    expect(response.status, `from ${before}: ${JSON.stringify(response.body)}`).toBe(409);
    expect(response.body.detail).toContain(before);
    expect(after).toBe(before);
  } else {
    expect(response.status, `from ${before}: ${JSON.stringify(response.body)}`).toBe(200);
    expect(after).toBe(to);
  }
}

export type LifecycleCommand = fc.AsyncCommand<Model, World>;

/**
 * A command named `label`: `act` does it (true when afterwards every payment owed must have
 * been made), then the world's invariants are checked.
 */
export function command(
  label: string,
  act: (world: World, model: Model) => Promise<boolean>,
  check: (model: Readonly<Model>) => boolean = () => true,
): LifecycleCommand {
  return {
    check,
    async run(model, world) {
      world.log.push(label);
      const settled = await act(world, model);
      await checkInvariants(world, { settled });
    },
    toString: () => label,
  };
}

/** The resident changes their mind — or a stranger tries it with the ids. */
export const residentCancels = (orderIndex: number, byStranger: boolean) =>
  command(
    `${byStranger ? 'a stranger' : 'the resident'} cancels order ${orderIndex}`,
    async (world) => {
      const order = pick(world.orders, orderIndex);
      if (!order) return false;
      const before = await statusOf(world, order.id);
      const buyer = byStranger ? world.t.agent() : order.checkout.buyer;
      const response = await buyer.post(
        `/api/v1/checkouts/${order.checkout.id}/orders/${order.id}/cancel`,
      );
      expectClearAnswer(response, 'resident cancels');
      if (!byStranger) {
        await expectMove(world, order, response, before, nextStatus(before, 'cancel'));
        return false;
      }
      // Someone else's order answers as missing.
      expect(response.status).toBe(404);
      expect(await statusOf(world, order.id)).toBe(before);
      return false;
    },
  );

export const shopSteps = {
  accept: { event: 'accept', method: null },
  decline: { event: 'decline', method: null },
  pack: { event: 'pack', method: null },
  cancel: { event: 'cancel_by_shop', method: null },
  'hand-over': { event: 'hand_over', method: 'pickup_at_service_point' },
  'mark-ready': { event: 'mark_ready', method: 'pickup_in_shop' },
  collect: { event: 'collect', method: 'pickup_in_shop' },
  'confirm-return': {
    event: 'confirm_return',
    method: ['pickup_at_service_point', 'home_delivery'],
  },
} as const satisfies Record<
  string,
  { event: OrderEvent; method: string | readonly string[] | null }
>;
export type ShopStep = keyof typeof shopSteps;
export type ShopActor = 'owner' | 'staff' | 'another shop';
/** A shop sees an order once it is paid for, and never one that expired unpaid. */
const hiddenFromShops: readonly OrderStatus[] = ['awaiting_payment', 'expired'];

export const shopActs = (orderIndex: number, step: ShopStep, actor: ShopActor) =>
  command(`${actor} ${step} order ${orderIndex}`, async (world) => {
    const order = pick(world.orders, orderIndex);
    if (order) await shopStep(world, order, step, actor);
    return false;
  });

export async function shopStep(world: World, order: WorldOrder, step: ShopStep, actor: ShopActor) {
  const own = world.shops[order.shopIndex];
  const other = world.shops[1 - order.shopIndex];
  if (!own || !other) throw new Error('a world has two shops');
  const [agent, shopId] =
    actor === 'another shop'
      ? [other.owner, other.id]
      : [actor === 'owner' ? own.owner : own.staff, own.id];
  const before = await statusOf(world, order.id);
  const { event, method } = shopSteps[step];
  const response = await agent
    .post(`/api/v1/shops/${shopId}/orders/${order.id}/${step}`)
    .send(
      event === 'decline' || event === 'cancel_by_shop' ? { reason: 'Frysen gick sönder.' } : {},
    );
  expectClearAnswer(response, `${actor} ${step}`);
  if (actor === 'another shop' || hiddenFromShops.includes(before)) {
    // A shop never reaches another's orders, nor unpaid ones: they do not exist for it.
    expect(response.status).toBe(404);
    expect(await statusOf(world, order.id)).toBe(before);
    return;
  }
  const methods: readonly string[] | null = typeof method === 'string' ? [method] : method;
  if (methods !== null && !methods.includes(order.method)) {
    expect(response.status).toBe(409);
    expect(await statusOf(world, order.id)).toBe(before);
    return;
  }
  await expectMove(world, order, response, before, nextStatus(before, event));
}

/** A parcel for the service point (a home delivery's code is on its delivery note). */
const isForThePoint = (order: WorldOrder) =>
  order.method === 'pickup_at_service_point' && order.parcelCode !== null;

/** The shop gives all its parcels for the point to the driver: all of them, or none. */
export const shopHandsOverAll = (shopIndex: 0 | 1) =>
  command(`shop ${shopIndex} hands over all its parcels`, async (world) => {
    const shop = world.shops[shopIndex];
    const parcels = world.orders.filter(
      (order) => order.shopIndex === shopIndex && isForThePoint(order),
    );
    if (!shop || parcels.length === 0) return false;
    const before = await statusesOf(world);
    const response = await shop.owner
      .post(`/api/v1/shops/${shop.id}/orders/hand-over`)
      .send({ orderIds: parcels.map((order) => order.id) });
    expectClearAnswer(response, 'shop hands over all');
    const after = await statusesOf(world);
    const statuses = parcels.map((order) => before.get(order.id));
    const allPacked = statuses.every((status) => status === 'packed');
    const isAnyHidden = statuses.some(
      (status) => status !== undefined && hiddenFromShops.includes(status),
    );
    expect(response.status).toBe(allPacked ? 200 : isAnyHidden ? 404 : 409);
    for (const order of parcels)
      expect(after.get(order.id)).toBe(allPacked ? 'in_transit' : before.get(order.id));
    return false;
  });

/** A fresh client id, or (for `replayOf` ≠ null) one the operator's phone used before. */
function clientIdFor(world: World, replayOf: number | null): string {
  const earlier = replayOf === null ? undefined : pick(world.clientIds, replayOf);
  if (earlier) return earlier;
  const fresh = randomUUID();
  world.clientIds.push(fresh);
  return fresh;
}

const replaying = (replayOf: number | null) =>
  replayOf === null ? '' : ` replaying client id ${replayOf}`;

export const operatorMovesParcel = (
  orderIndex: number,
  event: 'check_in' | 'send_back',
  replayOf: number | null,
) =>
  command(`operator ${event} parcel ${orderIndex}${replaying(replayOf)}`, async (world) => {
    const parcels = world.orders.filter(isForThePoint);
    const order = pick(parcels, orderIndex);
    if (order) await operatorMove(world, order, event, clientIdFor(world, replayOf));
    return false;
  });

async function operatorMove(
  world: World,
  order: WorldOrder,
  event: 'check_in' | 'send_back',
  clientId: string,
) {
  const before = await statusOf(world, order.id);
  const isPastLast = await isPastLastDay(world, order);
  const path = event === 'check_in' ? 'check-ins' : 'send-back';
  const response = await world.operator
    .post(`/api/v1/service-points/${world.servicePointId}/${path}`)
    .send({ parcelCode: order.parcelCode, clientId });
  expectClearAnswer(response, `operator ${event}`);
  const key = `${clientId} ${order.id} ${event}`;
  const after = await statusOf(world, order.id);
  if (world.counterMoves.has(key)) {
    // The phone sends what it already sent: the same answer, nothing moves again.
    expect(response.status).toBe(200);
    expect(after).toBe(before);
    return;
  }
  const to = nextStatus(before, event);
  if (to === null || (event === 'send_back' && !isPastLast)) {
    expect(response.status, JSON.stringify(response.body)).toBe(409);
    expect(after).toBe(before);
    return;
  }
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  // A check-in makes the whole handover ready once its last parcel is in.
  expect(event === 'check_in' ? ['arrived', 'ready_for_pickup'] : [to]).toContain(after);
  world.counterMoves.add(key);
}

/** At the counter: the resident's code, then the parcels handed over and paid for. */
export const operatorHandsOver = (
  orderIndex: number,
  replayOf: number | null,
  namesParcels: boolean,
) =>
  command(
    `operator hands over the handover of parcel ${orderIndex}${namesParcels ? ' naming its parcels' : ''}${replaying(replayOf)}`,
    async (world) => {
      const parcels = world.orders.filter((candidate) => candidate.handoverId !== null);
      const order = pick(parcels, orderIndex);
      if (order?.handoverId)
        await confirmHandover(world, order.handoverId, clientIdFor(world, replayOf), namesParcels);
      return false;
    },
  );

async function confirmHandover(
  world: World,
  handoverId: string,
  clientId: string,
  namesParcels: boolean,
) {
  const { code } = await world.t.database
    .knex('handovers')
    .where({ id: handoverId })
    .first<{ code: string }>('code');
  const point = `/api/v1/service-points/${world.servicePointId}`;
  const lookup = await world.operator.post(`${point}/handovers/lookup`).send({ code });
  expect(lookup.status, JSON.stringify(lookup.body)).toBe(200);
  const before = await statusesOf(world);
  const parcels = world.orders.filter((order) => order.handoverId === handoverId);
  const onTheirWay = parcels.filter((order) =>
    ['in_transit', 'arrived', 'ready_for_pickup'].includes(before.get(order.id) ?? ''),
  );
  const named = namesParcels && onTheirWay.length > 0 ? onTheirWay : null;
  const response = await world.operator.post(`${point}/handovers/${handoverId}/confirm`).send({
    clientId,
    paymentTakenOre: lookup.body.handover.amountDueOre as number,
    ...(named ? { orderIds: named.map((order) => order.id) } : {}),
  });
  expectClearAnswer(response, 'operator hands over');
  const after = await statusesOf(world);
  const unchanged = () => {
    for (const order of parcels) expect(after.get(order.id)).toBe(before.get(order.id));
  };
  const earlier = world.confirmations.get(clientId);
  if (earlier !== undefined) {
    // A replay: the same answer for the same handover, nothing collected twice.
    expect(response.status).toBe(earlier === handoverId ? 200 : 422);
    unchanged();
    return;
  }
  const targets = named ?? parcels.filter((order) => before.get(order.id) === 'ready_for_pickup');
  const isPossible =
    targets.length > 0 && targets.every((order) => before.get(order.id) === 'ready_for_pickup');
  if (!isPossible) {
    expect(response.status, JSON.stringify(response.body)).toBe(409);
    unchanged();
    return;
  }
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  for (const order of parcels)
    expect(after.get(order.id)).toBe(targets.includes(order) ? 'collected' : before.get(order.id));
  world.confirmations.set(clientId, handoverId);
}

/**
 * An order goes its natural way for a few steps, each by whoever takes it — to collection or
 * back to the shop — so runs reach deep states (collected, sent back, returned) as often as
 * the random commands try what may not happen. Invariants are checked after every step.
 */
export const orderMovesOn = (orderIndex: number, steps: number, ending: Ending) =>
  command(`order ${orderIndex} moves ${steps} steps towards ${ending}`, async (world, model) => {
    const order = pick(world.orders, orderIndex);
    if (!order) return false;
    for (let step = 0; step < steps; step += 1) {
      if (step > 0) await checkInvariants(world, { settled: false });
      if (!(await moveOn(world, model, order, ending))) break;
    }
    return false;
  });

/** Where an order's natural way ends: with the resident, back at the shop, or stopped by it. */
export type Ending = 'collected' | 'returned' | 'cancelled';

/** The order's next step, if it has one; false when it is at its end (or waits for another). */
async function moveOn(
  world: World,
  model: Model,
  order: WorldOrder,
  ending: Ending,
): Promise<boolean> {
  const status = await statusOf(world, order.id);
  const atPoint = order.method === 'pickup_at_service_point';
  switch (status) {
    case 'awaiting_payment':
      return payNow(world, order.checkout.id);
    case 'placed':
      await shopStep(world, order, 'accept', 'owner');
      return true;
    case 'accepted':
      await shopStep(world, order, ending === 'cancelled' ? 'cancel' : 'pack', 'staff');
      return true;
    case 'packed':
    case 'out_for_delivery':
    case 'delivery_failed':
      if (order.method === 'home_delivery') return moveOnHome(world, model, order, status, ending);
      if (status !== 'packed') return false;
      if (ending === 'cancelled') await shopStep(world, order, 'cancel', 'owner');
      else await shopStep(world, order, atPoint ? 'hand-over' : 'mark-ready', 'owner');
      return true;
    case 'in_transit':
      await operatorMove(world, order, 'check_in', clientIdFor(world, null));
      return true;
    case 'arrived': {
      // Waiting for the rest of its handover: move the first parcel still on its way.
      const statuses = await statusesOf(world);
      const behind = world.orders.find(
        (sibling) =>
          sibling.handoverId === order.handoverId &&
          ['awaiting_payment', 'placed', 'accepted', 'packed', 'in_transit'].includes(
            statuses.get(sibling.id) ?? '',
          ),
      );
      return behind ? moveOn(world, model, behind, ending) : false;
    }
    case 'ready_for_pickup':
      if (!atPoint) await shopStep(world, order, 'collect', 'staff');
      else if (ending === 'collected' || !order.handoverId)
        await confirmHandover(world, order.handoverId ?? '', clientIdFor(world, null), false);
      else if (await isPastLastDay(world, order))
        await operatorMove(world, order, 'send_back', clientIdFor(world, null));
      else if (model.advancedMs + 13 * day <= maxAdvanceMs)
        await runMinuteJob(world, model, 13 * day);
      else return false;
      return true;
    case 'returning':
      await shopStep(world, order, 'confirm-return', 'owner');
      return true;
    default:
      return false;
  }
}

async function isPastLastDay(world: World, order: WorldOrder): Promise<boolean> {
  const handover = await world.t.database
    .knex('handovers')
    .where({ id: order.handoverId })
    .first<{ last_day: string | null }>('last_day');
  return handover.last_day !== null && handover.last_day < swedishDateOf(world.t.clock.now());
}

/** The resident pays on Stripe's page; false when the session is no longer open. */
async function payNow(world: World, checkoutId: string): Promise<boolean> {
  const checkout = world.checkouts.find((candidate) => candidate.id === checkoutId);
  const session = checkout?.sessionId ? world.standIn.state.sessions.get(checkout.sessionId) : null;
  if (!session || session.status !== 'open') return false;
  const paid = await world.standIn.payCheckout(session.id, { withoutEvent: true });
  await sendEvent(world, 'checkout.session.completed', paid);
  return true;
}

export type WebhookKind = 'pay now' | 'late paid event' | 'replay' | 'second paid event' | 'expire';

/** What Stripe sends: on time, late, twice, or a session's end out of order. */
export const stripeSends = (kind: WebhookKind, index: number) =>
  command(`stripe: ${kind} (${index})`, async (world) => {
    const cards = world.checkouts.filter((checkout) => checkout.sessionId !== null);
    const checkout = pick(cards, index);
    const session = checkout?.sessionId
      ? world.standIn.state.sessions.get(checkout.sessionId)
      : undefined;
    switch (kind) {
      case 'pay now':
        if (checkout) await payNow(world, checkout.id);
        break;
      case 'late paid event':
        if (checkout?.delayedPaidSession) {
          await sendEvent(world, 'checkout.session.completed', checkout.delayedPaidSession);
          checkout.delayedPaidSession = null;
        }
        break;
      case 'replay': {
        const earlier = pick(world.sentEvents, index);
        if (earlier) await sendEvent(world, earlier.type, earlier.object, earlier.id);
        break;
      }
      case 'second paid event':
        if (session?.status === 'complete')
          await sendEvent(world, 'checkout.session.async_payment_succeeded', session);
        break;
      case 'expire':
        if (session?.status === 'open') {
          // Stripe closes the session and tells us so, after answering.
          const closed = await fetch(
            `${world.standIn.url}/v1/checkout/sessions/${session.id}/expire`,
            {
              method: 'POST',
              headers: { Authorization: `Bearer ${world.standIn.secretKey}` },
            },
          );
          expect(closed.status).toBe(200);
          await world.standIn.settled();
        } else if (session) {
          // An "expired" that contradicts the payment: it may arrive, it must not undo it.
          await sendEvent(world, 'checkout.session.expired', { ...session, status: 'expired' });
        }
        break;
    }
    return false;
  });

export const clockSteps = [0, 60_000, 40 * 60_000, day, 13 * day];

/** The minute job, after the clock moved on: reservations expire, money is retried. */
export const minuteJobRuns = (advanceMs: number) =>
  command(
    `the minute job runs ${advanceMs / 60_000} minutes later`,
    (world, model) => runMinuteJob(world, model, advanceMs),
    (model) => model.advancedMs + advanceMs <= maxAdvanceMs,
  );

/** True when nothing was set to fail: afterwards every payment owed must have been made. */
export async function runMinuteJob(world: World, model: Model, advanceMs: number) {
  model.advancedMs += advanceMs;
  world.t.clock.advance(advanceMs);
  const nothingWillFail = world.standIn.pendingFailures() === 0;
  await world.t.services.counter.housekeeping();
  await world.t.services.orders.housekeeping();
  await world.standIn.settled();
  return nothingWillFail;
}

/** Stripe's next money calls of a kind fail, so the retry path runs. */
export const stripeFails = (call: MoneyCall, count: number, mode: FailureMode) =>
  command(`the next ${count} ${call} call(s) fail (${mode})`, (world) => {
    world.standIn.failNext(call, count, mode);
    return Promise.resolve(false);
  });
