import type supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  arjeplogSetup,
  demoShopId,
  offerOf,
  setClock,
  settingsBody,
} from './support/home-delivery.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

let t: TestApp;
let admin: supertest.Agent;
const base = '/api/v1/admin/municipalities/arjeplog/home-delivery';
const fieldsOf = (body: { errors?: { field: string }[] }) =>
  (body.errors ?? []).map((error) => error.field).sort();

beforeAll(async () => {
  t = await createTestApp();
  setClock(t, '2027-03-01T10:00:00+01:00');
  admin = await t.loginAs('kommun@arjeplog.example.se');
});
afterAll(() => t.close());

/** A zone of a village no demo zone has; override what the test is about. */
function zoneBody(overrides: Record<string, unknown> = {}) {
  return {
    name: 'Björkfjället',
    routeDays: [{ weekday: 3, cutoffWeekday: 2, cutoffTime: '12:00' }],
    places: [{ postalCode: '930 95', village: 'Björkfjället' }],
    ...overrides,
  };
}

function carrierBody(overrides: Record<string, unknown> = {}) {
  return {
    name: 'Fjällfrakt',
    orgNumber: '556036-0793',
    contactName: 'Frida Frakt',
    contactEmail: 'frakt@arjeplog.example.se',
    zones: [],
    ...overrides,
  };
}

describe('the municipality’s set-up', () => {
  it('reads the seeded set-up: settings, zones with places, carriers, agreements', async () => {
    const setup = await arjeplogSetup(admin);
    expect(setup.settings).toEqual({
      isEnabled: true,
      feeOre: 2000,
      subsidisedFeeOre: 1000,
      feeVatClass: 'standard',
      eligibility: 'approved',
      trialStartsOn: '2027-01-01',
      trialEndsOn: '2027-12-31',
      phone: '0961-100 00',
      publicNote: expect.any(String),
    });
    expect(setup.zones.map((zone) => zone.name)).toEqual([
      'Arjeplog tätort',
      'Laisvall och Adolfström',
      'Mellanström',
      'Slagnäs och Jäckvik',
    ]);
    expect(setup.carriers.map((carrier) => carrier.name)).toEqual([
      'Arjeplogs Taxi',
      'Bussgods',
      'Posten',
    ]);
    expect(setup.agreements.map((agreement) => agreement.shop.slug).sort()).toEqual([
      'silvervagens-livs',
      'slagnas-bageri',
    ]);
  });

  it('refuses bad settings by field and keeps the old ones', async () => {
    const response = await admin.put(`${base}/settings`).send(
      settingsBody({
        feeOre: -1,
        subsidisedFeeOre: 10.5,
        eligibility: 'some',
        trialStartsOn: '2027-06-01',
        trialEndsOn: '2027-01-01',
      }),
    );
    expect(response.status).toBe(400);
    expect(fieldsOf(response.body)).toEqual(['eligibility', 'feeOre', 'subsidisedFeeOre']);
    const order = await admin
      .put(`${base}/settings`)
      .send(settingsBody({ trialStartsOn: '2027-06-01', trialEndsOn: '2027-01-01' }));
    expect(fieldsOf(order.body)).toEqual(['trialEndsOn']);
    expect((await arjeplogSetup(admin)).settings).toMatchObject({ feeOre: 2000 });
  });

  it('adds a zone whose village then gets home delivery, and changes it', async () => {
    const created = await admin.post(`${base}/zones`).send(zoneBody());
    expect(created.status).toBe(201);
    expect(created.body.zone).toMatchObject({
      name: 'Björkfjället',
      isActive: true,
      places: [{ postalCode: '93095', village: 'Björkfjället', isLargeLocality: false }],
    });
    const id = created.body.zone.id as string;
    const changed = await admin.put(`${base}/zones/${id}`).send(
      zoneBody({
        routeDays: [
          { weekday: 5, cutoffWeekday: 4, cutoffTime: '12:00' },
          { weekday: 2, cutoffWeekday: 1, cutoffTime: '12:00' },
        ],
      }),
    );
    expect(changed.status).toBe(200);
    expect(changed.body.zone.routeDays.map((day: { weekday: number }) => day.weekday)).toEqual([
      2, 5,
    ]);
    const removed = await admin.delete(`${base}/zones/${id}`);
    expect(removed.status).toBe(204);
    expect((await arjeplogSetup(admin)).zones).toHaveLength(4);
  });

  it('refuses a bad zone by field: postal code, weekday, a place already in a zone, a taken name', async () => {
    const malformed = await admin.post(`${base}/zones`).send(
      zoneBody({
        routeDays: [{ weekday: 8, cutoffWeekday: 0, cutoffTime: '25:00' }],
        places: [{ postalCode: '9309', village: '' }],
      }),
    );
    expect(malformed.status).toBe(400);
    expect(fieldsOf(malformed.body)).toEqual([
      'places.0.postalCode',
      'places.0.village',
      'routeDays.0.cutoffTime',
      'routeDays.0.cutoffWeekday',
      'routeDays.0.weekday',
    ]);
    const clash = await admin.post(`${base}/zones`).send(
      zoneBody({
        name: 'Mellanström',
        places: [
          { postalCode: '930 95', village: 'Björkfjället' },
          { postalCode: '930 93', village: 'LAISVALL' },
        ],
      }),
    );
    expect(clash.status).toBe(400);
    expect(clash.body.errors).toEqual([
      expect.objectContaining({ field: 'name', code: 'name_taken' }),
      expect.objectContaining({ field: 'places.1.village', code: 'place_taken' }),
    ]);
    expect((await arjeplogSetup(admin)).zones).toHaveLength(4);
  });

  it('registers a carrier with the zones and route days it drives', async () => {
    const setup = await arjeplogSetup(admin);
    const mellanstrom = setup.zones.find((zone) => zone.name === 'Mellanström');
    const created = await admin
      .post(`${base}/carriers`)
      .send(carrierBody({ zones: [{ zoneId: mellanstrom?.id, weekdays: [3] }] }));
    expect(created.status).toBe(201);
    expect(created.body.carrier).toMatchObject({
      slug: 'fjallfrakt',
      name: 'Fjällfrakt',
      isActive: true,
      zones: [{ zoneId: mellanstrom?.id, zoneName: 'Mellanström', weekdays: [3] }],
    });
    const id = created.body.carrier.id as string;
    const off = await admin
      .put(`${base}/carriers/${id}`)
      .send(carrierBody({ isActive: false, zones: [] }));
    expect(off.body.carrier).toMatchObject({ isActive: false, zones: [] });
    expect(await t.services.carriers.carrierById(id)).toBeNull();
    expect((await admin.delete(`${base}/carriers/${id}`)).status).toBe(204);
  });

  it('refuses a bad carrier by field: org number, a day the zone has no route, another zone', async () => {
    const setup = await arjeplogSetup(admin);
    const mellanstrom = setup.zones.find((zone) => zone.name === 'Mellanström');
    const malformed = await admin
      .post(`${base}/carriers`)
      .send(carrierBody({ orgNumber: '5560360793', zones: [{ zoneId: 'x', weekdays: [0] }] }));
    expect(fieldsOf(malformed.body)).toEqual(['orgNumber', 'zones.0.weekdays.0']);
    const wrongDigit = await admin
      .post(`${base}/carriers`)
      .send(carrierBody({ orgNumber: '556036-0794' }));
    expect(fieldsOf(wrongDigit.body)).toEqual(['orgNumber']);
    const rules = await admin.post(`${base}/carriers`).send(
      carrierBody({
        name: 'bussgods',
        zones: [
          { zoneId: mellanstrom?.id, weekdays: [3, 4] },
          { zoneId: 'no-such-zone', weekdays: [1] },
        ],
      }),
    );
    expect(rules.status).toBe(400);
    expect(rules.body.errors).toEqual([
      expect.objectContaining({ field: 'name', code: 'name_taken' }),
      expect.objectContaining({ field: 'zones.0.weekdays', code: 'not_a_route_day' }),
      expect.objectContaining({ field: 'zones.1.zoneId', code: 'unknown_zone' }),
    ]);
    expect((await arjeplogSetup(admin)).carriers).toHaveLength(3);
  });

  it('refuses an agreement ending before it starts, or with a shop of another municipality', async () => {
    const grocery = await demoShopId(t, 'silvervagens-livs');
    const reversed = await admin.post(`${base}/agreements`).send({
      shopId: grocery,
      kind: 'standard',
      validFrom: '2027-06-01',
      validTo: '2027-05-31',
    });
    expect(reversed.status).toBe(400);
    expect(fieldsOf(reversed.body)).toEqual(['validTo']);
    const elsewhere = await admin.post(`${base}/agreements`).send({
      shopId: await demoShopId(t, 'dundrets-brod'),
      kind: 'standard',
      validFrom: '2027-01-01',
    });
    expect(elsewhere.body.errors).toEqual([
      expect.objectContaining({ field: 'shopId', code: 'unknown_shop' }),
    ]);
    expect((await arjeplogSetup(admin)).agreements).toHaveLength(2);
  });
});

describe('a shop’s opt-in', () => {
  it('shows the grocery owner its choice and what it may choose from', async () => {
    const owner = await t.loginAs('butik@arjeplog.example.se');
    const grocery = await demoShopId(t, 'silvervagens-livs');
    const response = await owner.get(`/api/v1/shops/${grocery}/home-delivery-settings`);
    expect(response.status).toBe(200);
    expect(response.body.homeDelivery).toMatchObject({
      isEnabled: true,
      hasValidAgreement: true,
      extraFeeOre: 0,
    });
    expect(response.body.homeDelivery.zoneIds).toHaveLength(4);
    expect(response.body.homeDelivery.availableCarriers).toHaveLength(3);
  });

  it('refuses a carrier that drives none of the shop’s zones, and changes nothing', async () => {
    const owner = await t.loginAs('bageri@arjeplog.example.se');
    const bakery = await demoShopId(t, 'slagnas-bageri');
    const url = `/api/v1/shops/${bakery}/home-delivery-settings`;
    const before = (await owner.get(url)).body.homeDelivery as {
      availableZones: { id: string; name: string }[];
      availableCarriers: { id: string; name: string }[];
    };
    const zone = (name: string) => before.availableZones.find((z) => z.name === name)?.id;
    const carrier = (name: string) => before.availableCarriers.find((c) => c.name === name)?.id;
    const refused = await owner.put(url).send({
      isEnabled: true,
      zoneIds: [zone('Mellanström')],
      carrierIds: [carrier('Bussgods'), 'no-such-carrier'],
      extraFeeOre: -5,
    });
    expect(fieldsOf(refused.body)).toEqual(['extraFeeOre']);
    const rules = await owner.put(url).send({
      isEnabled: true,
      zoneIds: [zone('Mellanström'), 'no-such-zone'],
      carrierIds: [carrier('Bussgods'), 'no-such-carrier'],
    });
    expect(rules.status).toBe(400);
    expect(rules.body.errors).toEqual([
      expect.objectContaining({ field: 'zoneIds.1', code: 'zone_unavailable' }),
      expect.objectContaining({ field: 'carrierIds.0', code: 'carrier_not_in_zone' }),
      expect.objectContaining({ field: 'carrierIds.1', code: 'carrier_unavailable' }),
    ]);
    const after = (await owner.get(url)).body.homeDelivery as { zoneIds: string[] };
    expect(after.zoneIds).toHaveLength(2);

    const saved = await owner.put(url).send({
      isEnabled: true,
      zoneIds: [zone('Mellanström')],
      carrierIds: [carrier('Posten')],
      extraFeeOre: 0,
      extraCutoffHours: 0,
    });
    expect(saved.status).toBe(200);
    expect(
      (await offerOf(t, bakery, { postalCode: '93094', village: 'Mellanström' })).offer,
    ).toMatchObject({ date: '2027-03-03', feeOre: 2000 });
  });

  it('is refused without a valid agreement', async () => {
    const owner = await t.loginAs('bageri@arjeplog.example.se');
    const bakery = await demoShopId(t, 'slagnas-bageri');
    const agreement = (await arjeplogSetup(admin)).agreements.find((row) => row.shop.id === bakery);
    const ended = await admin.put(`${base}/agreements/${agreement?.id ?? ''}`).send({
      shopId: bakery,
      kind: 'trial',
      validFrom: '2026-06-01',
      validTo: '2027-02-28',
    });
    expect(ended.status).toBe(200);
    expect(ended.body.agreement).toMatchObject({ isValidToday: false });
    const url = `/api/v1/shops/${bakery}/home-delivery-settings`;
    const view = (await owner.get(url)).body.homeDelivery as { hasValidAgreement: boolean };
    expect(view).toMatchObject({ hasValidAgreement: false, availableZones: [] });
    const refused = await owner
      .put(url)
      .send({ isEnabled: true, zoneIds: ['x'], carrierIds: ['y'] });
    expect(refused.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'isEnabled', code: 'no_valid_agreement' }),
      ]),
    );
    expect(
      (await offerOf(t, bakery, { postalCode: '93094', village: 'Mellanström' })).refusal,
    ).toMatchObject({
      code: 'no_valid_agreement',
    });
    // Switching off needs no agreement.
    const off = await owner.put(url).send({ isEnabled: false, zoneIds: [], carrierIds: [] });
    expect(off.status).toBe(200);
    expect((await offerOf(t, bakery)).isOffered).toBe(false);
  });
});

describe('a carrier’s staff', () => {
  it('lists who drives for the carrier and invites another by mail', async () => {
    const bussgods = (await arjeplogSetup(admin)).carriers.find((row) => row.name === 'Bussgods');
    const carrierPath = `${base}/carriers/${bussgods?.id ?? ''}`;
    const staff = await admin.get(`${carrierPath}/staff`);
    expect(staff.status).toBe(200);
    expect(staff.body.items).toEqual([
      expect.objectContaining({ name: 'Bodil Budström', email: 'bud@arjeplog.example.se' }),
    ]);
    const invited = await admin
      .post(`${carrierPath}/invitations`)
      .send({ email: 'forare@bussgods.example.se' });
    expect(invited.status).toBe(201);
    expect(invited.body.invitation).toMatchObject({
      email: 'forare@bussgods.example.se',
      role: 'carrier',
      scope: { type: 'carrier', name: 'Bussgods', slug: 'bussgods-arjeplog' },
    });
    const listed = await admin.get(`${carrierPath}/invitations`);
    expect(listed.body.items).toHaveLength(1);
    const mail = await t.database
      .knex('outbox_messages')
      .where({ to_address: 'forare@bussgods.example.se' })
      .first<{ subject: string }>('subject');
    expect(mail.subject).toBe('Inbjudan: kör hemleveranser för Bussgods');
    const bad = await admin.post(`${carrierPath}/invitations`).send({ email: 'inte en adress' });
    expect(fieldsOf(bad.body)).toEqual(['email']);
  });

  it('tells the region which municipalities deliver home', async () => {
    const response = await t.agent().get('/api/v1/home-delivery/municipalities');
    expect(response.body).toEqual({ items: [{ slug: 'arjeplog', name: 'Arjeplog' }] });
  });
});
