import type supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, latestLinkMailedTo, type TestApp } from './support/test-app.ts';

// Behind one proxy, so each request says its own address in X-Forwarded-For.
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ env: { TRUST_PROXY: '1' } });
});
afterAll(() => t.close());

const attacker = '198.51.100.66';
const ownersAddress = '203.0.113.10';

function logIn(client: supertest.Agent, ip: string, email: string, password: string) {
  return client.post('/api/v1/auth/login').set('X-Forwarded-For', ip).send({ email, password });
}

/** One wrong password from `ip` by a browser never seen before; its answer. */
const guess = (ip: string, email: string) =>
  logIn(t.agent(), ip, email, `gissning-${Math.random()}`);

describe('wrong passwords slow down the source that sends them', () => {
  const email = 'kommun@gallivare.example.se';

  it('lets five through, then makes the address wait 30 s, then twice as long each time', async () => {
    for (let attempt = 0; attempt < 5; attempt += 1)
      expect((await guess(attacker, email)).body.code).toBe('invalid_credentials');
    const waiting = await guess(attacker, email);
    expect([waiting.status, waiting.body.code]).toEqual([429, 'rate_limited']);
    expect(waiting.headers['retry-after']).toBe('30');

    t.clock.advance(30_000);
    expect((await guess(attacker, email)).body.code).toBe('invalid_credentials');
    const longer = await guess(attacker, email);
    expect([longer.status, longer.headers['retry-after']]).toEqual([429, '60']);
  });

  it('never keeps the owner out: the right password from another address gets in at once', async () => {
    const owner = await logIn(t.agent(), ownersAddress, email, 'galleria-demo');
    expect(owner.status).toBe(200);
  });

  it('lets the owner in from a browser used before, also from the attacker’s own address', async () => {
    const shopOwner = 'butik@arjeplog.example.se';
    const ownersBrowser = t.agent();
    expect((await logIn(ownersBrowser, ownersAddress, shopOwner, 'galleria-demo')).status).toBe(
      200,
    );
    await ownersBrowser.post('/api/v1/auth/logout');
    // The same network, say the village's mobile operator: the attacker waits…
    for (let attempt = 0; attempt < 6; attempt += 1) await guess(attacker, shopOwner);
    expect((await logIn(t.agent(), attacker, shopOwner, 'galleria-demo')).body.code).toBe(
      'rate_limited',
    );
    // …and the owner's browser does not.
    const owner = await logIn(ownersBrowser, attacker, shopOwner, 'galleria-demo');
    expect(owner.status).toBe(200);
  });

  it('forgets an address’s failures a day after its last one', async () => {
    const email = 'bageri@arjeplog.example.se';
    for (let attempt = 0; attempt < 6; attempt += 1) await guess(attacker, email);
    expect((await guess(attacker, email)).body.code).toBe('rate_limited');
    t.clock.advance(24 * 60 * 60 * 1000 + 1000);
    expect((await logIn(t.agent(), attacker, email, 'galleria-demo')).status).toBe(200);
  });
});

describe('guessing one account from many addresses', () => {
  const email = 'region@example.se';

  it('locks unknown browsers out after 50 failures, lets known ones in, and mails the owner a link that lifts the lock', async () => {
    const ownersBrowser = t.agent();
    expect((await logIn(ownersBrowser, ownersAddress, email, 'galleria-demo')).status).toBe(200);

    for (let index = 0; index < 50; index += 1)
      expect((await guess(`192.0.2.${index + 1}`, email)).status).toBe(401);
    const locked = await logIn(t.agent(), '192.0.2.200', email, 'galleria-demo');
    expect([locked.status, locked.body.code]).toEqual([429, 'account_locked']);
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(3000);

    expect((await logIn(ownersBrowser, '192.0.2.201', email, 'galleria-demo')).status).toBe(200);

    const mails = await t.database
      .knex('outbox_messages')
      .where({ to_address: email, kind: 'login_locked' });
    expect(mails).toHaveLength(1);
    const token = new URL(await latestLinkMailedTo(t, email)).searchParams.get('token') ?? '';
    const newBrowser = t.agent();
    const reset = await newBrowser
      .post('/api/v1/auth/password-reset/confirm')
      .set('X-Forwarded-For', '192.0.2.202')
      .send({ token, password: 'ett-nytt-lösenord' });
    expect(reset.status).toBe(204);
    const afterReset = await logIn(newBrowser, '192.0.2.202', email, 'ett-nytt-lösenord');
    expect(afterReset.status).toBe(200);
    // The lock is lifted for every browser, not only the one that followed the link.
    const elsewhere = await logIn(t.agent(), '192.0.2.203', email, 'ett-nytt-lösenord');
    expect(elsewhere.status).toBe(200);
  });

  it('refuses a browser cookie that was not signed by this server', async () => {
    const email = 'kommun@arjeplog.example.se';
    for (let index = 0; index < 50; index += 1) await guess(`192.0.2.${index + 1}`, email);
    const user = await t.database.knex('users').where({ email }).first<{ id: string }>('id');
    const forged = await t
      .agent()
      .post('/api/v1/auth/login')
      .set('X-Forwarded-For', '192.0.2.250')
      .set('Cookie', `galleria_browser=${user.id}.made-up-browser.c2lnbmF0dXJl`)
      .send({ email, password: 'galleria-demo' });
    expect([forged.status, forged.body.code]).toEqual([429, 'account_locked']);
  });
});
