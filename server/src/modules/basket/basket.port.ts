import type { Queryable, Transaction } from '../../db/database.ts';

/**
 * What the basket asks of orders, handed in when the app is composed (the orders module's
 * `createOrderRecords` gives it): the basket sits below orders, which check its lines out.
 */
export type OrderBookings = {
  /** Seats booked per slot start by orders that still hold them. */
  bookedSeats: (
    productId: string,
    slotStarts: readonly number[],
    db?: Queryable,
  ) => Promise<Map<number, number>>;
  /** What a guest bought before logging in becomes the account's. */
  claimGuestCheckouts: (trx: Transaction, guestTokenHash: string, userId: string) => Promise<void>;
};
