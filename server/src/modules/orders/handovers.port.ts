import type { Transaction } from '../../db/database.ts';

/**
 * What checkout asks of the counter, handed in when the app is composed (the counter's
 * `handovers` gives it): parcels for one resident at one service point on one day form one
 * handover with one code (DESIGN §4).
 */
export type HandoverPort = {
  /** The resident's open handover there that day, or a new one; its id. */
  joinOrOpen: (
    trx: Transaction,
    parcel: {
      servicePointId: string;
      pickupDate: string;
      contactEmail: string;
      userId: string | null;
      at: number;
    },
  ) => Promise<string>;
  /**
   * Retention (decision 0057), once the orders are erased: the handovers among these that no
   * order names any more, with their confirmations.
   */
  eraseUnused: (trx: Transaction, handoverIds: readonly string[]) => Promise<void>;
};
