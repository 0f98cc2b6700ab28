import { swedishDateOf } from '@e-galleria/shared/calendar-dates';
import { localInstant } from '@e-galleria/shared/local-time';
import type { Transaction } from '../../db/database.ts';
import type { CheckoutsRepository } from './checkouts.repository.ts';
import type { HandoverPort } from './handovers.port.ts';
import type { DeliveryNotesPort } from './home-delivery.port.ts';
import type { OrdersRepository } from './orders.repository.ts';

/**
 * Years an order is kept after the end of the year it was placed in: the shop's accounting
 * records (bokföringslagen 7 kap. 2 §), as the privacy notice tells residents (decision 0057).
 */
export const orderRetentionYears = 7;

/** Orders erased per transaction: a round holds the writer for a short while only. */
const erasedPerRound = 200;

/**
 * Days a step keeps the network and kind of device it came from (decision 0016's addendum):
 * they serve to sort out a disputed step, and the longest a card payment can be disputed is
 * 540 days (the card schemes' longest time limit). The step itself stays with its order.
 */
export const stepOriginRetentionDays = 540;

/** Steps cleared per statement. */
const clearedPerRound = 1000;

/**
 * From when on (a Swedish New Year's midnight) orders are still kept: those placed in a year
 * whose seventh following year has ended are not. On 6 Dec 2026 the cutoff is 1 Jan 2019,
 * so the orders of 2018 went on 1 Jan 2026.
 */
export function retentionCutoff(now: number): { date: string; instant: number } {
  const year = Number(swedishDateOf(now).slice(0, 4)) - orderRetentionYears;
  const date = `${String(year).padStart(4, '0')}-01-01`;
  return { date, instant: localInstant(date, 0) };
}

/**
 * The hourly sweep that erases orders past their retention with everything that only they
 * named: lines, steps and charges, the checkout once it has no order left, the delivery note
 * with its corrections and the carrier's commands, runs left without notes, and handovers
 * (with their confirmations) no order names any more. Each module erases its own tables,
 * through its door, in the same transaction.
 */
export function createOrderRetention(deps: {
  transaction: <T>(work: (trx: Transaction) => Promise<T>) => Promise<T>;
  orders: OrdersRepository;
  checkouts: CheckoutsRepository;
  deliveryNotes: DeliveryNotesPort;
  handovers: HandoverPort;
  now: () => number;
}) {
  const { orders, checkouts, deliveryNotes, handovers } = deps;

  async function eraseRound(cutoff: { date: string; instant: number }): Promise<number> {
    return deps.transaction(async (trx) => {
      const rows = await orders.placedBefore(cutoff.instant, erasedPerRound, trx);
      // Most hours nothing is due, and nothing is written.
      if (rows.length === 0) return 0;
      const orderIds = rows.map((row) => row.id);
      // Notes name orders, and orders name checkouts and handovers: the namers go first.
      await deliveryNotes.eraseOfOrders(trx, orderIds, cutoff.date);
      await orders.erase(orderIds, trx);
      await checkouts.eraseWithoutOrders([...new Set(rows.map((row) => row.checkout_id))], trx);
      const handoverIds = rows.flatMap((row) => (row.handover_id ? [row.handover_id] : []));
      await handovers.eraseUnused(trx, [...new Set(handoverIds)]);
      return rows.length;
    });
  }

  return {
    /** How many steps it cleared of their network address and device. */
    async clearOldStepOrigins(): Promise<number> {
      const before = deps.now() - stepOriginRetentionDays * 24 * 60 * 60 * 1000;
      let cleared = 0;
      for (;;) {
        const count = await orders.clearOriginsBefore(before, clearedPerRound);
        cleared += count;
        if (count < clearedPerRound) return cleared;
      }
    },

    /** How many orders it erased. */
    async erasePastRetention(): Promise<number> {
      const cutoff = retentionCutoff(deps.now());
      let erased = 0;
      for (;;) {
        const count = await eraseRound(cutoff);
        erased += count;
        if (count < erasedPerRound) return erased;
      }
    },
  };
}
