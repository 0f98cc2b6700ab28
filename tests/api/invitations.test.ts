import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, latestLinkMailedTo, type TestApp } from './support/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function invite(email: string, slug = 'kiruna', locale = 'sv') {
  const region = await t.loginAs('region@example.se');
  const response = await region
    .post(`/api/v1/admin/municipalities/${slug}/invitations`)
    .send({ email, locale });
  expect(response.status).toBe(201);
  const link = await latestLinkMailedTo(t, email);
  return { response, token: link.split('/inbjudan/')[1] ?? '' };
}

describe('inviting a municipality admin', () => {
  it('mails a link in the chosen language; the invited person sets a password and holds the role', async () => {
    const { response, token } = await invite('ny.admin@kiruna.example.se', 'kiruna', 'en');
    expect(response.body.invitation).toMatchObject({
      email: 'ny.admin@kiruna.example.se',
      role: 'municipality_admin',
      scope: { type: 'municipality', slug: 'kiruna', name: 'Kiruna' },
      acceptedAt: null,
    });
    const mail = await t.database
      .knex('outbox_messages')
      .where({ to_address: 'ny.admin@kiruna.example.se' })
      .first();
    expect(mail.subject).toBe('Invitation: manage the Kiruna e-galleria');

    const preview = await t.agent().get(`/api/v1/invitations/${token}`);
    expect(preview.body.invitation).toMatchObject({
      email: 'ny.admin@kiruna.example.se',
      hasAccount: false,
    });

    const person = t.agent();
    const accepted = await person
      .post(`/api/v1/invitations/${token}/accept`)
      .send({ name: 'Kim Kirunasson', password: 'snöskoter-2026' });
    expect(accepted.status).toBe(200);
    expect(accepted.body.redirectTo).toBe('/admin/kommun/kiruna');
    expect((await person.get('/api/v1/admin/municipalities/kiruna')).status).toBe(200);
    expect((await person.get('/api/v1/admin/municipalities/arjeplog')).status).toBe(403);
  });

  it('uses a token only once', async () => {
    const { token } = await invite('engang@kiruna.example.se');
    const first = await t
      .agent()
      .post(`/api/v1/invitations/${token}/accept`)
      .send({ name: 'En Gång', password: 'snöskoter-2026' });
    expect(first.status).toBe(200);
    const second = await t
      .agent()
      .post(`/api/v1/invitations/${token}/accept`)
      .send({ name: 'Två Gånger', password: 'snöskoter-2026' });
    expect([second.status, second.body.code]).toEqual([400, 'invalid_token']);
    expect((await t.agent().get(`/api/v1/invitations/${token}`)).body.code).toBe('invalid_token');
  });

  it('refuses an invitation after seven days', async () => {
    const { token } = await invite('sen@kiruna.example.se');
    t.clock.advance(8 * 24 * 60 * 60 * 1000);
    const late = await t
      .agent()
      .post(`/api/v1/invitations/${token}/accept`)
      .send({ name: 'Sen', password: 'snöskoter-2026' });
    expect([late.status, late.body.code]).toEqual([400, 'invalid_token']);
  });

  it('asks someone who already has an account for that account’s password', async () => {
    const { token } = await invite('boende@arjeplog.example.se', 'arvidsjaur');
    expect((await t.agent().get(`/api/v1/invitations/${token}`)).body.invitation.hasAccount).toBe(
      true,
    );
    const wrong = await t
      .agent()
      .post(`/api/v1/invitations/${token}/accept`)
      .send({ password: 'inte-rätt-lösen' });
    expect([wrong.status, wrong.body.code]).toEqual([401, 'invalid_credentials']);
    const person = t.agent();
    const right = await person
      .post(`/api/v1/invitations/${token}/accept`)
      .send({ password: 'galleria-demo' });
    expect(right.status).toBe(200);
    const roles = (await person.get('/api/v1/me')).body.roles as {
      role: string;
      scope: { slug: string };
    }[];
    expect(roles.map((role) => `${role.role}@${role.scope.slug}`).sort()).toEqual([
      'municipality_admin@arvidsjaur',
      'resident@norrbotten',
    ]);
  });

  it('requires a name from a person without an account', async () => {
    const { token } = await invite('utan.namn@kiruna.example.se');
    const response = await t
      .agent()
      .post(`/api/v1/invitations/${token}/accept`)
      .send({ password: 'snöskoter-2026' });
    expect(response.status).toBe(400);
    expect(response.body.errors[0].field).toBe('name');
  });

  it('lets a municipality admin see their own invitations', async () => {
    await invite('lista@gallivare.example.se', 'gallivare');
    const admin = await t.loginAs('kommun@gallivare.example.se');
    const list = await admin.get('/api/v1/admin/municipalities/gallivare/invitations');
    expect(list.status).toBe(200);
    expect((list.body.items as { email: string }[]).map((item) => item.email)).toContain(
      'lista@gallivare.example.se',
    );
  });
});
