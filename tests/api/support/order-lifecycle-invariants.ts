import { expect } from 'vitest';
import {
  mayFire,
  orderEvents,
  orderStatuses,
  stockReleasingStatuses,
  type OrderActor,
  type OrderEvent,
  type OrderStatus,
} from '@e-galleria/shared/order-status';
import { splitPayment } from '@e-galleria/shared/platform-fee';
import { checkDeliveries } from './order-lifecycle-delivery-invariants.ts';
import type { World } from './order-lifecycle.ts';

/**
 * What must hold of a world after every command: statuses the state machine knows, reached
 * by its transitions; stock taken once and given back at most once; and card money — read
 * from what the Stripe stand-in did, not from our own records — moved at most once each way
 * and never more than was paid. `settled` (after the retry job ran with nothing failing)
 * also demands that everything owed has happened.
 */

export type OrderRow = {
  id: string;
  checkout_id: string;
  status: OrderStatus;
  total_ore: number;
  transfer_id: string | null;
  transfer_ore: number | null;
  refund_id: string | null;
};
export type EventRow = {
  id: string;
  order_id: string;
  from_status: OrderStatus | null;
  to_status: OrderStatus;
  event: string;
  actor_kind: string;
};

/** The statuses in which the shop has its share (order-money.ts transfers in these). */
const paidToShopStatuses: readonly OrderStatus[] = [
  'accepted',
  'packed',
  'in_transit',
  'arrived',
  'ready_for_pickup',
  'collected',
  'out_for_delivery',
  'delivered',
  // Usually sent out again: the money goes back when the shop confirms the return.
  'delivery_failed',
];

const isReleased = (status: OrderStatus) => stockReleasingStatuses.includes(status);

export async function checkInvariants(world: World, options: { settled: boolean }) {
  const { knex } = world.t.database;
  const orderIds = world.orders.map((order) => order.id);
  const rows = await knex('shop_orders')
    .whereIn('id', orderIds)
    .select<OrderRow[]>(
      'id',
      'checkout_id',
      'status',
      'total_ore',
      'transfer_id',
      'transfer_ore',
      'refund_id',
    );
  const events = await knex('order_status_events')
    .whereIn('order_id', orderIds)
    .orderBy('id')
    .select<EventRow[]>('id', 'order_id', 'from_status', 'to_status', 'event', 'actor_kind');
  const history = new Map<string, EventRow[]>();
  for (const event of events)
    history.set(event.order_id, [...(history.get(event.order_id) ?? []), event]);

  expect(rows).toHaveLength(orderIds.length);
  const refused = world.standIn.deliveries.filter((delivery) => delivery.status !== 200);
  expect(refused, 'every webhook Stripe sent is taken').toEqual([]);
  for (const row of rows) checkHistory(row, history.get(row.id) ?? []);
  await checkStock(world, rows);
  await checkMoney(world, rows, history, options);
  await checkDeliveries(world, rows, history, options);
}

/**
 * The order's history is one chain of legal steps from its checkout to its status now, in the
 * order they were written (ids are time-ordered): a redelivery passes `packed` again.
 */
function checkHistory(order: OrderRow, events: readonly EventRow[]) {
  expect(orderStatuses).toContain(order.status);
  const starts = events.filter((event) => event.from_status === null);
  expect(starts, `order ${order.id} has one start`).toHaveLength(1);
  expect(events[0]?.event).toBe('checkout');
  let current = events[0]?.to_status;
  expect(['awaiting_payment', 'placed']).toContain(current);
  for (const event of events.slice(1)) {
    expect(event.from_status, `order ${order.id}: a step from ${current}`).toBe(current);
    const rule = orderEvents[event.event as OrderEvent] as
      { from: readonly OrderStatus[]; to: OrderStatus } | undefined;
    expect(rule, `order ${order.id}: known event ${event.event}`).toBeDefined();
    expect(rule?.from).toContain(event.from_status);
    expect(rule?.to).toBe(event.to_status);
    expect(mayFire(event.event as OrderEvent, event.actor_kind as OrderActor)).toBe(true);
    current = event.to_status;
  }
  expect(current, `order ${order.id}: history ends in its status`).toBe(order.status);
}

/** For each good: what it started with, less what the orders holding it took, is left. */
async function checkStock(world: World, orders: readonly OrderRow[]) {
  const { knex } = world.t.database;
  const statusOf = new Map(orders.map((order) => [order.id, order.status]));
  const lines = await knex('order_lines')
    .whereIn(
      'order_id',
      orders.map((order) => order.id),
    )
    .select<{ order_id: string; variant_id: string; quantity: number; stock_reserved: unknown }[]>(
      'order_id',
      'variant_id',
      'quantity',
      'stock_reserved',
    );
  for (const good of world.goods) {
    const held = lines
      .filter((line) => line.variant_id === good.variantId && Boolean(line.stock_reserved))
      .filter((line) => !isReleased(statusOf.get(line.order_id) as OrderStatus))
      .reduce((sum, line) => sum + line.quantity, 0);
    const variant = await knex('product_variants')
      .where({ id: good.variantId })
      .first<{ stock: number }>('stock');
    expect(variant.stock, `stock of ${good.variantId}`).toBe(good.initialStock - held);
  }
}

async function checkMoney(
  world: World,
  orders: readonly OrderRow[],
  history: ReadonlyMap<string, readonly EventRow[]>,
  options: { settled: boolean },
) {
  const { knex } = world.t.database;
  const { state } = world.standIn;
  const fee = world.plan.feeBasisPoints;
  for (const checkout of world.checkouts) {
    const own = orders.filter((order) => order.checkout_id === checkout.id);
    const transfers = [...state.transfers.values()].filter(
      (transfer) => transfer.transferGroup === checkout.id,
    );
    const session = checkout.sessionId ? state.sessions.get(checkout.sessionId) : undefined;
    const charge = [...state.charges.values()].find(
      (candidate) => candidate.paymentIntent === session?.payment_intent,
    );
    if (!charge) {
      // Nothing was paid (or pay at pickup): nothing may be sent anywhere.
      expect(transfers, `transfers of unpaid checkout ${checkout.id}`).toEqual([]);
      continue;
    }
    const row = await knex('checkouts')
      .where({ id: checkout.id })
      .first<{ total_ore: number; payment_intent_id: string | null }>(
        'total_ore',
        'payment_intent_id',
      );
    expect(charge.amount).toBe(row.total_ore);
    expect(own.reduce((sum, order) => sum + order.total_ore, 0)).toBe(row.total_ore);
    const refunds = [...state.refunds.values()].filter((refund) => refund.charge === charge.id);
    const reversals = [...state.reversals.values()];

    // Never more out than came in: refunds plus what the shops keep.
    const keptByShops = transfers.reduce((sum, made) => sum + made.amount - made.reversed, 0);
    expect(
      charge.refunded + keptByShops,
      `money out of checkout ${checkout.id}`,
    ).toBeLessThanOrEqual(charge.amount);
    const shopAccounts = own.map((order) => accountOf(world, order.id));
    for (const transfer of transfers) {
      expect(shopAccounts).toContain(transfer.destination);
      expect(transfer.sourceTransaction, 'a transfer pays out of its checkout').toBe(charge.id);
    }
    expect(refunds.reduce((sum, refund) => sum + refund.amount, 0)).toBe(charge.refunded);

    // Refunds: at most one per order that ended undelivered, each of that order's total.
    const releasedTotals = own
      .filter((order) => isReleased(order.status))
      .map((order) => order.total_ore)
      .sort((a, b) => a - b);
    const refundedAmounts = refunds.map((refund) => refund.amount).sort((a, b) => a - b);
    expect(isSubMultiset(refundedAmounts, releasedTotals), 'refunds are of ended orders').toBe(
      true,
    );
    for (const order of own.filter((candidate) => candidate.refund_id !== null))
      expect(refunds.map((refund) => refund.id)).toContain(order.refund_id);

    for (const order of own) {
      const toShop = transfers.filter(
        (transfer) => transfer.destination === accountOf(world, order.id),
      );
      expect(toShop.length, `transfers for order ${order.id}`).toBeLessThan(2);
      const transfer = toShop[0];
      const wasAccepted = (history.get(order.id) ?? []).some((event) => event.event === 'accept');
      if (transfer) {
        expect(wasAccepted, `order ${order.id} transferred without being accepted`).toBe(true);
        expect(transfer.amount).toBe(splitPayment(order.total_ore, fee).transferOre);
        const ownReversals = reversals.filter((reversal) => reversal.transfer === transfer.id);
        expect(ownReversals.length, `reversals of order ${order.id}`).toBeLessThan(2);
        if (transfer.reversed > 0) {
          expect(isReleased(order.status)).toBe(true);
          expect(transfer.reversed).toBe(transfer.amount);
        }
      }
      if (order.transfer_id !== null) {
        expect(transfer?.id).toBe(order.transfer_id);
        expect(order.transfer_ore).toBe(transfer?.amount);
      }
      if (!options.settled || row.payment_intent_id === null) continue;

      // Settled: everything the status calls for has happened.
      if (isReleased(order.status)) {
        expect(order.refund_id, `refund of ended order ${order.id}`).not.toBeNull();
        if (transfer) expect(transfer.reversed, `reversal of ${order.id}`).toBe(transfer.amount);
      } else if (paidToShopStatuses.includes(order.status)) {
        expect(transfer, `transfer of order ${order.id} (${order.status})`).toBeDefined();
        expect(transfer?.reversed).toBe(0);
      }
    }
    if (options.settled && row.payment_intent_id !== null)
      expect(refundedAmounts, `refunds of checkout ${checkout.id}`).toEqual(releasedTotals);
    if (row.payment_intent_id === null)
      expect(refunds, 'no refund of a payment the server does not know of').toEqual([]);
  }
}

function accountOf(world: World, orderId: string): string | undefined {
  const order = world.orders.find((candidate) => candidate.id === orderId);
  return order && world.shops[order.shopIndex]?.accountId;
}

/** Whether every element of `part` (sorted) can be matched to its own element of `whole` (sorted). */
function isSubMultiset(part: readonly number[], whole: readonly number[]): boolean {
  let index = 0;
  for (const value of part) {
    while (index < whole.length && (whole[index] ?? 0) < value) index += 1;
    if (whole[index] !== value) return false;
    index += 1;
  }
  return true;
}
