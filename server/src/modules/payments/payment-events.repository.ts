import type { Knex } from 'knex';

export type PaymentEventRow = {
  id: string;
  type: string;
  event_created_at: number;
  created_at: number;
  processed_at: number | null;
};

export function createPaymentEventsRepository(knex: Knex) {
  return {
    /**
     * Claims an event id inside the caller's transaction: true for the first delivery, false
     * for a replay. On PostgreSQL a concurrent second delivery waits on the primary key until
     * the first commits (then sees the row) or rolls back (then claims it itself).
     */
    async claim(db: Knex, event: { id: string; type: string; createdAt: number }, now: number) {
      const inserted = await db('payment_events')
        .insert({
          id: event.id,
          type: event.type,
          event_created_at: event.createdAt,
          created_at: now,
          processed_at: now,
        })
        .onConflict('id')
        .ignore()
        .returning<{ id: string }[]>(['id']);
      return inserted.length > 0;
    },

    find: (id: string) =>
      knex<PaymentEventRow>('payment_events').where({ id }).first() as Promise<
        PaymentEventRow | undefined
      >,
  };
}

export type PaymentEventsRepository = ReturnType<typeof createPaymentEventsRepository>;
