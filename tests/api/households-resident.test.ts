import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addressBody,
  applyingHousehold,
  createResident,
  saveHousehold,
  type ResidentFixture,
} from './support/households.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const fieldsOf = (body: { errors?: { field: string }[] }) =>
  (body.errors ?? []).map((error) => error.field);

describe('a resident’s delivery addresses', () => {
  let resident: ResidentFixture;
  beforeAll(async () => {
    resident = await createResident(t, { name: 'Åsa Lind' });
  });

  it('saves an address in a municipality and reads back everything stored about it', async () => {
    const household = await saveHousehold(resident, {
      address: { doorCode: '1234', driverNote: 'Gula dörren, hunden är snäll.' },
    });
    expect(household).toMatchObject({
      municipality: { slug: 'arjeplog', name: 'Arjeplog' },
      name: 'Åsa Lind',
      address: {
        streetAddress: 'Storvägen 20',
        postalCode: '93093',
        village: 'Laisvall',
        doorCode: '1234',
        driverNote: 'Gula dörren, hunden är snäll.',
        phone: '070-174 06 50',
      },
      eligibility: {
        status: 'none',
        reason: null,
        appliedAt: null,
        decidedAt: null,
        decisionReason: null,
      },
    });
    const list = await resident.agent.get('/api/v1/me/households');
    expect(list.status).toBe(200);
    expect(list.body).toEqual({ items: [household], nextCursor: null });
  });

  it('keeps one address per municipality: a second one is refused on the municipality field', async () => {
    const second = await resident.agent
      .post('/api/v1/me/households')
      .send({ municipality: 'arjeplog', name: 'Åsa Lind', address: addressBody() });
    expect(second.status).toBe(409);
    expect(second.body.code).toBe('household_exists');
    expect(fieldsOf(second.body)).toEqual(['municipality']);
    const elsewhere = await saveHousehold(resident, {
      municipality: 'gallivare',
      address: { streetAddress: 'Malmvägen 3', postalCode: '982 31', village: 'Nattavaara' },
    });
    expect(elsewhere).toMatchObject({ municipality: { slug: 'gallivare' } });
  });

  it('changes the whole address, leaving out the door code when none is given', async () => {
    const [own] = (await resident.agent.get('/api/v1/me/households')).body.items as {
      id: string;
      municipality: { slug: string };
    }[];
    const changed = await resident.agent.put(`/api/v1/me/households/${own?.id ?? ''}`).send({
      name: 'Åsa och Per Lind',
      address: addressBody({ streetAddress: 'Storvägen 22', phone: '+46 70 174 06 51' }),
    });
    expect(changed.status).toBe(200);
    expect(changed.body.household).toMatchObject({
      id: own?.id,
      name: 'Åsa och Per Lind',
      address: { streetAddress: 'Storvägen 22', doorCode: null, driverNote: null },
    });
  });
});

describe('bad input', () => {
  it('refuses an invalid address, naming each field, and stores nothing', async () => {
    const resident = await createResident(t);
    const response = await resident.agent.post('/api/v1/me/households').send({
      municipality: 'arjeplog',
      name: '',
      address: addressBody({ streetAddress: ' ', postalCode: '12', phone: 'ring mig' }),
    });
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('validation_failed');
    expect(fieldsOf(response.body)).toEqual(
      expect.arrayContaining([
        'name',
        'address.streetAddress',
        'address.postalCode',
        'address.phone',
      ]),
    );
    const unknownField = await resident.agent
      .post('/api/v1/me/households')
      .send({ municipality: 'arjeplog', name: 'X', address: addressBody({ portkod: '1' }) });
    expect(unknownField.body.code).toBe('validation_failed');
    expect((await resident.agent.get('/api/v1/me/households')).body.items).toEqual([]);
  });

  it('refuses a municipality that does not exist or has not opened, on the municipality field', async () => {
    const resident = await createResident(t);
    for (const municipality of ['atlantis', 'lulea']) {
      const response = await resident.agent
        .post('/api/v1/me/households')
        .send({ municipality, name: 'X', address: addressBody() });
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('validation_failed');
      expect(response.body.errors).toEqual([
        expect.objectContaining({ field: 'municipality', code: 'unknown_municipality' }),
      ]);
    }
  });

  it('asks visitors who are not logged in to log in', async () => {
    const anonymous = t.agent();
    expect((await anonymous.get('/api/v1/me/households')).body.code).toBe('unauthenticated');
    const post = await anonymous
      .post('/api/v1/me/households')
      .send({ municipality: 'arjeplog', name: 'X', address: addressBody() });
    expect(post.status).toBe(401);
  });
});

describe('applying for home delivery', () => {
  it('applies on a ground that is a category, and cannot apply twice while it waits', async () => {
    const resident = await createResident(t);
    const household = await saveHousehold(resident);
    const path = `/api/v1/me/households/${household.id}/application`;
    const story = await resident.agent.post(path).send({ reason: 'höftoperation i mars' });
    expect(story.status).toBe(400);
    expect(fieldsOf(story.body)).toEqual(['reason']);
    const applied = await resident.agent.post(path).send({ reason: 'no_car' });
    expect(applied.status).toBe(200);
    expect(applied.body.household.eligibility).toMatchObject({
      status: 'applied',
      reason: 'no_car',
      appliedAt: new Date(t.clock.now()).toISOString(),
      decidedAt: null,
    });
    const again = await resident.agent.post(path).send({ reason: 'age' });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('status_conflict');
  });

  it('withdraws an application nobody has decided yet; then there is nothing to withdraw', async () => {
    const resident = await createResident(t);
    const household = await applyingHousehold(resident);
    const path = `/api/v1/me/households/${household.id}/application`;
    const withdrawn = await resident.agent.delete(path);
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body.household.eligibility).toMatchObject({ status: 'none', reason: null });
    expect((await resident.agent.delete(path)).body.code).toBe('status_conflict');
  });
});

describe('removing an address', () => {
  it('erases the address and its eligibility, leaving an anonymous row for past deliveries', async () => {
    const resident = await createResident(t);
    const household = await applyingHousehold(resident, 'disability');
    const removed = await resident.agent.delete(`/api/v1/me/households/${household.id}`);
    expect(removed.status).toBe(204);
    expect((await resident.agent.get('/api/v1/me/households')).body.items).toEqual([]);
    const row = await t.database.knex('households').where({ id: household.id }).first();
    expect(row).toMatchObject({
      user_id: null,
      name: null,
      street_address: null,
      phone: null,
      phone_digits: null,
      search_name: null,
      eligibility_status: 'none',
      eligibility_reason: null,
      applied_at: null,
      erased_at: t.clock.now(),
    });
    // The municipality is free for a new address.
    await saveHousehold(resident);
  });
});

describe('between residents', () => {
  it('never lists, changes, applies for or removes another resident’s household', async () => {
    const owner = await createResident(t);
    const other = await createResident(t);
    const household = await saveHousehold(owner);
    const path = `/api/v1/me/households/${household.id}`;
    expect((await other.agent.get('/api/v1/me/households')).body.items).toEqual([]);
    const attempts = [
      other.agent.put(path).send({ name: 'Inte min', address: addressBody() }),
      other.agent.post(`${path}/application`).send({ reason: 'age' }),
      other.agent.delete(`${path}/application`),
      other.agent.delete(path),
    ];
    for (const response of await Promise.all(attempts)) {
      expect(response.status).toBe(404);
      expect(response.body.code).toBe('not_found');
    }
    const [mine] = (await owner.agent.get('/api/v1/me/households')).body.items as {
      name: string;
      eligibility: { status: string };
    }[];
    expect(mine).toMatchObject({ name: owner.name, eligibility: { status: 'none' } });
  });
});
