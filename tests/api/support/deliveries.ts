import { randomUUID } from 'node:crypto';
import type supertest from 'supertest';
import { expect } from 'vitest';
import { newId } from '../../../server/src/db/ids.ts';
import { createUsersRepository } from '../../../server/src/modules/users/users.repository.ts';
import { contact, createGood, type CheckoutShop } from './checkout.ts';
import { placeOrder, stepOrder } from './orders.ts';
import { demoPassword, type TestApp } from './test-app.ts';
import { testHasher } from './test-hasher.ts';

let sequence = 0;

export async function municipalityIdOf(t: TestApp, slug = 'arjeplog'): Promise<string> {
  const row = await t.database.knex('municipalities').where({ slug }).first<{ id: string }>('id');
  return row.id;
}

/** A zone of the municipality with route days on the given ISO weekdays. */
export async function createZone(
  t: TestApp,
  options: { municipality?: string; name?: string; weekdays?: number[] } = {},
): Promise<string> {
  sequence += 1;
  const id = newId();
  const at = t.clock.now();
  await t.database.knex('delivery_zones').insert({
    id,
    municipality_id: await municipalityIdOf(t, options.municipality),
    name: options.name ?? `Zon ${sequence}-${id.slice(-4)}`,
    route_days: JSON.stringify(
      (options.weekdays ?? [1, 2, 3, 4, 5]).map((weekday) => ({
        weekday,
        cutoffWeekday: weekday,
        cutoffTime: '08:00',
      })),
    ),
    is_active: true,
    created_at: at,
    updated_at: at,
  });
  return id;
}

export type CarrierFixture = {
  id: string;
  slug: string;
  name: string;
  driverEmail: string;
  driver: supertest.Agent;
};

/**
 * A carrier of the municipality driving the zones on the weekdays, used by the shops, with a
 * driver account holding the role `carrier` for it.
 */
export async function createCarrier(
  t: TestApp,
  options: {
    municipality?: string;
    zones: { zoneId: string; weekdays: number[] }[];
    shops: { id: string }[];
    name?: string;
  },
): Promise<CarrierFixture> {
  sequence += 1;
  const { knex } = t.database;
  const suffix = `${sequence}-${newId().slice(-6)}`;
  const id = newId();
  const at = t.clock.now();
  const name = options.name ?? `Budfirman ${suffix}`;
  const slug = `bud-${suffix}`;
  await knex('carriers').insert({
    id,
    municipality_id: await municipalityIdOf(t, options.municipality),
    slug,
    name,
    org_number: '556000-0000',
    is_active: true,
    created_at: at,
    updated_at: at,
  });
  for (const zone of options.zones)
    await knex('carrier_zones').insert({
      carrier_id: id,
      zone_id: zone.zoneId,
      weekdays: JSON.stringify(zone.weekdays),
    });
  for (const shop of options.shops)
    await knex('shop_carriers').insert({ shop_id: shop.id, carrier_id: id });
  const driverEmail = `chauffor-${suffix}@bud.example.se`;
  const users = createUsersRepository(knex);
  const user = await users.insert({
    email: driverEmail,
    name: 'Chaufför Test',
    passwordHash: await testHasher.hash(demoPassword),
    locale: 'sv',
    now: at,
  });
  await users.addRole({
    userId: user.id,
    role: 'carrier',
    scopeType: 'carrier',
    scopeId: id,
    now: at,
  });
  return { id, slug, name, driverEmail, driver: await t.loginAs(driverEmail) };
}

/** A household without an account, as checkout makes one for a guest. */
export async function createHousehold(t: TestApp, municipality = 'arjeplog'): Promise<string> {
  const id = newId();
  const at = t.clock.now();
  await t.database.knex('households').insert({
    id,
    municipality_id: await municipalityIdOf(t, municipality),
    user_id: null,
    created_via: 'checkout',
    name: contact.name,
    street_address: 'Storvägen 20',
    postal_code: '93093',
    village: 'Laisvall',
    phone: '070-174 06 50',
    phone_digits: '0701740650',
    eligibility_status: 'none',
    address_changed_at: at,
    last_used_at: at,
    created_at: at,
    updated_at: at,
  });
  return id;
}

export type NoteFixture = { orderId: string; checkoutId: string; householdId: string };

/**
 * An order of one good with its delivery note opened through the deliveries module's door,
 * as checkout opens it, accepted and packed unless told. Until home delivery's offers are
 * composed, checkout cannot place a home-delivered order; the order here is collected in the
 * shop as far as checkout knows, and the note is what this module works on.
 */
export async function orderWithNote(
  t: TestApp,
  options: {
    shop: CheckoutShop;
    buyer: supertest.Agent;
    zoneId: string;
    date: string;
    householdId?: string;
    coolBags?: number;
    collectOre?: number;
    steps?: readonly string[];
    village?: string;
    street?: string;
  },
): Promise<NoteFixture> {
  const good = await createGood(options.shop, { title: 'Mjölk', priceOre: 1990, stock: 50 });
  const { orderId, checkoutId } = await placeOrder(options.buyer, options.shop, good);
  const householdId = options.householdId ?? (await createHousehold(t));
  await t.database.transaction((trx) =>
    t.services.deliveries.notes.open(trx, {
      orderId,
      municipalityId: options.shop.municipalityId,
      shopId: options.shop.id,
      householdId,
      zoneId: options.zoneId,
      date: options.date,
      recipientName: contact.name,
      address: {
        streetAddress: options.street ?? 'Storvägen 20',
        postalCode: '93093',
        village: options.village ?? 'Laisvall',
        doorCode: '1234',
        driverNote: 'Gula huset',
        phone: '070-174 06 50',
      },
      feeOre: 2000,
      isSubsidised: false,
      coolBags: options.coolBags ?? 1,
      collectOre: options.collectOre ?? 1990,
      at: t.clock.now(),
    }),
  );
  await stepOrder(options.shop, orderId, options.steps ?? ['accept', 'pack']);
  return { orderId, checkoutId, householdId };
}

/** Assigns the carrier and hands the order over through the shop's API. */
export async function handToCarrier(shop: CheckoutShop, orderId: string, carrierId: string) {
  const assigned = await shop.owner
    .put(`/api/v1/shops/${shop.id}/deliveries/${orderId}/carrier`)
    .send({ carrierId });
  expect(assigned.status, JSON.stringify(assigned.body)).toBe(200);
  const handed = await shop.owner.post(`/api/v1/shops/${shop.id}/deliveries/${orderId}/hand-over`);
  expect(handed.status, JSON.stringify(handed.body)).toBe(200);
}

export { randomUUID as newClientId };
