import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registrationTokenMailedTo } from './support/registration.ts';
import { createTestApp, latestLinkMailedTo, type TestApp } from './support/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

function sessionCookieOf(response: { headers: Record<string, unknown> }): string | undefined {
  const cookies = (response.headers['set-cookie'] as string[] | undefined) ?? [];
  return cookies.find((cookie) => cookie.startsWith('galleria_session='))?.split(';')[0];
}

describe('registration', () => {
  it('creates a regional resident account once the mailed link is followed, and logs it in', async () => {
    const registered = await t.agent().post('/api/v1/auth/register').send({
      email: 'Ny.Boende@Example.se',
      password: 'lingonsylt-2026',
      name: 'Ny Boende',
      locale: 'en',
    });
    expect(registered.status).toBe(202);
    expect(registered.body).toEqual({ status: 'mail_sent' });
    expect(registered.headers['set-cookie']).toBeUndefined();
    // Nothing exists before the address is verified.
    expect(await t.database.knex('users').where({ email: 'ny.boende@example.se' })).toEqual([]);

    const client = t.agent();
    const confirmed = await client
      .post('/api/v1/auth/register/confirm')
      .send({ token: await registrationTokenMailedTo(t, 'ny.boende@example.se') });
    expect(confirmed.status).toBe(201);
    expect(confirmed.body.user).toMatchObject({
      email: 'ny.boende@example.se',
      name: 'Ny Boende',
      locale: 'en',
    });
    const cookie = confirmed.headers['set-cookie']?.[0] ?? '';
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');

    const me = await client.get('/api/v1/me');
    expect(me.status).toBe(200);
    expect(me.body.roles).toEqual([
      {
        role: 'resident',
        scope: { type: 'region', id: expect.any(String), slug: 'norrbotten', name: 'Norrbotten' },
      },
    ]);
    const subjects = await t.database
      .knex('outbox_messages')
      .where({ to_address: 'ny.boende@example.se' })
      .orderBy('created_at')
      .pluck('subject');
    expect(subjects).toEqual([
      'Confirm your e-mail address for e-galleria',
      'Welcome to e-galleria',
    ]);
  });

  it('answers an address that has an account as it answers a new one, and mails its holder', async () => {
    const body = { password: 'lingonsylt-2026', name: 'Dubblett' };
    const taken = await t
      .agent()
      .post('/api/v1/auth/register')
      .send({ ...body, email: 'BOENDE@arjeplog.example.se' });
    const fresh = await t
      .agent()
      .post('/api/v1/auth/register')
      .send({ ...body, email: 'helt.ny@example.se' });
    expect([taken.status, taken.body]).toEqual([fresh.status, fresh.body]);
    expect(taken.headers['set-cookie']).toEqual(fresh.headers['set-cookie']);

    const [note] = await t.database
      .knex('outbox_messages')
      .where({ to_address: 'boende@arjeplog.example.se', kind: 'registration_existing' });
    expect(note?.subject).toBe('Du har redan ett konto i e-galleria');
    expect(note?.text_body).toContain('/glomt-losenord');
    expect(
      await t.database.knex('registration_requests').where({ email: 'boende@arjeplog.example.se' }),
    ).toEqual([]);
  });

  it('follows a link once, and not after its day has passed', async () => {
    const email = 'engang@example.se';
    await t
      .agent()
      .post('/api/v1/auth/register')
      .send({ email, password: 'lingonsylt-2026', name: 'En Gång' });
    const token = await registrationTokenMailedTo(t, email);
    expect((await t.agent().post('/api/v1/auth/register/confirm').send({ token })).status).toBe(
      201,
    );
    const again = await t.agent().post('/api/v1/auth/register/confirm').send({ token });
    expect([again.status, again.body.code]).toEqual([400, 'invalid_token']);

    const late = 'sent@example.se';
    await t
      .agent()
      .post('/api/v1/auth/register')
      .send({ email: late, password: 'lingonsylt-2026', name: 'Sen' });
    const lateToken = await registrationTokenMailedTo(t, late);
    t.clock.advance(24 * 60 * 60 * 1000 + 1000);
    const expired = await t
      .agent()
      .post('/api/v1/auth/register/confirm')
      .send({ token: lateToken });
    expect([expired.status, expired.body.code]).toEqual([400, 'invalid_token']);
    expect(await t.database.knex('users').where({ email: late })).toEqual([]);
  });

  it('mails one address at most three times an hour, answering alike after that', async () => {
    const email = 'brevlada@example.se';
    const answers = [];
    for (let attempt = 0; attempt < 5; attempt += 1)
      answers.push(
        await t
          .agent()
          .post('/api/v1/auth/register')
          .send({ email, password: 'lingonsylt-2026', name: 'Brevlåda' }),
      );
    expect(answers.map((answer) => answer.status)).toEqual([202, 202, 202, 202, 202]);
    expect(await t.database.knex('outbox_messages').where({ to_address: email })).toHaveLength(3);
  });
});

describe('login and logout', () => {
  it('answers a wrong password and an unknown account alike: 401 invalid_credentials', async () => {
    const wrong = await t
      .agent()
      .post('/api/v1/auth/login')
      .send({ email: 'region@example.se', password: 'fel-lösenord' });
    const unknown = await t
      .agent()
      .post('/api/v1/auth/login')
      .send({ email: 'ingen@example.se', password: 'fel-lösenord' });
    expect([wrong.status, wrong.body.code]).toEqual([401, 'invalid_credentials']);
    expect([unknown.status, unknown.body.code]).toEqual([401, 'invalid_credentials']);
  });

  it('is 401 for /me without a session', async () => {
    const response = await t.agent().get('/api/v1/me');
    expect(response.status).toBe(401);
    expect(response.body.code).toBe('unauthenticated');
  });

  it('answers the session probe with 200 and no one for a visitor, and with the user once logged in', async () => {
    const visitor = await t.agent().get('/api/v1/session');
    expect(visitor.status).toBe(200);
    expect(visitor.body).toEqual({ me: null });
    const resident = await t.loginAs('boende@arjeplog.example.se');
    const loggedIn = await resident.get('/api/v1/session');
    expect(loggedIn.status).toBe(200);
    expect(loggedIn.body.me.user.email).toBe('boende@arjeplog.example.se');
    expect(loggedIn.body.me.roles).toEqual((await resident.get('/api/v1/me')).body.roles);
  });

  it('rotates the session id at login and ends the old session', async () => {
    const client = t.agent();
    const first = await client
      .post('/api/v1/auth/login')
      .send({ email: 'boende@arjeplog.example.se', password: 'galleria-demo' });
    const second = await client
      .post('/api/v1/auth/login')
      .send({ email: 'boende@arjeplog.example.se', password: 'galleria-demo' });
    const firstCookie = sessionCookieOf(first);
    const secondCookie = sessionCookieOf(second);
    expect(firstCookie).toBeDefined();
    expect(secondCookie).toBeDefined();
    expect(secondCookie).not.toBe(firstCookie);
    const withOldCookie = await t
      .agent()
      .get('/api/v1/me')
      .set('Cookie', firstCookie ?? '');
    expect(withOldCookie.status).toBe(401);
    const withNewCookie = await t
      .agent()
      .get('/api/v1/me')
      .set('Cookie', secondCookie ?? '');
    expect(withNewCookie.status).toBe(200);
  });

  it('logout ends the session on the server, not just in the browser', async () => {
    const client = t.agent();
    const login = await client
      .post('/api/v1/auth/login')
      .send({ email: 'boende@arjeplog.example.se', password: 'galleria-demo' });
    const cookie = sessionCookieOf(login) ?? '';
    expect((await client.post('/api/v1/auth/logout')).status).toBe(204);
    const replayed = await t.agent().get('/api/v1/me').set('Cookie', cookie);
    expect(replayed.status).toBe(401);
  });

  it('expires a session after 30 days without use', async () => {
    const client = await t.loginAs('kommun@gallivare.example.se');
    expect((await client.get('/api/v1/me')).status).toBe(200);
    t.clock.advance(31 * 24 * 60 * 60 * 1000);
    expect((await client.get('/api/v1/me')).status).toBe(401);
  });
});

describe('password reset', () => {
  const email = 'region@example.se';

  it('answers alike for known and unknown accounts and mails only the known one', async () => {
    const known = await t.agent().post('/api/v1/auth/password-reset').send({ email });
    const unknown = await t
      .agent()
      .post('/api/v1/auth/password-reset')
      .send({ email: 'ingen@example.se' });
    expect(known.status).toBe(202);
    expect(unknown.status).toBe(202);
    expect(known.body).toEqual(unknown.body);
    expect(
      await t.database.knex('outbox_messages').where({ to_address: 'ingen@example.se' }),
    ).toHaveLength(0);
    expect(await latestLinkMailedTo(t, email)).toContain('/aterstall-losenord?token=');
  });

  it('sets a new password once, ends every session, and refuses the token a second time', async () => {
    const loggedIn = await t.loginAs(email);
    await t.agent().post('/api/v1/auth/password-reset').send({ email });
    const token = new URL(await latestLinkMailedTo(t, email)).searchParams.get('token') ?? '';

    const reset = await t
      .agent()
      .post('/api/v1/auth/password-reset/confirm')
      .send({ token, password: 'nytt-lösenord-123' });
    expect(reset.status).toBe(204);
    expect((await loggedIn.get('/api/v1/me')).status).toBe(401);

    const again = await t
      .agent()
      .post('/api/v1/auth/password-reset/confirm')
      .send({ token, password: 'ett-annat-123' });
    expect(again.status).toBe(400);
    expect(again.body.code).toBe('invalid_token');

    const oldPassword = await t
      .agent()
      .post('/api/v1/auth/login')
      .send({ email, password: 'galleria-demo' });
    expect(oldPassword.status).toBe(401);
    expect(
      (await t.loginAs(email, 'nytt-lösenord-123').then((client) => client.get('/api/v1/me')))
        .status,
    ).toBe(200);
  });

  it('refuses a reset link after its hour has passed', async () => {
    const resident = 'boende@arjeplog.example.se';
    await t.agent().post('/api/v1/auth/password-reset').send({ email: resident });
    const token = new URL(await latestLinkMailedTo(t, resident)).searchParams.get('token') ?? '';
    t.clock.advance(61 * 60 * 1000);
    const late = await t
      .agent()
      .post('/api/v1/auth/password-reset/confirm')
      .send({ token, password: 'för-sent-123456' });
    expect(late.status).toBe(400);
    expect(late.body.code).toBe('invalid_token');
  });
});

describe('profile', () => {
  it('lets a person change name and language, and validates them', async () => {
    const client = await t.loginAs('kommun@gallivare.example.se');
    const updated = await client.patch('/api/v1/me').send({ locale: 'en', name: 'Göran G.' });
    expect(updated.status).toBe(200);
    expect(updated.body.user).toMatchObject({ locale: 'en', name: 'Göran G.' });
    const invalid = await client.patch('/api/v1/me').send({ locale: 'de' });
    expect(invalid.status).toBe(400);
    expect(invalid.body.errors[0].field).toBe('locale');
  });
});

describe('login rate limit per IP address', () => {
  it('stops one address after 30 attempts in 15 minutes while another still logs in', async () => {
    const behindProxy = await createTestApp({ env: { TRUST_PROXY: '1' } });
    try {
      const attempt = (ip: string, email: string) =>
        behindProxy
          .agent()
          .post('/api/v1/auth/login')
          .set('X-Forwarded-For', ip)
          .send({ email, password: 'fel-lösenord' });
      // Different accounts each time, so only the per-address limit can trip.
      for (let index = 0; index < 30; index += 1) {
        expect((await attempt('198.51.100.7', `gissning-${index}@example.se`)).status).toBe(401);
      }
      const blocked = await attempt('198.51.100.7', 'gissning-30@example.se');
      expect([blocked.status, blocked.body.code]).toEqual([429, 'rate_limited']);
      const otherAddress = await behindProxy
        .agent()
        .post('/api/v1/auth/login')
        .set('X-Forwarded-For', '203.0.113.9')
        .send({ email: 'boende@arjeplog.example.se', password: 'galleria-demo' });
      expect(otherAddress.status).toBe(200);
    } finally {
      await behindProxy.close();
    }
  });
});
