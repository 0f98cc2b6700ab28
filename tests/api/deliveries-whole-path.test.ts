import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newClientId } from './support/deliveries.ts';
import { demoShopId, setClock } from './support/home-delivery.ts';
import { addressBody, createResident, type ResidentFixture } from './support/households.ts';
import { stepOrder, statusOf } from './support/orders.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

// Swedish winter time is UTC+1: Monday 1 March 2027, 10:00 in Arjeplog, during the trial year
// when everyone outside the town centre may have home delivery (demo-home-delivery.ts).
const mondayMorning = '2027-03-01T10:00:00+01:00';
// Laisvall is driven on Tuesdays by Bussgods.
const tuesday = '2027-03-02';
const tuesdayMorning = '2027-03-02T07:30:00+01:00';

let t: TestApp;
let resident: ResidentFixture;
let groceryId = '';
let bussgodsSlug = '';

beforeAll(async () => {
  t = await createTestApp();
  setClock(t, mondayMorning);
  groceryId = await demoShopId(t, 'silvervagens-livs');
  const bussgods = await t.database
    .knex('carriers')
    .where({ name: 'Bussgods' })
    .first<{ slug: string }>('slug');
  bussgodsSlug = bussgods.slug;
  resident = await createResident(t, { name: 'Hanna Hemlund' });
});
afterAll(() => t.close());

/** A good of the grocery from the public catalogue, in the resident's basket. */
async function basketFromGrocery() {
  const search = await t.agent().get('/api/v1/municipalities/arjeplog/products?q=Knäckebröd');
  const product = (search.body.items as { id: string; shop: { id: string } }[]).find(
    (item) => item.shop.id === groceryId,
  );
  if (!product) throw new Error('the grocery sells no knäckebröd');
  const added = await resident.agent
    .post('/api/v1/basket/items')
    .send({ productId: product.id, quantity: 2 });
  expect(added.status).toBe(201);
}

describe('a home delivery from checkout to the door', () => {
  it('goes from the resident’s address through the note, the shop and the carrier to delivered', async () => {
    await basketFromGrocery();
    const address = addressBody({ doorCode: '4711', driverNote: 'Röda dörren' });
    const checkout = await resident.agent.post('/api/v1/checkout').send({
      contact: { name: resident.name, email: resident.email, phone: '070-174 06 50' },
      fulfilments: [{ shopId: groceryId, method: 'home_delivery', address }],
      payment: 'pay_at_pickup',
    });
    expect(checkout.status, JSON.stringify(checkout.body)).toBe(201);
    const checkoutId = checkout.body.checkout.id as string;
    const orderId = checkout.body.checkout.orders[0].id as string;

    // The note, opened in checkout's transaction, with the address as given.
    const grocer = await t.loginAs('butik@arjeplog.example.se');
    const list = await grocer.get(`/api/v1/shops/${groceryId}/deliveries`);
    expect(list.status).toBe(200);
    const note = (list.body.items as { orderId: string; collectOre: number }[]).find(
      (item) => item.orderId === orderId,
    );
    expect(note).toMatchObject({
      status: 'placed',
      date: tuesday,
      zoneName: 'Laisvall och Adolfström',
      recipient: {
        name: resident.name,
        streetAddress: 'Storvägen 20',
        postalCode: '93093',
        village: 'Laisvall',
        doorCode: '4711',
        driverNote: 'Röda dörren',
      },
      feeOre: 2000,
      carrier: null,
    });
    const { collectOre } = note ?? { collectOre: 0 };
    expect(collectOre).toBeGreaterThan(2000);
    expect((list.body.carriers as { name: string }[]).map((carrier) => carrier.name)).toEqual([
      'Arjeplogs Taxi',
      'Bussgods',
      'Posten',
    ]);

    // The shop packs, picks a carrier that drives Laisvall on Tuesdays, and hands over.
    await stepOrder({ id: groceryId, owner: grocer } as never, orderId, ['accept', 'pack']);
    const carriers = list.body.carriers as { id: string; name: string }[];
    const carrierId = (name: string) => carriers.find((carrier) => carrier.name === name)?.id;
    const posten = await grocer
      .put(`/api/v1/shops/${groceryId}/deliveries/${orderId}/carrier`)
      .send({ carrierId: carrierId('Posten') });
    expect(posten.status).toBe(400);
    expect(posten.body.errors[0]).toMatchObject({ field: 'carrierId', code: 'does_not_drive' });
    const assigned = await grocer
      .put(`/api/v1/shops/${groceryId}/deliveries/${orderId}/carrier`)
      .send({ carrierId: carrierId('Bussgods') });
    expect(assigned.status).toBe(200);
    const handed = await grocer.post(`/api/v1/shops/${groceryId}/deliveries/${orderId}/hand-over`);
    expect(handed.status).toBe(200);
    expect(await statusOf(t, orderId)).toBe('out_for_delivery');

    // The morning of the route day: the resident hears it is on its way, once.
    setClock(t, tuesdayMorning);
    expect((await t.services.deliveries.housekeeping()).announced).toBe(1);
    expect((await t.services.deliveries.housekeeping()).announced).toBe(0);

    // Bussgods' driver has it on the day, with what to collect and no prices of goods.
    const driver = await t.loginAs('bud@arjeplog.example.se');
    const day = await driver.get(`/api/v1/carriers/${bussgodsSlug}/deliveries`);
    expect(day.status).toBe(200);
    expect(day.body.date).toBe(tuesday);
    expect(day.body.deliveries).toEqual([
      expect.objectContaining({
        orderId,
        shopName: 'Silvervägens Livs',
        collectOre,
        recipient: expect.objectContaining({ doorCode: '4711', phone: '070-174 06 50' }),
      }),
    ]);
    const delivered = await driver
      .post(`/api/v1/carriers/${bussgodsSlug}/deliveries/${orderId}/deliver`)
      .send({ clientId: newClientId(), collectedOre: collectOre });
    expect(delivered.status).toBe(200);

    // The resident's timeline: out for delivery, then delivered; the mails say so.
    const detail = await resident.agent.get(`/api/v1/checkouts/${checkoutId}`);
    expect(detail.status).toBe(200);
    const statuses = (detail.body.checkout.orders[0].timeline as { status: string }[]).map(
      (entry) => entry.status,
    );
    expect(statuses.slice(-2)).toEqual(['out_for_delivery', 'delivered']);
    const mails = await t.database
      .knex('outbox_messages')
      .where({ to_address: resident.email })
      .whereIn('kind', ['delivery_on_its_way', 'delivery_delivered'])
      .orderBy('created_at')
      .pluck<string[]>('kind');
    expect(mails).toEqual(['delivery_on_its_way', 'delivery_delivered']);
  });
});
