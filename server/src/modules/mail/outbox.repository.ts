import type { Knex } from 'knex';
import type { Locale } from '@e-galleria/shared/locales';
import { insertPartOf, partOf, type WritePart } from '../../db/write-parts.ts';

export type OutboxStatus = 'pending' | 'sending' | 'sent' | 'failed' | 'kept';

export type OutboxRow = {
  id: string;
  to_address: string;
  subject: string;
  text_body: string;
  locale: Locale;
  kind: string;
  status: OutboxStatus;
  attempts: number;
  last_error: string | null;
  created_at: number;
  sent_at: number | null;
  /** When a sender claimed it (null until then): `sending` past the lease is abandoned. */
  claimed_at?: number | null;
};

/** A file of an outbox mail, in the order it is attached. */
export type OutboxAttachmentRow = {
  id: string;
  message_id: string;
  position: number;
  filename: string;
  content_type: string;
  content: Buffer;
};

export function createOutboxRepository(knex: Knex) {
  return {
    async insertAttachments(rows: OutboxAttachmentRow[], db: Knex = knex) {
      if (rows.length > 0) await db('outbox_attachments').insert(rows);
    },

    /** A mail's files as stored when it was written: every attempt sends the same bytes. */
    attachmentsOf: async (messageId: string) =>
      (
        await knex<OutboxAttachmentRow>('outbox_attachments')
          .where({ message_id: messageId })
          .orderBy('position')
      ).map((row) => ({
        filename: row.filename,
        contentType: row.content_type,
        content: Buffer.from(row.content),
      })),

    /** One statement for any number of messages. */
    async insert(rows: OutboxRow | OutboxRow[], db: Knex = knex) {
      await db('outbox_messages').insert(rows);
    },

    /** The same and the attachments, built to be sent with the caller's other writes. */
    insertParts(rows: OutboxRow[], attachments: OutboxAttachmentRow[], db: Knex): WritePart[] {
      return [
        ...(rows.length > 0 ? [insertPartOf(db, 'outbox_messages', rows)] : []),
        ...(attachments.length > 0 ? [partOf(db('outbox_attachments').insert(attachments))] : []),
      ];
    },

    listNewest: (limit: number) =>
      knex<OutboxRow>('outbox_messages')
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(limit),

    /** Pending messages, and those whose sender's lease ran out (`abandonedBefore`). */
    listDeliverable: (limit: number, maxAttempts: number, abandonedBefore: number) =>
      knex<OutboxRow>('outbox_messages')
        .where((claimable) => whereClaimable(claimable, abandonedBefore))
        .andWhere('attempts', '<', maxAttempts)
        .orderBy('created_at')
        .limit(limit),

    /**
     * Claims a message for one sender, as one conditional update: of two instances that try
     * the same message at once, the second updates 0 rows. A message abandoned mid-send (its
     * sender killed) is claimable again once its lease has run out.
     */
    async claim(id: string, at: number, abandonedBefore: number): Promise<boolean> {
      const updated = await knex('outbox_messages')
        .where({ id })
        .andWhere((claimable) => whereClaimable(claimable, abandonedBefore))
        .update({ status: 'sending', claimed_at: at, attempts: knex.raw('attempts + 1') });
      return updated === 1;
    },

    /** Abandoned on their last attempt: failed, as a send that threw would have been. */
    async failAbandoned(maxAttempts: number, abandonedBefore: number) {
      await knex('outbox_messages')
        .where({ status: 'sending' })
        .andWhere('attempts', '>=', maxAttempts)
        .andWhere((stale) =>
          stale.whereNull('claimed_at').orWhere('claimed_at', '<', abandonedBefore),
        )
        .update({ status: 'failed', last_error: 'abandoned by its sender' });
    },

    async markSent(id: string, now: number) {
      await knex('outbox_messages')
        .where({ id })
        .update({ status: 'sent', sent_at: now, last_error: null });
    },

    async markFailed(id: string, error: string, isFinal: boolean) {
      await knex('outbox_messages')
        .where({ id })
        .update({ status: isFinal ? 'failed' : 'pending', last_error: error.slice(0, 1000) });
    },

    /**
     * Erases up to `limit` finished messages (sent, given up, kept without SMTP) written before
     * `before`, with their files (the foreign key cascades); how many it erased. Pending and
     * `sending` messages are never among them (decision 0064).
     */
    async eraseFinishedBefore(before: number, limit: number): Promise<number> {
      // No ORDER BY: all of them are past their time, and unordered the `(status, created_at)`
      // index's ranges are read only until `limit` rows are found.
      const due = knex<OutboxRow>('outbox_messages').limit(limit);
      whereFinishedBefore(due, before);
      const ids = await due.pluck('id');
      if (ids.length === 0) return 0;
      // By id, through the primary key. The state is checked again on the row itself, as a
      // NOT IN that no index answers: with the range condition again, SQLite would read the
      // whole range past the cutoff once per round instead. Two runs at once: the second
      // finds a row the first erased gone, and does not count it.
      return knex('outbox_messages')
        .whereIn('id', ids)
        .whereNotIn('status', unfinishedStatuses)
        .delete();
    },
  };
}

/** Whether a message in each state may still be sent: only one that cannot is ever erased. */
const mayStillBeSent = {
  pending: true,
  sending: true,
  sent: false,
  failed: false,
  kept: false,
} as const satisfies Record<OutboxStatus, boolean>;

const statusesWhere = (maySend: boolean) =>
  (Object.keys(mayStillBeSent) as OutboxStatus[]).filter(
    (status) => mayStillBeSent[status] === maySend,
  );
const finishedStatuses = statusesWhere(false);
const unfinishedStatuses = statusesWhere(true);

function whereFinishedBefore(query: Knex.QueryBuilder, before: number) {
  void query.whereIn('status', finishedStatuses).andWhere('created_at', '<', before);
}

function whereClaimable(query: Knex.QueryBuilder, abandonedBefore: number) {
  void query.where({ status: 'pending' }).orWhere((abandoned) => {
    void abandoned
      .where({ status: 'sending' })
      .andWhere((stale) =>
        stale.whereNull('claimed_at').orWhere('claimed_at', '<', abandonedBefore),
      );
  });
}

export type OutboxRepository = ReturnType<typeof createOutboxRepository>;
