import type { Knex } from 'knex';
import type { Locale } from '@e-galleria/shared/locales';

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
  /** When an instance claimed it for sending; null until then. */
  claimed_at?: number | null;
};

/** A claim whose sender went silent (claims from before claimed_at existed count too). */
function claimAbandoned(query: Knex.QueryBuilder, claimsExpireBefore: number) {
  void query.where({ status: 'sending' }).andWhere((old) => {
    void old.whereNull('claimed_at').orWhere('claimed_at', '<', claimsExpireBefore);
  });
}

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

    listNewest: (limit: number) =>
      knex<OutboxRow>('outbox_messages')
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(limit),

    /**
     * Messages to send: pending ones, and those claimed before `claimsExpireBefore` by an
     * instance that never finished (it died while sending).
     */
    listDeliverable: (limit: number, maxAttempts: number, claimsExpireBefore: number) =>
      knex<OutboxRow>('outbox_messages')
        .where((deliverable) => {
          void deliverable
            .where({ status: 'pending' })
            .orWhere((abandoned) => claimAbandoned(abandoned, claimsExpireBefore));
        })
        .andWhere('attempts', '<', maxAttempts)
        .orderBy('created_at')
        .limit(limit),

    /** Claims a message for one sender; another instance that tries the same gets 0 rows. */
    async claim(id: string, now: number, claimsExpireBefore: number): Promise<boolean> {
      const updated = await knex('outbox_messages')
        .where({ id })
        .andWhere((claimable) => {
          void claimable
            .where({ status: 'pending' })
            .orWhere((abandoned) => claimAbandoned(abandoned, claimsExpireBefore));
        })
        .update({ status: 'sending', claimed_at: now, attempts: knex.raw('attempts + 1') });
      return updated === 1;
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
  };
}

export type OutboxRepository = ReturnType<typeof createOutboxRepository>;
