import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MailTransport } from '../../server/src/integrations/mail-transport.ts';
import { sendingLeaseMs } from '../../server/src/modules/mail/mail.service.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

/** An SMTP stand-in that takes a while, so two runs overlap. */
function slowTransport() {
  const sent: string[] = [];
  const transport: MailTransport = {
    async send(mail) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      sent.push(mail.to);
    },
  };
  return { transport, sent };
}

const smtp = slowTransport();
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ mailTransport: smtp.transport });
});
afterAll(() => t.close());

async function askForReset(email: string) {
  const response = await t.agent().post('/api/v1/auth/password-reset').send({ email });
  expect(response.status).toBe(202);
}

async function statusOf(to: string) {
  const row = await t.database.knex('outbox_messages').where({ to_address: to }).first();
  return { status: row.status as string, attempts: Number(row.attempts) };
}

describe('mail runs on several instances at once', () => {
  it('sends each message once when two runs overlap', async () => {
    const recipients = [
      'boende@arjeplog.example.se',
      'butik@arjeplog.example.se',
      'kommun@arjeplog.example.se',
    ];
    for (const email of recipients) await askForReset(email);
    const before = smtp.sent.length;
    const [first, second] = await Promise.all([
      t.services.mail.deliverPending(),
      t.services.mail.deliverPending(),
    ]);
    const sentNow = smtp.sent.slice(before);
    expect(first + second).toBe(sentNow.length);
    expect(new Set(sentNow).size).toBe(sentNow.length);
    for (const email of recipients) expect(sentNow.filter((to) => to === email).length).toBe(1);
  });

  it('sends again, once, a message whose sender died mid-send, after its lease', async () => {
    await askForReset('bageri@arjeplog.example.se');
    // What a killed instance leaves: claimed, never marked sent.
    await t.database
      .knex('outbox_messages')
      .where({ to_address: 'bageri@arjeplog.example.se' })
      .update({ status: 'sending', attempts: 1, claimed_at: t.clock.now() });
    const before = smtp.sent.length;
    expect(await t.services.mail.deliverPending()).toBe(0);
    expect(await statusOf('bageri@arjeplog.example.se')).toEqual({
      status: 'sending',
      attempts: 1,
    });

    t.clock.advance(sendingLeaseMs + 1);
    await Promise.all([t.services.mail.deliverPending(), t.services.mail.deliverPending()]);
    expect(smtp.sent.slice(before)).toEqual(['bageri@arjeplog.example.se']);
    expect(await statusOf('bageri@arjeplog.example.se')).toEqual({ status: 'sent', attempts: 2 });
  });

  it('fails a message abandoned on its last attempt instead of sending it a sixth time', async () => {
    await askForReset('region@example.se');
    await t.database
      .knex('outbox_messages')
      .where({ to_address: 'region@example.se' })
      .update({ status: 'sending', attempts: 5, claimed_at: t.clock.now() });
    t.clock.advance(sendingLeaseMs + 1);
    const before = smtp.sent.length;
    await t.services.mail.deliverPending();
    expect(smtp.sent.length).toBe(before);
    expect(await statusOf('region@example.se')).toEqual({ status: 'failed', attempts: 5 });
  });
});
