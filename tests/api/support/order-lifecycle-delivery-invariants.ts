import { expect } from 'vitest';
import { expectCarriersSeeOnlyTheirOwn } from './order-lifecycle-delivery-commands.ts';
import type { EventRow, OrderRow } from './order-lifecycle-invariants.ts';
import type { World } from './order-lifecycle.ts';

/**
 * What must hold of the world's home deliveries after every command (decision 0020): every
 * home-delivered order has its note; the amount taken at the door is recorded at most once and
 * is what was due; a pay-on-delivery order is never refunded, a card order taken back after a
 * failed delivery is refunded exactly once (read from Stripe's stand-in); and — once settled —
 * no carrier's day lists a note of another carrier.
 */

type NoteRow = {
  order_id: string;
  carrier_id: string | null;
  date: string;
  outcome: string | null;
  collect_ore: number;
  collected_ore: number | null;
};

export async function checkDeliveries(
  world: World,
  orders: readonly OrderRow[],
  history: ReadonlyMap<string, readonly EventRow[]>,
  options: { settled: boolean },
) {
  const home = world.orders.filter((order) => order.method === 'home_delivery');
  if (home.length === 0) return;
  const { knex } = world.t.database;
  const notes = await knex('delivery_notes')
    .whereIn(
      'order_id',
      home.map((order) => order.id),
    )
    .select<NoteRow[]>('order_id', 'carrier_id', 'date', 'outcome', 'collect_ore', 'collected_ore');
  expect(notes, 'one note per home-delivered order').toHaveLength(home.length);
  const commands = await knex('delivery_commands')
    .whereIn(
      'target_id',
      home.map((order) => order.id),
    )
    .select<{ target_id: string; kind: string }[]>('target_id', 'kind');

  for (const note of notes) {
    const order = orders.find((row) => row.id === note.order_id);
    const planned = home.find((candidate) => candidate.id === note.order_id);
    if (!order || !planned) throw new Error(`no order for note ${note.order_id}`);
    const events = history.get(order.id) ?? [];
    const paysAtDoor = planned.checkout.payment === 'pay_at_pickup';
    const what = `order ${order.id} (${planned.checkout.payment}, ${order.status})`;

    // What the driver is to collect: the whole order when paid at the door, else nothing.
    expect(note.collect_ore, `due at the door of ${what}`).toBe(paysAtDoor ? order.total_ore : 0);
    const deliveries = events.filter((event) => event.event === 'deliver');
    expect(deliveries.length, `deliveries of ${what}`).toBeLessThan(2);
    expect(
      commands.filter((command) => command.target_id === order.id && command.kind === 'deliver'),
      `deliver commands of ${what}`,
    ).toHaveLength(deliveries.length);
    const taken = world.amountsTaken.get(order.id) ?? [];
    expect(taken.length, `amounts taken for ${what}`).toBeLessThan(2);
    if (paysAtDoor && order.status === 'delivered') {
      expect(note.collected_ore, `taken at the door for ${what}`).toBe(note.collect_ore);
      expect(taken).toEqual([note.collect_ore]);
    } else {
      expect(note.collected_ore, `nothing recorded as taken for ${what}`).toBeNull();
    }

    if (paysAtDoor) expect(order.refund_id, `refund of ${what}`).toBeNull();
    const failedThenReturned =
      order.status === 'returned' && events.some((event) => event.event === 'fail_delivery');
    if (!paysAtDoor && failedThenReturned && options.settled && order.refund_id !== null) {
      const refunds = [...world.standIn.state.refunds.values()].filter(
        (refund) => refund.id === order.refund_id,
      );
      expect(refunds, `refund of ${what}`).toHaveLength(1);
      expect(refunds[0]?.amount).toBe(order.total_ore);
    }
  }
  if (options.settled)
    for (const date of new Set(notes.map((note) => note.date)))
      await expectCarriersSeeOnlyTheirOwn(world, date);
}
