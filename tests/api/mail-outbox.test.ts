import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MailTransport } from '../../server/src/integrations/mail-transport.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';
import { registrationTokenMailedTo } from './support/registration.ts';

/** An SMTP stand-in: records what it is given, and fails while told to. */
function recordingTransport() {
  const sent: { to: string; subject: string; text: string }[] = [];
  const state = { failing: false };
  const transport: MailTransport = {
    send(mail) {
      if (state.failing) return Promise.reject(new Error('421 service not available'));
      sent.push(mail);
      return Promise.resolve();
    },
  };
  return { transport, sent, state };
}

const smtp = recordingTransport();
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ mailTransport: smtp.transport });
});
afterAll(() => t.close());

async function statusOf(to: string) {
  const row = await t.database.knex('outbox_messages').where({ to_address: to }).first();
  return { status: row.status as string, attempts: Number(row.attempts) };
}

describe('the mail outbox with SMTP configured', () => {
  it('delivers a pending mail once, in the recipient’s language', async () => {
    const registered = await t.agent().post('/api/v1/auth/register').send({
      email: 'post@example.se',
      password: 'lingonsylt-2026',
      name: 'Post Testare',
      locale: 'sv',
    });
    expect(registered.status).toBe(202);
    expect(await statusOf('post@example.se')).toEqual({ status: 'pending', attempts: 0 });

    expect(await t.services.mail.deliverPending()).toBe(1);
    expect(await t.services.mail.deliverPending()).toBe(0);
    expect(smtp.sent.filter((mail) => mail.to === 'post@example.se')).toHaveLength(1);
    expect(smtp.sent[0]?.subject).toBe('Bekräfta din e-postadress för e-galleria');
    expect((await statusOf('post@example.se')).status).toBe('sent');
  });

  it('retries a failed delivery and gives up after five attempts', async () => {
    smtp.state.failing = true;
    await t
      .agent()
      .post('/api/v1/auth/password-reset')
      .send({ email: 'boende@arjeplog.example.se' });
    await t.services.mail.deliverPending();
    expect(await statusOf('boende@arjeplog.example.se')).toEqual({
      status: 'pending',
      attempts: 1,
    });
    for (let round = 0; round < 6; round += 1) await t.services.mail.deliverPending();
    expect(await statusOf('boende@arjeplog.example.se')).toEqual({ status: 'failed', attempts: 5 });
    smtp.state.failing = false;
  });
});

describe('demo mode', () => {
  it('serves the dev mailbox in demo mode', async () => {
    const response = await t.agent().get('/api/v1/dev/mailbox');
    expect(response.status).toBe(200);
    expect(response.body.items.length).toBeGreaterThan(0);
  });

  it('has no dev mailbox when demo mode is off', async () => {
    const plain = await createTestApp({ env: { DEMO: '0' } });
    try {
      const response = await plain.agent().get('/api/v1/dev/mailbox');
      expect(response.status).toBe(404);
    } finally {
      await plain.close();
    }
  });
});

describe('races decided by the database', () => {
  it('follows one registration link twice at once as one account', async () => {
    const body = { email: 'samtidig@example.se', password: 'lingonsylt-2026', name: 'Samtidig' };
    expect((await t.agent().post('/api/v1/auth/register').send(body)).status).toBe(202);
    const token = await registrationTokenMailedTo(t, body.email);
    const responses = await Promise.all(
      [1, 2, 3].map(() => t.agent().post('/api/v1/auth/register/confirm').send({ token })),
    );
    expect(responses.map((response) => response.status).sort()).toEqual([201, 400, 400]);
    expect(await t.database.knex('users').where({ email: body.email })).toHaveLength(1);
  });

  it('follows two registration links of one address at once as one account and one 409', async () => {
    const body = { email: 'tvalankar@example.se', password: 'lingonsylt-2026', name: 'Två Länkar' };
    const tokens: string[] = [];
    for (const _ of [1, 2]) {
      await t.agent().post('/api/v1/auth/register').send(body);
      tokens.push(await registrationTokenMailedTo(t, body.email));
    }
    expect(new Set(tokens).size).toBe(2);
    const responses = await Promise.all(
      tokens.map((token) => t.agent().post('/api/v1/auth/register/confirm').send({ token })),
    );
    expect(responses.map((response) => response.status).sort()).toEqual([201, 409]);
    expect(responses.find((response) => response.status === 409)?.body.code).toBe('email_taken');
    expect(await t.database.knex('users').where({ email: body.email })).toHaveLength(1);
  });

  it('accepts an invitation once when it is accepted twice at once', async () => {
    const region = await t.loginAs('region@example.se');
    await region
      .post('/api/v1/admin/municipalities/pajala/invitations')
      .send({ email: 'dubbel@pajala.example.se' });
    const mail = await t.database
      .knex('outbox_messages')
      .where({ to_address: 'dubbel@pajala.example.se' })
      .first();
    const token = (mail.text_body as string).match(/inbjudan\/(\S+)/)?.[1] ?? '';
    const responses = await Promise.all(
      ['A', 'B'].map((name) =>
        t
          .agent()
          .post(`/api/v1/invitations/${token}/accept`)
          .send({ name, password: 'snöskoter-2026' }),
      ),
    );
    expect(responses.map((response) => response.status).sort()).toEqual([200, 400].sort());
    expect(
      await t.database.knex('users').where({ email: 'dubbel@pajala.example.se' }),
    ).toHaveLength(1);
  });
});
