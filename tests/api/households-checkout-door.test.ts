import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeliveryAddress } from '../../shared/src/delivery-address.ts';
import { addressBody, createResident, saveHousehold } from './support/households.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

let t: TestApp;
let arjeplogId: string;
let gallivareId: string;
beforeAll(async () => {
  t = await createTestApp();
  const idOf = async (slug: string) =>
    ((await t.database.knex('municipalities').where({ slug }).first()) as { id: string }).id;
  [arjeplogId, gallivareId] = await Promise.all([idOf('arjeplog'), idOf('gallivare')]);
});
afterAll(() => t.close());

const day = 24 * 60 * 60 * 1000;

/** Checkout's call, in a transaction of its own as checkout's would be. */
function forCheckout(request: {
  userId?: string | null;
  email?: string;
  name?: string;
  address?: Partial<DeliveryAddress>;
  municipalityId?: string;
}) {
  return t.database.transaction((trx) =>
    t.services.households.forCheckout(trx, {
      municipalityId: request.municipalityId ?? arjeplogId,
      userId: request.userId ?? null,
      name: request.name ?? 'Gäst Gästsson',
      email: request.email ?? 'gast@example.se',
      address: { ...addressBody(), postalCode: '93093', ...request.address },
      at: t.clock.now(),
    }),
  );
}

const rowOf = (id: string) => t.database.knex('households').where({ id }).first();

describe('a resident at checkout', () => {
  it('gets a household made from the address when they have none in that municipality', async () => {
    const resident = await createResident(t);
    const result = await forCheckout({ userId: resident.id, name: resident.name });
    expect(result).toEqual({ householdId: expect.any(String), isApproved: false });
    expect(await rowOf(result.householdId)).toMatchObject({
      user_id: resident.id,
      created_via: 'checkout',
      street_address: 'Storvägen 20',
    });
    const own = (await resident.agent.get('/api/v1/me/households')).body.items as { id: string }[];
    expect(own.map((household) => household.id)).toEqual([result.householdId]);
  });

  it('keeps their own household, brought up to date from the address, and says it is approved', async () => {
    const britt = (await t.database
      .knex('users')
      .where({ email: 'boende@arjeplog.example.se' })
      .first()) as { id: string };
    const before = await t.database
      .knex('households')
      .where({ user_id: britt.id, municipality_id: arjeplogId })
      .first();
    const result = await forCheckout({
      userId: britt.id,
      name: 'Britt Bymark',
      address: { streetAddress: 'Storvägen 14', doorCode: '0101', phone: '070-174 06 10' },
    });
    expect(result).toEqual({ householdId: before.id, isApproved: true });
    expect(await rowOf(before.id)).toMatchObject({
      door_code: '0101',
      driver_note: null,
      eligibility_status: 'approved',
      last_used_at: t.clock.now(),
    });
  });

  it('gets one household per municipality', async () => {
    const resident = await createResident(t);
    const arjeplog = await forCheckout({ userId: resident.id });
    const gallivare = await forCheckout({
      userId: resident.id,
      municipalityId: gallivareId,
      address: { streetAddress: 'Malmvägen 3', postalCode: '98231', village: 'Nattavaara' },
    });
    expect(gallivare.householdId).not.toBe(arjeplog.householdId);
    expect((await forCheckout({ userId: resident.id })).householdId).toBe(arjeplog.householdId);
  });
});

describe('a guest at checkout', () => {
  it('gets the same household ordering to the same door again, however it is written', async () => {
    const first = await forCheckout({ email: 'Lina.Lodge@example.se' });
    const again = await forCheckout({
      email: 'lina.lodge@example.se',
      name: 'Lina Lodge',
      address: { streetAddress: 'storvägen  20', doorCode: '7777' },
    });
    expect(again).toEqual({ householdId: first.householdId, isApproved: false });
    expect(await rowOf(first.householdId)).toMatchObject({
      name: 'Lina Lodge',
      door_code: '7777',
      contact_email: 'lina.lodge@example.se',
      user_id: null,
    });
  });

  it('gets another household for another door or another e-mail', async () => {
    const first = await forCheckout({ email: 'olle.ort@example.se' });
    const otherDoor = await forCheckout({
      email: 'olle.ort@example.se',
      address: { streetAddress: 'Storvägen 24' },
    });
    const otherEmail = await forCheckout({ email: 'annan.gast@example.se' });
    expect(new Set([first, otherDoor, otherEmail].map((result) => result.householdId)).size).toBe(
      3,
    );
  });

  it('makes one household of two checkouts to the same door at once', async () => {
    const results = await Promise.all(
      [1, 2, 3].map(() => forCheckout({ email: 'samtidig@example.se' })),
    );
    expect(new Set(results.map((result) => result.householdId)).size).toBe(1);
  });

  it('finds the household made as a guest after registering, at checkout and on the account page', async () => {
    const guest = await forCheckout({ email: 'vera.varg@example.se', name: 'Vera Varg' });
    const vera = await createResident(t, { email: 'vera.varg@example.se', name: 'Vera Varg' });
    const asResident = await forCheckout({
      userId: vera.id,
      email: 'vera.varg@example.se',
      name: 'Vera Varg',
    });
    expect(asResident.householdId).toBe(guest.householdId);
    expect(await rowOf(guest.householdId)).toMatchObject({
      user_id: vera.id,
      guest_key: null,
      contact_email: null,
    });

    const guestInGallivare = await forCheckout({
      email: 'vera.varg@example.se',
      municipalityId: gallivareId,
      address: { streetAddress: 'Malmvägen 3', postalCode: '98231', village: 'Nattavaara' },
    });
    const saved = await saveHousehold(vera, {
      municipality: 'gallivare',
      address: { streetAddress: 'Malmvägen 3', postalCode: '982 31', village: 'Nattavaara' },
    });
    expect(saved.id).toBe(guestInGallivare.householdId);
  });

  it('leaves a guest household alone for a resident with another e-mail', async () => {
    const guest = await forCheckout({ email: 'ensam.gast@example.se' });
    const resident = await createResident(t);
    const result = await forCheckout({ userId: resident.id, email: resident.email });
    expect(result.householdId).not.toBe(guest.householdId);
    expect(await rowOf(guest.householdId)).toMatchObject({ user_id: null });
  });
});

describe('an order by phone', () => {
  it('gives the household’s address, e-mail and approval, and refuses another municipality’s', async () => {
    const signe = (await t.database
      .knex('households')
      .where({ name: 'Signe Vidjeholm' })
      .first()) as { id: string };
    const found = await t.database.transaction((trx) =>
      t.services.households.forAssistedCheckout(trx, {
        householdId: signe.id,
        municipalityId: arjeplogId,
        at: t.clock.now(),
      }),
    );
    expect(found).toEqual({
      householdId: signe.id,
      userId: expect.any(String),
      isApproved: true,
      name: 'Signe Vidjeholm',
      email: 'signe.vidjeholm@example.se',
      address: {
        streetAddress: 'Sjövägen 3',
        postalCode: '93091',
        village: 'Slagnäs',
        phone: '070-174 06 12',
        driverNote: 'Ring på, det tar en stund innan jag kommer till dörren.',
      },
    });
    await expect(
      t.database.transaction((trx) =>
        t.services.households.forAssistedCheckout(trx, {
          householdId: signe.id,
          municipalityId: gallivareId,
          at: t.clock.now(),
        }),
      ),
    ).rejects.toMatchObject({ code: 'not_found' });
  });
});

describe('retention', () => {
  it('erases households without an account nobody ordered to for 400 days, and nothing else', async () => {
    const resident = await createResident(t);
    const residents = await forCheckout({ userId: resident.id });
    const stale = await forCheckout({ email: 'gammal.gast@example.se' });
    t.clock.advance(300 * day);
    const recent = await forCheckout({ email: 'ny.gast@example.se' });
    const stillOrdering = await forCheckout({ email: 'trogen.gast@example.se' });
    t.clock.advance(99 * day);
    await forCheckout({ email: 'trogen.gast@example.se' });
    t.clock.advance(2 * day);

    expect(await t.services.households.eraseUnusedContacts()).toBeGreaterThanOrEqual(1);
    expect(await rowOf(stale.householdId)).toMatchObject({
      erased_at: t.clock.now(),
      name: null,
      street_address: null,
      contact_email: null,
      guest_key: null,
    });
    for (const kept of [residents, recent, stillOrdering])
      expect(await rowOf(kept.householdId)).toMatchObject({ erased_at: null });
    // The same guest ordering again after erasure starts afresh.
    const fresh = await forCheckout({ email: 'gammal.gast@example.se' });
    expect(fresh.householdId).not.toBe(stale.householdId);
  });

  it('erases every household of an account when the account is erased', async () => {
    const resident = await createResident(t);
    await saveHousehold(resident);
    await saveHousehold(resident, {
      municipality: 'gallivare',
      address: { postalCode: '982 31', village: 'Nattavaara' },
    });
    const exported = await t.services.households.exportFor(resident.id);
    expect(exported).toHaveLength(2);
    const erased = await t.database.transaction((trx) =>
      t.services.households.eraseAllOf(trx, resident.id),
    );
    expect(erased).toBe(2);
    expect(await t.services.households.exportFor(resident.id)).toEqual([]);
  });
});
