import type { Database, Queryable, Transaction } from '../../db/database.ts';
import type { OrderBookings } from '../basket/basket.port.ts';
import { createCheckoutsRepository } from './checkouts.repository.ts';
import { createOrdersRepository } from './orders.repository.ts';

/**
 * What the basket asks of orders (docs/decisions/0019): seats of a service's slots that
 * orders hold, and a guest's orders that become the account's at login. Built from the
 * database alone, before the basket, which the checkout room needs in turn.
 */
export function createOrderRecords(deps: { database: Database; now: () => number }): OrderBookings {
  const orders = createOrdersRepository(deps.database.knex);
  const checkouts = createCheckoutsRepository(deps.database.knex);
  return {
    /** Seats booked per slot start by orders that still hold them. */
    async bookedSeats(
      productId: string,
      slotStarts: readonly number[],
      db?: Queryable,
    ): Promise<Map<number, number>> {
      const booked = new Map<number, number>();
      for (const row of await orders.bookedSeats(productId, slotStarts, db))
        booked.set(Number(row.slot_start), Number(row.seats));
      return booked;
    },

    /** What a guest bought before logging in belongs to the account from now on. */
    claimGuestCheckouts: (trx: Transaction, guestTokenHash: string, userId: string) =>
      checkouts.claimGuest(guestTokenHash, userId, deps.now(), trx),
  };
}

export type OrderRecords = ReturnType<typeof createOrderRecords>;
