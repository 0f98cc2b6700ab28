import type { Knex } from 'knex';
import { stockReleasingStatuses } from '@e-galleria/shared/order-status';

/**
 * Seats of a service's slots already taken: booked by orders that still hold them, plus held
 * by baskets whose hold has not run out (leaving out the asking basket's own hold). Two
 * statements whatever the number of slots.
 */
export async function takenSeats(
  db: Knex,
  productId: string,
  slotStarts: readonly number[],
  now: number,
  exceptBasketId: string | null = null,
): Promise<Map<number, number>> {
  const taken = new Map<number, number>();
  if (slotStarts.length === 0) return taken;
  const [booked, held] = await Promise.all([
    db('order_lines as l')
      .join('shop_orders as o', 'o.id', 'l.order_id')
      .where('l.product_id', productId)
      .whereIn('l.slot_start', slotStarts)
      .whereNotIn('o.status', stockReleasingStatuses)
      .groupBy('l.slot_start')
      .select<{ slot_start: number | string; seats: number | string }[]>(
        'l.slot_start',
        db.raw('sum(l.quantity) as seats'),
      ),
    db('basket_items')
      .where('product_id', productId)
      .whereIn('slot_start', slotStarts)
      .where('hold_expires_at', '>', now)
      .modify((query) => {
        if (exceptBasketId !== null) void query.whereNot('basket_id', exceptBasketId);
      })
      .groupBy('slot_start')
      .select<{ slot_start: number | string; seats: number | string }[]>(
        'slot_start',
        db.raw('sum(quantity) as seats'),
      ),
  ]);
  for (const row of [...booked, ...held]) {
    const start = Number(row.slot_start);
    taken.set(start, (taken.get(start) ?? 0) + Number(row.seats));
  }
  return taken;
}
