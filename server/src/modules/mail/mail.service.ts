import type { Queryable } from '../../db/database.ts';
import type { WritePart } from '../../db/write-parts.ts';
import type { Logger } from 'pino';
import type { Locale } from '@e-galleria/shared/locales';
import { newId } from '../../db/ids.ts';
import type { MailAttachment, MailTransport } from '../../integrations/mail-transport.ts';
import { mailTemplates, type MailKind, type MailTemplates } from './mail-templates.ts';
import type { OutboxRepository, OutboxRow } from './outbox.repository.ts';

const maxAttempts = 5;

/**
 * How long a claimed message is its sender's: longer than any SMTP exchange can take (the
 * transport gives up on a silent server well before), so only a sender that died loses it.
 */
export const sendingLeaseMs = 15 * 60_000;

/**
 * Days a finished mail (sent, given up, or kept without SMTP) stays in the outbox, counted from
 * when it was written (decision 0064): the longest a parcel waits at a service point
 * (`maxHoldDays`, 60) and a month for the "I never got my code" that follows.
 */
export const mailRetentionDays = 90;

/** Mails erased per statement, and per hourly run: the rest waits for the next hour. */
const erasedPerRound = 500;
export const mailErasedPerRun = 10 * erasedPerRound;

const dayMs = 24 * 60 * 60 * 1000;

/**
 * Mail goes through the outbox: it is written in the caller's transaction, so a mail exists
 * exactly when what it announces does, and is delivered afterwards by whichever app instance
 * claims it first. Without SMTP it is kept in the outbox (shown at /dev/mailbox in demo mode).
 */
export function createMailService(deps: {
  outbox: OutboxRepository;
  transport: MailTransport | null;
  logger: Logger;
  now: () => number;
  claimTimeLimitMs?: number;
}) {
  const { outbox, transport, logger, now } = deps;
  const claimTimeLimitMs = deps.claimTimeLimitMs ?? sendingLeaseMs;

  type Mail<Kind extends MailKind> = {
    to: string;
    locale: Locale;
    kind: Kind;
    params: Parameters<MailTemplates[Kind]>[0];
    /** Files to send with it (a forwarded report's PDF), kept with the mail. */
    attachments?: readonly MailAttachment[];
  };

  function render<Kind extends MailKind>(mail: Mail<Kind>): OutboxRow {
    const template = mailTemplates[mail.locale][mail.kind] as (params: typeof mail.params) => {
      subject: string;
      text: string;
    };
    const rendered = template(mail.params);
    return {
      id: newId(),
      to_address: mail.to,
      subject: rendered.subject,
      text_body: rendered.text,
      locale: mail.locale,
      kind: mail.kind,
      status: transport ? 'pending' : 'kept',
      attempts: 0,
      last_error: null,
      created_at: now(),
      sent_at: null,
    };
  }

  /** Writes a mail to the outbox, in the caller's transaction when `db` is one. */
  async function enqueue<Kind extends MailKind>(mail: Mail<Kind>, db?: Queryable): Promise<void> {
    await enqueueMany([mail], db);
  }

  /**
   * Several mails in one statement (a checkout's confirmation and its shops' notices). A
   * resident without an e-mail (an order a shop took by phone) has an empty address: the shop
   * calls them instead, and nothing is written for them.
   */
  async function enqueueMany(mails: readonly Mail<MailKind>[], db?: Queryable): Promise<void> {
    const { rows, attachments } = rowsOf(mails);
    if (rows.length === 0) return;
    await outbox.insert(rows, db);
    await outbox.insertAttachments(attachments, db);
  }

  /** The outbox rows of mails that have an address, and their files. */
  function rowsOf(mails: readonly Mail<MailKind>[]) {
    const addressed = mails.filter((mail) => mail.to !== '');
    const rows = addressed.map(render);
    const attachments = addressed.flatMap((mail, index) =>
      (mail.attachments ?? []).map((file, position) => ({
        id: newId(),
        message_id: rows[index]?.id ?? '',
        position,
        filename: file.filename,
        content_type: file.contentType,
        content: file.content,
      })),
    );
    return { rows, attachments };
  }

  /**
   * The same as `enqueueMany`, built to be sent with the caller's other writes in its
   * transaction (`sendParts`, decision 0052): a checkout's mails go with its orders.
   */
  function enqueueParts(mails: readonly Mail<MailKind>[], trx: Queryable): WritePart[] {
    const { rows, attachments } = rowsOf(mails);
    return outbox.insertParts(rows, attachments, trx);
  }

  /** Sends what is pending; safe to run from every instance at once. */
  async function deliverPending(): Promise<number> {
    if (!transport) return 0;
    let delivered = 0;
    const abandonedBefore = now() - claimTimeLimitMs;
    await outbox.failAbandoned(maxAttempts, abandonedBefore);
    for (const message of await outbox.listDeliverable(20, maxAttempts, abandonedBefore)) {
      if (!(await outbox.claim(message.id, now(), abandonedBefore))) continue;
      try {
        const attachments = await outbox.attachmentsOf(message.id);
        await transport.send({
          to: message.to_address,
          subject: message.subject,
          text: message.text_body,
          ...(attachments.length > 0 ? { attachments } : {}),
        });
        await outbox.markSent(message.id, now());
        delivered += 1;
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        logger.warn({ messageId: message.id, reason }, 'mail delivery failed');
        await outbox.markFailed(message.id, reason, message.attempts + 1 >= maxAttempts);
      }
    }
    return delivered;
  }

  /**
   * Hourly: finished mails written more than `mailRetentionDays` ago leave the outbox with
   * their files; pending and `sending` ones stay, however old. At most `mailErasedPerRun` a
   * run. How many it erased.
   */
  async function eraseOldMail(): Promise<number> {
    const before = now() - mailRetentionDays * dayMs;
    let erased = 0;
    while (erased < mailErasedPerRun) {
      const count = await outbox.eraseFinishedBefore(before, erasedPerRound);
      erased += count;
      if (count < erasedPerRound) break;
    }
    return erased;
  }

  return {
    enqueue,
    enqueueMany,
    enqueueParts,
    deliverPending,
    eraseOldMail,
    listNewest: (limit: number) => outbox.listNewest(limit),
  };
}

export type MailService = ReturnType<typeof createMailService>;

// The shapes other modules fill in when they write mail.
export type { MailKind, MailTemplates, OrderConfirmation } from './mail-templates.ts';
export type { ServiceRequestDetails } from './service-request-mail.ts';
