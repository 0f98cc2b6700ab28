import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPublishedShop, type ShopFixture } from './support/factories.ts';
import { addressBody } from './support/households.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

let t: TestApp;
let arjeplogShop: ShopFixture;
let gallivareShop: ShopFixture;
beforeAll(async () => {
  t = await createTestApp();
  arjeplogShop = await createPublishedShop(t);
  gallivareShop = await createPublishedShop(t, { municipality: 'gallivare' });
});
afterAll(() => t.close());

const search = (shopId: string, q: string) =>
  `/api/v1/shops/${shopId}/households?${new URLSearchParams({ q }).toString()}`;
type Match = { id: string; name: string; village: string; phoneEnding: string };

describe('finding a caller’s household', () => {
  it('finds a household of the shop’s municipality by name words, forgiving å, ä and ö', async () => {
    const staff = await t.loginAs(arjeplogShop.staffEmail);
    const response = await staff.get(search(arjeplogShop.id, 'signe vidje'));
    expect(response.status).toBe(200);
    expect(response.body.items).toEqual([
      {
        id: expect.any(String),
        name: 'Signe Vidjeholm',
        streetAddress: 'Sjövägen 3',
        postalCode: '93091',
        village: 'Slagnäs',
        phoneEnding: '0612',
        hasAccount: true,
      },
    ]);
    const folded = await staff.get(search(arjeplogShop.id, 'Maj-Britt alvl'));
    expect((folded.body.items as Match[]).map((item) => item.name)).toEqual(['Maj-Britt Älvlund']);
  });

  it('finds one by phone however the number is written, showing only its last digits', async () => {
    const staff = await t.loginAs(arjeplogShop.ownerEmail);
    for (const q of ['070-174 06 13', '+46701740613', '0613']) {
      const items = (await staff.get(search(arjeplogShop.id, q))).body.items as Match[];
      expect(items.map((item) => item.name)).toEqual(['Holger Tjärnberg']);
      expect(JSON.stringify(items)).not.toContain('4711');
    }
  });

  it('refuses a search of fewer than three characters, so nobody browses a village', async () => {
    const staff = await t.loginAs(arjeplogShop.staffEmail);
    const response = await staff.get(search(arjeplogShop.id, 'si'));
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('validation_failed');
    expect(response.body.errors[0].field).toBe('q');
  });

  it('a shop of another municipality finds none of them and cannot read one by id', async () => {
    const arjeplogStaff = await t.loginAs(arjeplogShop.staffEmail);
    const [signe] = (await arjeplogStaff.get(search(arjeplogShop.id, 'Signe'))).body
      .items as Match[];
    const gallivareStaff = await t.loginAs(gallivareShop.staffEmail);
    expect((await gallivareStaff.get(search(gallivareShop.id, 'Signe'))).body.items).toEqual([]);
    const read = await gallivareStaff.get(
      `/api/v1/shops/${gallivareShop.id}/households/${signe?.id ?? ''}`,
    );
    expect(read.status).toBe(404);
    expect(read.body.code).toBe('not_found');
    // Nor through the Arjeplog shop's path, which it does not work for.
    const foreign = await gallivareStaff.get(search(arjeplogShop.id, 'Signe'));
    expect(foreign.status).toBe(403);
  });

  it('reads the whole address of a found household for the order placed on its behalf', async () => {
    const staff = await t.loginAs(arjeplogShop.staffEmail);
    const [holger] = (await staff.get(search(arjeplogShop.id, 'Holger'))).body.items as Match[];
    const response = await staff.get(
      `/api/v1/shops/${arjeplogShop.id}/households/${holger?.id ?? ''}`,
    );
    expect(response.status).toBe(200);
    expect(response.body.household).toEqual({
      id: holger?.id,
      name: 'Holger Tjärnberg',
      email: null,
      address: {
        streetAddress: 'Fjällvägen 11',
        postalCode: '93092',
        village: 'Jäckvik',
        doorCode: '4711',
        driverNote: null,
        phone: '070-174 06 13',
      },
      hasAccount: true,
    });
  });
});

describe('taking down a contact without an account', () => {
  it('records which shop and who took it down, and finds it afterwards', async () => {
    const staff = await t.loginAs(arjeplogShop.staffEmail);
    const created = await staff.post(`/api/v1/shops/${arjeplogShop.id}/households`).send({
      name: 'Gunnel Forsmark',
      address: addressBody({ streetAddress: 'Lillvägen 1', phone: '070-174 06 60' }),
    });
    expect(created.status).toBe(201);
    expect(created.body.household).toMatchObject({
      name: 'Gunnel Forsmark',
      email: null,
      hasAccount: false,
      address: { streetAddress: 'Lillvägen 1', postalCode: '93093' },
    });
    const row = await t.database
      .knex('households')
      .where({ id: created.body.household.id })
      .first();
    const staffUser = await t.database
      .knex('users')
      .where({ email: arjeplogShop.staffEmail })
      .first();
    expect(row).toMatchObject({
      created_via: 'shop',
      created_by_shop_id: arjeplogShop.id,
      created_by_user_id: staffUser.id,
      user_id: null,
      municipality_id: arjeplogShop.municipalityId,
      eligibility_status: 'none',
    });
    const found = (await staff.get(search(arjeplogShop.id, 'forsmark'))).body.items as Match[];
    expect(found.map((item) => item.id)).toEqual([created.body.household.id]);
  });

  it('answers the household already there for the same phone at the same door', async () => {
    const owner = await t.loginAs(arjeplogShop.ownerEmail);
    const path = `/api/v1/shops/${arjeplogShop.id}/households`;
    const first = await owner.post(path).send({
      name: 'Sture Bäck',
      email: 'sture.back@example.se',
      address: addressBody({ streetAddress: 'Bäckvägen 5', phone: '070-174 06 61' }),
    });
    expect(first.status).toBe(201);
    const again = await owner.post(path).send({
      name: 'Sture Bäck',
      address: addressBody({ streetAddress: 'BÄCKVÄGEN 5', phone: '+46 70 174 06 61' }),
    });
    expect(again.status).toBe(200);
    expect(again.body.household).toMatchObject({
      id: first.body.household.id,
      email: 'sture.back@example.se',
    });
    const otherDoor = await owner.post(path).send({
      name: 'Sture Bäck',
      address: addressBody({ streetAddress: 'Bäckvägen 7', phone: '070-174 06 61' }),
    });
    expect(otherDoor.status).toBe(201);
  });

  it('refuses a contact with an invalid address and names each field', async () => {
    const staff = await t.loginAs(arjeplogShop.staffEmail);
    const response = await staff
      .post(`/api/v1/shops/${arjeplogShop.id}/households`)
      .send({ name: 'X', email: 'inte en adress', address: addressBody({ postalCode: 'abc' }) });
    expect(response.status).toBe(400);
    expect((response.body.errors as { field: string }[]).map((error) => error.field)).toEqual(
      expect.arrayContaining(['email', 'address.postalCode']),
    );
  });
});
