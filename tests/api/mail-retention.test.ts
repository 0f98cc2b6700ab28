import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../server/src/db/ids.ts';
import type { MailTransport } from '../../server/src/integrations/mail-transport.ts';
import {
  mailErasedPerRun,
  mailRetentionDays,
  sendingLeaseMs,
} from '../../server/src/modules/mail/mail.service.ts';
import type { OutboxStatus } from '../../server/src/modules/mail/outbox.repository.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

// Decision 0064: a finished mail (sent, given up, kept without SMTP) leaves the outbox 90 days
// after it was written; a pending one, or one being sent, stays however old it is.

const dayMs = 24 * 60 * 60 * 1000;
const retentionMs = mailRetentionDays * dayMs;

const sent: string[] = [];
const transport: MailTransport = {
  send(mail) {
    sent.push(mail.to);
    return Promise.resolve();
  },
};

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ mailTransport: transport });
});
afterAll(() => t.close());

type Written = { status: OutboxStatus; writtenAgo: number; attempts?: number };

function outboxRow(to: string, { status, writtenAgo, attempts }: Written) {
  const createdAt = t.clock.now() - writtenAgo;
  return {
    id: newId(),
    to_address: to,
    subject: 'Din beställning finns att hämta',
    text_body: 'Hej! Koden är 4711.',
    locale: 'sv',
    kind: 'pickup_ready',
    status,
    attempts: attempts ?? (status === 'kept' ? 0 : 1),
    last_error: status === 'failed' ? '550 no such user' : null,
    created_at: createdAt,
    sent_at: status === 'sent' ? createdAt + 1000 : null,
    claimed_at: status === 'sending' ? t.clock.now() : null,
  };
}

/** Writes one mail straight into the outbox, as it would be that long after it was written. */
async function writeMail(to: string, written: Written): Promise<string> {
  const row = outboxRow(to, written);
  await t.database.knex('outbox_messages').insert(row);
  return row.id;
}

async function isInOutbox(to: string): Promise<boolean> {
  return (await t.database.knex('outbox_messages').where({ to_address: to }).first()) !== undefined;
}

async function countTo(to: string): Promise<number> {
  const row = (await t.database
    .knex('outbox_messages')
    .where({ to_address: to })
    .count({ n: '*' })
    .first()) as { n: number | string };
  return Number(row.n);
}

/** Runs the sweep until a run erases less than its limit: nothing else is due then. */
async function eraseEverythingDue() {
  let erased = mailErasedPerRun;
  while (erased === mailErasedPerRun) erased = await t.services.mail.eraseOldMail();
}

describe('mail leaves the outbox after its retention', () => {
  it('erases a sent mail written longer ago than the retention, with its files', async () => {
    const id = await writeMail('gammal@arjeplog.example.se', {
      status: 'sent',
      writtenAgo: retentionMs + 60_000,
    });
    await t.database.knex('outbox_attachments').insert({
      id: newId(),
      message_id: id,
      position: 0,
      filename: 'rapport.pdf',
      content_type: 'application/pdf',
      content: Buffer.from('%PDF-1.7'),
    });

    expect(await t.services.mail.eraseOldMail()).toBeGreaterThanOrEqual(1);
    expect(await isInOutbox('gammal@arjeplog.example.se')).toBe(false);
    expect(await t.database.knex('outbox_attachments').where({ message_id: id })).toEqual([]);
  });

  it('keeps a sent mail written within the retention', async () => {
    await writeMail('nyligen@arjeplog.example.se', {
      status: 'sent',
      writtenAgo: retentionMs - 60 * 60_000,
    });
    await t.services.mail.eraseOldMail();
    expect(await isInOutbox('nyligen@arjeplog.example.se')).toBe(true);
  });

  it('never erases a pending mail or one being sent, however old', async () => {
    await writeMail('vantar@arjeplog.example.se', {
      status: 'pending',
      writtenAgo: 2 * retentionMs,
      attempts: 3,
    });
    await writeMail('skickas@arjeplog.example.se', {
      status: 'sending',
      writtenAgo: 2 * retentionMs,
    });
    await t.services.mail.eraseOldMail();
    expect(await isInOutbox('vantar@arjeplog.example.se')).toBe(true);
    expect(await isInOutbox('skickas@arjeplog.example.se')).toBe(true);
  });

  it('erases a mail given up after its attempts, and one kept without SMTP, past the retention', async () => {
    await writeMail('studsade@arjeplog.example.se', {
      status: 'failed',
      writtenAgo: retentionMs + 60_000,
      attempts: 5,
    });
    await writeMail('studsade-nyss@arjeplog.example.se', {
      status: 'failed',
      writtenAgo: retentionMs - 60 * 60_000,
      attempts: 5,
    });
    await writeMail('utan-smtp@arjeplog.example.se', {
      status: 'kept',
      writtenAgo: retentionMs + 60_000,
    });
    await t.services.mail.eraseOldMail();
    expect(await isInOutbox('studsade@arjeplog.example.se')).toBe(false);
    expect(await isInOutbox('utan-smtp@arjeplog.example.se')).toBe(false);
    expect(await isInOutbox('studsade-nyss@arjeplog.example.se')).toBe(true);
  });

  it('erases a mail sent through the outbox once the clock has passed its retention', async () => {
    const reset = await t
      .agent()
      .post('/api/v1/auth/password-reset')
      .send({ email: 'boende@arjeplog.example.se' });
    expect(reset.status).toBe(202);
    await t.services.mail.deliverPending();
    expect(sent).toContain('boende@arjeplog.example.se');

    t.clock.advance(retentionMs - 60_000);
    await t.services.mail.eraseOldMail();
    expect(await isInOutbox('boende@arjeplog.example.se')).toBe(true);

    t.clock.advance(2 * 60_000);
    await t.services.mail.eraseOldMail();
    expect(await isInOutbox('boende@arjeplog.example.se')).toBe(false);
  });
});

describe('the sweep is bounded and safe beside itself', () => {
  it('erases at most one run’s batch, and the rest in the next run', async () => {
    await eraseEverythingDue();
    const to = 'massutskick@arjeplog.example.se';
    const rows = Array.from({ length: mailErasedPerRun + 3 }, () =>
      outboxRow(to, { status: 'sent', writtenAgo: retentionMs + dayMs }),
    );
    await t.database.knex.batchInsert('outbox_messages', rows, 500);

    expect(await t.services.mail.eraseOldMail()).toBe(mailErasedPerRun);
    expect(await countTo(to)).toBe(3);
    expect(await t.services.mail.eraseOldMail()).toBe(3);
    expect(await countTo(to)).toBe(0);
  });

  it('erases each mail once when two runs overlap, and leaves a pending one', async () => {
    await eraseEverythingDue();
    const to = 'samtidigt@arjeplog.example.se';
    const rows = Array.from({ length: 1200 }, () =>
      outboxRow(to, { status: 'sent', writtenAgo: retentionMs + dayMs }),
    );
    await t.database.knex.batchInsert('outbox_messages', rows, 500);
    await writeMail('samtidigt-vantar@arjeplog.example.se', {
      status: 'pending',
      writtenAgo: retentionMs + dayMs,
    });

    const [first, second] = await Promise.all([
      t.services.mail.eraseOldMail(),
      t.services.mail.eraseOldMail(),
    ]);
    // Two runs at once may each stop early on rows the other took; the next run finishes.
    const third = await t.services.mail.eraseOldMail();
    expect(first + second + third).toBe(1200);
    expect(await countTo(to)).toBe(0);
    expect(await isInOutbox('samtidigt-vantar@arjeplog.example.se')).toBe(true);
  });

  it('leaves a mail its sender claimed alone until delivery has finished with it', async () => {
    await writeMail('lease@arjeplog.example.se', {
      status: 'sending',
      writtenAgo: retentionMs + dayMs,
      attempts: 5,
    });
    // Its sender died on the last attempt: after the lease the mail run gives it up…
    t.clock.advance(sendingLeaseMs + 1);
    await t.services.mail.eraseOldMail();
    expect(await isInOutbox('lease@arjeplog.example.se')).toBe(true);
    await t.services.mail.deliverPending();
    // …and only then, failed and past its retention, does it go.
    await t.services.mail.eraseOldMail();
    expect(await isInOutbox('lease@arjeplog.example.se')).toBe(false);
  });
});
