import type { Locale } from '@e-galleria/shared/locales';
import type { Knex } from 'knex';
import { insertPartOf, type WritePart } from '../../db/write-parts.ts';

export type CheckoutRow = {
  id: string;
  user_id: string | null;
  guest_token_hash: string | null;
  contact_name: string;
  contact_email: string;
  contact_phone: string | null;
  locale: Locale;
  payment_method: 'pay_at_pickup' | 'card';
  status: 'awaiting_payment' | 'confirmed' | 'expired';
  total_ore: number;
  idempotency_scope: string | null;
  idempotency_key: string | null;
  request_hash: string | null;
  payment_session_id: string | null;
  payment_url: string | null;
  payment_intent_id: string | null;
  expires_at: number | null;
  /** An order a shop placed by phone on a resident's behalf: who, from which shop, for whom. */
  placed_by_user_id: string | null;
  placed_by_shop_id: string | null;
  placed_by_name: string | null;
  household_id: string | null;
  created_at: number;
  updated_at: number;
};

/** Checkouts: one per purchase of a resident, splitting into one shop order per shop. */
export function createCheckoutsRepository(knex: Knex) {
  return {
    findByIdempotencyKey: (scope: string, key: string, db: Knex = knex) =>
      db<CheckoutRow>('checkouts')
        .where({ idempotency_scope: scope, idempotency_key: key })
        .first() as Promise<CheckoutRow | undefined>,

    find: (id: string, db: Knex = knex) =>
      db<CheckoutRow>('checkouts').where({ id }).first() as Promise<CheckoutRow | undefined>,

    insert: (row: CheckoutRow, db: Knex) => db('checkouts').insert(row),

    /** The same, built to be sent with the checkout's other writes (`sendParts`). */
    insertPart: (row: CheckoutRow, db: Knex): WritePart => insertPartOf(db, 'checkouts', [row]),

    async setPaymentSession(
      id: string,
      session: { sessionId: string; url: string },
      at: number,
    ): Promise<void> {
      await knex('checkouts').where({ id }).update({
        payment_session_id: session.sessionId,
        payment_url: session.url,
        updated_at: at,
      });
    },

    /** The checkout a card payment paid for: a refund names only the payment. */
    findByPaymentIntent: (intentId: string, db: Knex = knex) =>
      db<CheckoutRow>('checkouts').where({ payment_intent_id: intentId }).first() as Promise<
        CheckoutRow | undefined
      >,

    /**
     * A refund made outside the galleria (decision 0070), once: false when it was already
     * recorded (the same event delivered again, or told twice).
     */
    async recordOutsideRefund(
      row: {
        refund_id: string;
        payment_intent_id: string | null;
        checkout_id: string | null;
        amount_ore: number;
        reason: string | null;
        refunded_at: number;
        recorded_at: number;
      },
      db: Knex,
    ): Promise<boolean> {
      const inserted = await db('outside_refunds')
        .insert(row)
        .onConflict('refund_id')
        .ignore()
        .returning<{ refund_id: string }[]>(['refund_id']);
      return inserted.length > 0;
    },

    /** The latest refunds made outside the galleria, newest first, with their checkout's total. */
    listOutsideRefunds: (limit: number) =>
      knex('outside_refunds as r')
        .leftJoin('checkouts as c', 'c.id', 'r.checkout_id')
        .leftJoin('users as u', 'u.id', 'r.settled_by_user_id')
        // Those still to settle first.
        .orderByRaw('case when r.settled_at is null then 0 else 1 end')
        .orderBy('r.refunded_at', 'desc')
        .orderBy('r.refund_id', 'desc')
        .limit(limit)
        .select<
          {
            refund_id: string;
            checkout_id: string | null;
            amount_ore: number;
            reason: string | null;
            refunded_at: number | string;
            total_ore: number | null;
            settled_at: number | null;
            settled_by_name: string | null;
          }[]
        >(
          'r.refund_id',
          'r.checkout_id',
          'r.amount_ore',
          'r.reason',
          'r.refunded_at',
          'c.total_ore',
          'r.settled_at',
          'u.name as settled_by_name',
        ),

    /** Marks money taken back as settled by hand, once: false when unknown or already so. */
    async settleMoneyTakenBack(
      kind: 'refund' | 'dispute',
      id: string,
      settledBy: string,
      at: number,
    ): Promise<boolean> {
      const [table, key] =
        kind === 'refund' ? ['outside_refunds', 'refund_id'] : ['payment_disputes', 'dispute_id'];
      const updated = await knex(table)
        .where(key, id)
        .whereNull('settled_at')
        .update({ settled_at: at, settled_by_user_id: settledBy });
      return updated === 1;
    },

    /** A payment disputed with the cardholder's bank, once: false when already recorded. */
    async recordDispute(
      row: {
        dispute_id: string;
        payment_intent_id: string | null;
        checkout_id: string | null;
        amount_ore: number;
        reason: string | null;
        disputed_at: number;
        evidence_due_at: number | null;
        recorded_at: number;
      },
      db: Knex,
    ): Promise<boolean> {
      const inserted = await db('payment_disputes')
        .insert(row)
        .onConflict('dispute_id')
        .ignore()
        .returning<{ dispute_id: string }[]>(['dispute_id']);
      return inserted.length > 0;
    },

    /** The latest disputes, newest first, with their checkout's total. */
    listDisputes: (limit: number) =>
      knex('payment_disputes as d')
        .leftJoin('checkouts as c', 'c.id', 'd.checkout_id')
        .leftJoin('users as u', 'u.id', 'd.settled_by_user_id')
        .orderByRaw('case when d.settled_at is null then 0 else 1 end')
        .orderBy('d.disputed_at', 'desc')
        .orderBy('d.dispute_id', 'desc')
        .limit(limit)
        .select<
          {
            dispute_id: string;
            checkout_id: string | null;
            amount_ore: number;
            reason: string | null;
            disputed_at: number | string;
            evidence_due_at: number | string | null;
            total_ore: number | null;
            settled_at: number | null;
            settled_by_name: string | null;
          }[]
        >(
          'd.dispute_id',
          'd.checkout_id',
          'd.amount_ore',
          'd.reason',
          'd.disputed_at',
          'd.evidence_due_at',
          'c.total_ore',
          'd.settled_at',
          'u.name as settled_by_name',
        ),

    /** The first payment intent a paid session names is the checkout's. */
    async recordPaymentIntent(id: string, intentId: string | null, at: number, db: Knex) {
      await db('checkouts')
        .where({ id })
        .whereNull('payment_intent_id')
        .update({ payment_intent_id: intentId, updated_at: at });
    },

    /** From awaiting payment to `status`, once: false when it was not awaiting payment. */
    async settle(id: string, status: 'confirmed' | 'expired', at: number, db: Knex) {
      const updated = await db('checkouts')
        .where({ id, status: 'awaiting_payment' })
        .update({ status, updated_at: at });
      return updated === 1;
    },

    /** Card checkouts whose time to pay ran out. */
    overdue: (at: number) =>
      knex('checkouts')
        .where({ status: 'awaiting_payment' })
        .where('expires_at', '<', at)
        .select<{ id: string; payment_session_id: string | null }[]>('id', 'payment_session_id'),

    /** A resident's checkouts, newest first, keyset-paged (one more than `limit`). */
    ofUser: (userId: string, before: { at: number; id: string } | null, limit: number) => {
      const query = knex<CheckoutRow>('checkouts')
        .where({ user_id: userId })
        .whereNot('status', 'expired');
      if (before)
        void query.where((keyset) => {
          void keyset
            .where('created_at', '<', before.at)
            .orWhere((tie) => void tie.where('created_at', before.at).where('id', '<', before.id));
        });
      return query
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(limit + 1)
        .select<CheckoutRow[]>('*');
    },

    /** What a guest bought before logging in becomes the account's, orders included. */
    async claimGuest(guestTokenHash: string, userId: string, at: number, db: Knex) {
      const checkoutIds = db('checkouts')
        .where({ guest_token_hash: guestTokenHash })
        .whereNull('user_id')
        .select('id');
      await db('shop_orders')
        .whereIn('checkout_id', checkoutIds)
        .whereNull('user_id')
        .update({ user_id: userId });
      await db('checkouts')
        .where({ guest_token_hash: guestTokenHash })
        .whereNull('user_id')
        .update({ user_id: userId, updated_at: at });
    },

    /** Retention (decision 0057): of these checkouts, those left without orders. */
    eraseWithoutOrders: (checkoutIds: readonly string[], db: Knex) =>
      db('checkouts')
        .whereIn('id', checkoutIds)
        .whereNotExists(db('shop_orders').whereRaw('shop_orders.checkout_id = checkouts.id'))
        .delete(),
  };
}

export type CheckoutsRepository = ReturnType<typeof createCheckoutsRepository>;
