import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addressBody,
  applyingHousehold,
  createResident,
  decisionMailsTo,
} from './support/households.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const list = (status: string) =>
  `/api/v1/admin/municipalities/arjeplog/households?status=${status}`;
const decide = (id: string, decision: string) => `/api/v1/admin/households/${id}/${decision}`;
type Listed = { id: string; name: string; eligibility: { status: string } };

describe('the municipality’s list', () => {
  it('shows applications oldest first with address and eligibility, never door code, note or purchases', async () => {
    const resident = await createResident(t, { name: 'Ivar Isberg' });
    await resident.agent.post('/api/v1/me/households').send({
      municipality: 'arjeplog',
      name: 'Ivar Isberg',
      address: addressBody({ doorCode: '9999', driverNote: 'Nyckeln under mattan' }),
    });
    const [own] = (await resident.agent.get('/api/v1/me/households')).body.items as Listed[];
    await resident.agent
      .post(`/api/v1/me/households/${own?.id ?? ''}/application`)
      .send({ reason: 'distance' });

    const admin = await t.loginAs('kommun@arjeplog.example.se');
    const response = await admin.get(list('applied'));
    expect(response.status).toBe(200);
    const items = response.body.items as (Listed & Record<string, unknown>)[];
    // The two demo applicants first (they applied days ago), then Ivar.
    expect(items.map((item) => item.name)).toEqual([
      'Anna-Lena Strömholm',
      'Olof Vinterberg',
      'Ivar Isberg',
    ]);
    const ivar = items.at(-1);
    expect(Object.keys(ivar ?? {}).sort()).toEqual([
      'eligibility',
      'hasAccount',
      'id',
      'isAddressChangedSinceDecision',
      'name',
      'phone',
      'postalCode',
      'streetAddress',
      'village',
    ]);
    expect(ivar).toMatchObject({
      streetAddress: 'Storvägen 20',
      postalCode: '93093',
      village: 'Laisvall',
      hasAccount: true,
      eligibility: { status: 'applied', reason: 'distance', decidedBy: null },
    });
    expect(JSON.stringify(response.body)).not.toMatch(/9999|Nyckeln|order|Ore/);
  });

  it('shows the eight demo households approved, each with who decided', async () => {
    const admin = await t.loginAs('kommun@arjeplog.example.se');
    const approved = (await admin.get(list('approved'))).body.items as {
      name: string;
      eligibility: { decidedBy: string; reason: string };
    }[];
    expect(approved).toHaveLength(8);
    expect(approved.map((item) => item.name)).toContain('Britt Bymark');
    expect(new Set(approved.map((item) => item.eligibility.reason))).toEqual(
      new Set(['age', 'disability', 'no_car', 'distance', 'other']),
    );
    expect(approved.every((item) => item.eligibility.decidedBy === 'Kerstin Kommunberg')).toBe(
      true,
    );
  });

  it('refuses a status it does not list and a cursor it did not make', async () => {
    const admin = await t.loginAs('kommun@arjeplog.example.se');
    const none = await admin.get(list('none'));
    expect(none.status).toBe(400);
    expect(none.body.errors[0].field).toBe('status');
    const cursor = await admin.get(`${list('approved')}&cursor=bm90LWEtY3Vyc29y`);
    expect(cursor.status).toBe(400);
    expect(cursor.body.errors[0].field).toBe('cursor');
  });
});

describe('deciding', () => {
  it('approves an application and mails the resident in their language', async () => {
    const resident = await createResident(t, { name: 'Eira Ek', locale: 'en' });
    const household = await applyingHousehold(resident, 'age');
    const admin = await t.loginAs('kommun@arjeplog.example.se');
    const approved = await admin.post(decide(household.id, 'approve'));
    expect(approved.status).toBe(200);
    expect(approved.body.household).toMatchObject({
      id: household.id,
      eligibility: {
        status: 'approved',
        reason: 'age',
        decidedAt: new Date(t.clock.now()).toISOString(),
        decidedBy: 'Kerstin Kommunberg',
        decisionReason: null,
      },
    });
    const mails = await decisionMailsTo(t, resident.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]?.subject).toBe('Arjeplog municipality has approved home delivery');
    expect(mails[0]?.text_body).toContain('Storvägen 20, Laisvall');
    expect(mails[0]?.text_body).toContain('http://galleria.test/konto/adresser');
    // The ground stays out of the mail; the resident's page shows it.
    expect(mails[0]?.text_body).not.toMatch(/\bage\b/);
    const own = (await resident.agent.get('/api/v1/me/households')).body.items as Listed[];
    expect(own[0]?.eligibility.status).toBe('approved');
  });

  it('declines only with a reason, which the resident is mailed and reads on their page', async () => {
    const resident = await createResident(t, { name: 'Nils Nordmark' });
    const household = await applyingHousehold(resident, 'other');
    const admin = await t.loginAs('kommun@arjeplog.example.se');
    const bare = await admin.post(decide(household.id, 'decline')).send({ reason: ' ' });
    expect(bare.status).toBe(400);
    expect(bare.body.errors[0].field).toBe('reason');
    expect(await decisionMailsTo(t, resident.email)).toEqual([]);

    const reason = 'Adressen ligger i centralorten, nära butiken.';
    const declined = await admin.post(decide(household.id, 'decline')).send({ reason });
    expect(declined.body.household.eligibility).toMatchObject({
      status: 'declined',
      decisionReason: reason,
    });
    const [mail] = await decisionMailsTo(t, resident.email);
    expect(mail?.subject).toBe('Arjeplogs kommun har avslagit din ansökan om hemsändning');
    expect(mail?.text_body).toContain(reason);
    const own = (await resident.agent.get('/api/v1/me/households')).body.items as {
      eligibility: { status: string; decisionReason: string };
    }[];
    expect(own[0]?.eligibility).toMatchObject({ status: 'declined', decisionReason: reason });
  });

  it('revokes an approval with a reason and a mail; the resident may then apply again', async () => {
    const resident = await createResident(t);
    const household = await applyingHousehold(resident, 'no_car');
    const admin = await t.loginAs('kommun@arjeplog.example.se');
    await admin.post(decide(household.id, 'approve'));
    const revoked = await admin
      .post(decide(household.id, 'revoke'))
      .send({ reason: 'Hushållet har flyttat till centralorten.' });
    expect(revoked.body.household.eligibility.status).toBe('revoked');
    const mails = await decisionMailsTo(t, resident.email);
    expect(mails.map((mail) => mail.subject)).toEqual([
      'Arjeplogs kommun har beviljat hemsändning',
      'Arjeplogs kommun har avslutat din hemsändning',
    ]);
    const again = await resident.agent
      .post(`/api/v1/me/households/${household.id}/application`)
      .send({ reason: 'no_car' });
    expect(again.body.household.eligibility).toMatchObject({
      status: 'applied',
      decidedAt: null,
      decisionReason: null,
    });
  });

  it('refuses a decision the household’s status does not allow, and mails nobody', async () => {
    const resident = await createResident(t);
    const household = await applyingHousehold(resident);
    const admin = await t.loginAs('kommun@arjeplog.example.se');
    const revokePending = await admin.post(decide(household.id, 'revoke')).send({ reason: 'x' });
    expect(revokePending.status).toBe(409);
    expect(revokePending.body.code).toBe('status_conflict');
    await admin.post(decide(household.id, 'approve'));
    const twice = await admin.post(decide(household.id, 'approve'));
    expect(twice.body.code).toBe('status_conflict');
    expect(await decisionMailsTo(t, resident.email)).toHaveLength(1);
  });

  it('flags a household whose address changed after the decision', async () => {
    const resident = await createResident(t);
    const household = await applyingHousehold(resident);
    const admin = await t.loginAs('kommun@arjeplog.example.se');
    await admin.post(decide(household.id, 'approve'));
    t.clock.advance(60_000);
    await resident.agent
      .put(`/api/v1/me/households/${household.id}`)
      .send({ name: resident.name, address: addressBody({ doorCode: '2580' }) });
    const sameDoor = (await admin.get(list('approved'))).body.items as {
      id: string;
      isAddressChangedSinceDecision: boolean;
    }[];
    expect(sameDoor.find((item) => item.id === household.id)?.isAddressChangedSinceDecision).toBe(
      false,
    );
    await resident.agent
      .put(`/api/v1/me/households/${household.id}`)
      .send({ name: resident.name, address: addressBody({ streetAddress: 'Älvvägen 1' }) });
    const moved = (await admin.get(list('approved'))).body.items as typeof sameDoor;
    expect(moved.find((item) => item.id === household.id)?.isAddressChangedSinceDecision).toBe(
      true,
    );
  });
});

describe('between municipalities', () => {
  it('Gällivare’s admin neither sees nor decides Arjeplog’s households', async () => {
    const resident = await createResident(t);
    const household = await applyingHousehold(resident);
    const gallivare = await t.loginAs('kommun@gallivare.example.se');
    const own = await gallivare.get(
      '/api/v1/admin/municipalities/gallivare/households?status=applied',
    );
    expect(own.status).toBe(200);
    expect(own.body.items).toEqual([]);
    expect((await gallivare.get(list('applied'))).status).toBe(403);
    for (const decision of ['approve', 'decline', 'revoke']) {
      const response = await gallivare.post(decide(household.id, decision)).send({ reason: 'x' });
      expect(response.status).toBe(403);
      expect(response.body.code).toBe('forbidden');
    }
    const region = await t.loginAs('region@example.se');
    expect((await region.get(list('applied'))).body.code).toBe('forbidden');
  });
});
