import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../server/src/errors.ts';
import { contact } from './support/checkout.ts';
import { addressBody, createResident } from './support/households.ts';
import {
  arjeplogSetup,
  demoShopId,
  offerOf,
  setClock,
  settingsBody,
} from './support/home-delivery.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

let t: TestApp;
const shops = { grocery: '', bakery: '', hardware: '' };
beforeAll(async () => {
  t = await createTestApp();
  shops.grocery = await demoShopId(t, 'silvervagens-livs');
  shops.bakery = await demoShopId(t, 'slagnas-bageri');
  shops.hardware = await demoShopId(t, 'fjalljarn-arjeplog');
});
afterAll(() => t.close());

const laisvall = { postalCode: '930 93', village: 'Laisvall' };
// Swedish winter time is UTC+1: Monday 1 March 2027, 10:00 in Arjeplog.
const mondayMorning = '2027-03-01T10:00:00+01:00';

describe('a shop’s home delivery to a place', () => {
  it('offers the zone’s next route day before its cut-off, with the municipality’s fees', async () => {
    setClock(t, mondayMorning);
    expect(await offerOf(t, shops.grocery, laisvall)).toMatchObject({
      isOffered: true,
      refusal: null,
      offer: {
        // Laisvall is driven Tuesdays and Fridays, orders by noon the day before.
        date: '2027-03-02',
        orderBy: '2027-03-01T11:00:00.000Z',
        feeOre: 2000,
        subsidisedFeeOre: 1000,
        zoneName: 'Laisvall och Adolfström',
        // Whose delivery it is: a household approved there pays the lower fee.
        municipalitySlug: 'arjeplog',
        // Everyone may try it during 2027.
        isForApprovedOnly: false,
      },
    });
  });

  it('moves on to the next route day once the cut-off has passed', async () => {
    setClock(t, '2027-03-01T12:30:00+01:00');
    expect((await offerOf(t, shops.grocery, laisvall)).offer).toMatchObject({
      date: '2027-03-05',
      orderBy: '2027-03-04T11:00:00.000Z',
    });
  });

  it('adds the shop’s extra fee and moves the cut-off earlier by its own hours', async () => {
    setClock(t, '2027-03-01T09:30:00+01:00');
    expect((await offerOf(t, shops.bakery, laisvall)).offer).toMatchObject({
      date: '2027-03-02',
      orderBy: '2027-03-01T09:00:00.000Z',
      feeOre: 2500,
      subsidisedFeeOre: 1500,
    });
    setClock(t, '2027-03-01T10:30:00+01:00');
    expect((await offerOf(t, shops.bakery, laisvall)).offer).toMatchObject({
      date: '2027-03-05',
      orderBy: '2027-03-04T09:00:00.000Z',
    });
  });

  it('moves a cut-off that falls on the shop’s holiday back to its previous open day', async () => {
    setClock(t, '2027-02-28T11:00:00+01:00');
    expect((await offerOf(t, shops.grocery, laisvall)).offer?.date).toBe('2027-03-02');
    const { knex } = t.database;
    const row = await knex('shops')
      .where({ id: shops.grocery })
      .first<{ opening_hours: string }>('opening_hours');
    const hours = JSON.parse(row.opening_hours) as { exceptions: unknown[] };
    hours.exceptions.push({ date: '2027-03-01', closed: true, intervals: [], note: 'Inventering' });
    await knex('shops')
      .where({ id: shops.grocery })
      .update({ opening_hours: JSON.stringify(hours) });
    try {
      // Closed on Monday: Tuesday's goods must be ordered by Sunday noon, which is still ahead…
      expect((await offerOf(t, shops.grocery, laisvall)).offer).toMatchObject({
        date: '2027-03-02',
        orderBy: '2027-02-28T11:00:00.000Z',
      });
      // …and once it has passed, Friday is the next day.
      setClock(t, '2027-02-28T13:00:00+01:00');
      expect((await offerOf(t, shops.grocery, laisvall)).offer?.date).toBe('2027-03-05');
    } finally {
      await knex('shops').where({ id: shops.grocery }).update({ opening_hours: row.opening_hours });
    }
  });

  it('is for approved households only outside the trial period', async () => {
    setClock(t, '2028-03-06T10:00:00+01:00');
    expect((await offerOf(t, shops.grocery, laisvall)).offer).toMatchObject({
      date: '2028-03-07',
      isForApprovedOnly: true,
    });
  });

  it('refuses a guest’s checkout of it outside the trial period, saying why', async () => {
    setClock(t, '2028-03-06T10:00:00+01:00');
    const guest = t.agent();
    const good = await t.database
      .knex('products as p')
      .join('product_variants as v', 'v.product_id', 'p.id')
      .where({ 'p.shop_id': shops.grocery, 'p.kind': 'good', 'p.status': 'published' })
      .where('v.stock', '>', 0)
      .orderBy('p.title')
      .first<{ id: string }>('p.id as id');
    const added = await guest
      .post('/api/v1/basket/items')
      .send({ productId: good.id, quantity: 1 });
    expect(added.status).toBe(201);
    const refused = await guest.post('/api/v1/checkout').send({
      contact,
      fulfilments: [{ shopId: shops.grocery, method: 'home_delivery', address: addressBody() }],
      payment: 'pay_at_pickup',
    });
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('home_delivery_needs_approval');
  });

  it('is refused without a valid agreement on the delivery day', async () => {
    // The bakery's trial agreement ends with 2027.
    setClock(t, '2028-03-06T10:00:00+01:00');
    expect(await offerOf(t, shops.bakery, laisvall)).toMatchObject({
      isOffered: false,
      refusal: { code: 'no_valid_agreement', field: null },
      offer: null,
    });
  });

  it('refuses a place outside the shop’s zones, naming the postal code or the village', async () => {
    setClock(t, mondayMorning);
    expect(
      await offerOf(t, shops.grocery, { postalCode: '98231', village: 'Nattavaara' }),
    ).toMatchObject({ isOffered: false, refusal: { code: 'outside_zones', field: 'postalCode' } });
    expect(
      await offerOf(t, shops.grocery, { postalCode: '93093', village: 'Slagnäs' }),
    ).toMatchObject({
      isOffered: false,
      refusal: { code: 'village_not_in_zone', field: 'village' },
    });
    // The bakery does not deliver to the town, though the grocery does.
    expect(
      (await offerOf(t, shops.bakery, { postalCode: '93090', village: 'Arjeplog' })).refusal,
    ).toMatchObject({ code: 'outside_zones', field: 'postalCode' });
    expect(
      (await offerOf(t, shops.grocery, { postalCode: '93090', village: 'arjeplog' })).offer,
    ).toMatchObject({ zoneName: 'Arjeplog tätort' });
  });

  it('says which zones a shop serves, and that a shop not opted in delivers nowhere', async () => {
    const grocery = await offerOf(t, shops.bakery);
    expect(grocery).toMatchObject({ isOffered: true, refusal: null, offer: null });
    expect(grocery.zones).toEqual([
      {
        name: 'Laisvall och Adolfström',
        villages: ['Adolfström', 'Laisvall'],
        routeWeekdays: [2, 5],
      },
      { name: 'Slagnäs och Jäckvik', villages: ['Jäckvik', 'Slagnäs'], routeWeekdays: [1, 4] },
    ]);
    expect(await offerOf(t, shops.hardware, laisvall)).toMatchObject({
      isOffered: false,
      refusal: { code: 'not_offered', field: null },
      zones: [],
    });
  });

  it('refuses bad query input by field and an unknown shop with 404', async () => {
    const bad = await t
      .agent()
      .get(`/api/v1/shops/${shops.grocery}/home-delivery`)
      .query({ postalCode: '12' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'postalCode' })]);
    const unknown = await t.agent().get('/api/v1/shops/no-such-shop/home-delivery');
    expect(unknown.status).toBe(404);
  });

  it('gives checkout a field-level refusal or `fulfilment_unavailable` through its door', async () => {
    setClock(t, mondayMorning);
    const { homeDeliveryOffers } = t.services;
    const address = { ...addressBody(), postalCode: '93093' };
    await expect(
      homeDeliveryOffers.offerFor(shops.grocery, address, t.clock.now()),
    ).resolves.toMatchObject({
      date: '2027-03-02',
      feeVatClass: 'standard',
      isLargeLocality: false,
    });
    const outside = await homeDeliveryOffers
      .offerFor(shops.grocery, { ...address, postalCode: '98231' }, t.clock.now())
      .catch((error: unknown) => error);
    expect(outside).toBeInstanceOf(AppError);
    expect(outside).toMatchObject({
      code: 'validation_failed',
      fieldErrors: [
        expect.objectContaining({ field: 'address.postalCode', code: 'outside_zones' }),
      ],
    });
    await expect(
      homeDeliveryOffers.offerFor(shops.hardware, address, t.clock.now()),
    ).rejects.toMatchObject({ code: 'fulfilment_unavailable' });
  });

  it('refuses every shop once the municipality switches home delivery off', async () => {
    setClock(t, mondayMorning);
    const admin = await t.loginAs('kommun@arjeplog.example.se');
    const off = await admin
      .put('/api/v1/admin/municipalities/arjeplog/home-delivery/settings')
      .send(settingsBody({ isEnabled: false }));
    expect(off.status).toBe(200);
    try {
      expect((await offerOf(t, shops.grocery, laisvall)).refusal).toMatchObject({
        code: 'home_delivery_off',
      });
      const page = await t.agent().get('/api/v1/municipalities/arjeplog/home-delivery');
      expect(page.body.homeDelivery).toMatchObject({ isEnabled: false, zones: [], shops: [] });
    } finally {
      const on = await admin
        .put('/api/v1/admin/municipalities/arjeplog/home-delivery/settings')
        .send(settingsBody());
      expect(on.status).toBe(200);
    }
    expect((await arjeplogSetup(admin)).settings).toMatchObject({ isEnabled: true });
  });
});

describe('the municipality’s public page', () => {
  it('tells the fee, the days per village, the shops and the carriers', async () => {
    setClock(t, mondayMorning);
    const response = await t.agent().get('/api/v1/municipalities/arjeplog/home-delivery');
    expect(response.status).toBe(200);
    expect(response.body.homeDelivery).toMatchObject({
      municipality: { slug: 'arjeplog', name: 'Arjeplog' },
      isEnabled: true,
      feeOre: 2000,
      subsidisedFeeOre: 1000,
      eligibility: 'approved',
      trialStartsOn: '2027-01-01',
      shops: [
        expect.objectContaining({ slug: 'silvervagens-livs' }),
        expect.objectContaining({ slug: 'slagnas-bageri' }),
      ],
      carriers: [{ name: 'Arjeplogs Taxi' }, { name: 'Bussgods' }, { name: 'Posten' }],
    });
    expect(response.body.homeDelivery.zones).toHaveLength(4);
    const gallivare = await t.agent().get('/api/v1/municipalities/gallivare/home-delivery');
    expect(gallivare.body.homeDelivery).toMatchObject({ isEnabled: false, zones: [] });
  });
});

describe('the carrier directory', () => {
  it('knows the shop’s carriers, and who drives which zone on which day', async () => {
    const { carriers } = t.services;
    expect((await carriers.carriersOfShop(shops.grocery)).map((c) => c.name)).toEqual([
      'Arjeplogs Taxi',
      'Bussgods',
      'Posten',
    ]);
    const bussgods = await carriers.carrierBySlug('bussgods-arjeplog');
    expect(bussgods).toMatchObject({ name: 'Bussgods', orgNumber: '559911-0029' });
    const laisvallZone = (
      await arjeplogSetup(await t.loginAs('kommun@arjeplog.example.se'))
    ).zones.find((zone) => zone.name === 'Laisvall och Adolfström');
    const zoneId = laisvallZone?.id ?? '';
    expect(await carriers.drives(bussgods?.id ?? '', zoneId, '2027-03-02')).toBe(true);
    expect(await carriers.drives(bussgods?.id ?? '', zoneId, '2027-03-03')).toBe(false);
    expect(await carriers.zoneName(zoneId)).toBe('Laisvall och Adolfström');
    expect(await carriers.carrierById('nobody')).toBeNull();
  });

  it('names the carrier in the role of its staff account', async () => {
    const driver = await t.loginAs('bud@arjeplog.example.se');
    const session = await driver.get('/api/v1/session');
    expect(session.status).toBe(200);
    expect(JSON.stringify(session.body)).toContain('"name":"Bussgods"');
  });
});

describe('addresses the municipality delivers to', () => {
  it('refuses a household address outside its list, by postal code or village', async () => {
    const resident = await createResident(t);
    for (const [address, field] of [
      [{ postalCode: '999 99' }, 'address.postalCode'],
      [{ postalCode: '930 93', village: 'Slagnäs' }, 'address.village'],
    ] as const) {
      const response = await resident.agent
        .post('/api/v1/me/households')
        .send({ municipality: 'arjeplog', name: resident.name, address: addressBody(address) });
      expect(response.status).toBe(400);
      expect(response.body.errors).toEqual([expect.objectContaining({ field })]);
    }
    expect((await resident.agent.get('/api/v1/me/households')).body.items).toEqual([]);
    const adolfstrom = await resident.agent.post('/api/v1/me/households').send({
      municipality: 'arjeplog',
      name: resident.name,
      address: addressBody({ postalCode: '930 93', village: 'adolfström' }),
    });
    expect(adolfstrom.status).toBe(201);
    // Gällivare has drawn no zones yet: its addresses are taken as given.
    const gallivare = await resident.agent.post('/api/v1/me/households').send({
      municipality: 'gallivare',
      name: resident.name,
      address: addressBody({ postalCode: '982 31', village: 'Nattavaara' }),
    });
    expect(gallivare.status).toBe(201);
  });
});
