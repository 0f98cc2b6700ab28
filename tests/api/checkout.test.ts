import type supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  contact,
  createCheckoutShop,
  createGood,
  stockOf,
  type CheckoutShop,
} from './support/checkout.ts';
import { optInToHomeDelivery, settingsBody } from './support/home-delivery.ts';
import { createShoppingWorld } from './support/shopping-world.ts';
import type { TestApp } from './support/test-app.ts';
import { registerResident } from './support/registration.ts';

let t: TestApp;
let grocery: CheckoutShop;
let bakery: CheckoutShop;
let laisvallId: string;
let goods: Record<'milk' | 'bread' | 'fish' | 'soap', string>;

beforeAll(async () => {
  ({
    t,
    shops: { grocery, bakery },
    goods,
    laisvallId,
  } = await createShoppingWorld({
    shops: {
      grocery: { name: 'Kassabutiken' },
      bakery: { name: 'Kassabageriet', servicePointSlugs: [] },
    },
    goods: {
      milk: { shop: 'grocery', title: 'Mjölk', priceOre: 1890, stock: 40 },
      soap: { shop: 'grocery', title: 'Tvål', priceOre: 4500, vatClass: 'standard' },
      fish: {
        shop: 'bakery',
        title: 'Gravad röding',
        priceOre: 12900,
        stock: 5,
        storageClass: 'chilled',
      },
      bread: { shop: 'bakery', title: 'Tunnbröd', priceOre: 3500, stock: 20 },
    },
  }));
});
afterAll(() => t.close());

async function fill(client: supertest.Agent, items: [string, number][]) {
  for (const [productId, quantity] of items) {
    const response = await client.post('/api/v1/basket/items').send({ productId, quantity });
    expect(response.status).toBe(201);
  }
}

const twoShopChoice = () => [
  { shopId: grocery.id, method: 'pickup_at_service_point', servicePointId: laisvallId },
  { shopId: bakery.id, method: 'pickup_in_shop' },
];

describe('the basket', () => {
  it('holds goods of several shops, priced by the catalogue', async () => {
    const guest = t.agent();
    await fill(guest, [
      [goods.milk, 2],
      [goods.bread, 1],
      [goods.milk, 1],
    ]);
    const { body } = await guest.get('/api/v1/basket');
    expect(body.basket.totalOre).toBe(3 * 1890 + 3500);
    expect(body.basket.itemCount).toBe(4);
    // Without a payment provider, paying at pickup is the only way.
    expect(body.basket.paymentMethods).toEqual(['pay_at_pickup']);
    expect(
      body.basket.shops.map((entry: { shop: { name: string }; subtotalOre: number }) => [
        entry.shop.name,
        entry.subtotalOre,
      ]),
    ).toEqual([
      ['Kassabutiken', 5670],
      ['Kassabageriet', 3500],
    ]);
  });

  it('refuses prices, unknown products and more than the stock', async () => {
    const guest = t.agent();
    const priced = await guest
      .post('/api/v1/basket/items')
      .send({ productId: goods.milk, quantity: 1, priceOre: 1 });
    expect(priced.status).toBe(400);
    expect(priced.body.code).toBe('validation_failed');
    const unknown = await guest.post('/api/v1/basket/items').send({ productId: 'x', quantity: 1 });
    expect(unknown.status).toBe(404);
    const tooMany = await guest
      .post('/api/v1/basket/items')
      .send({ productId: goods.fish, quantity: 6 });
    expect(tooMany.status).toBe(409);
    expect(tooMany.body.code).toBe('out_of_stock');
    // The number left, for the page to say "Bara 5 kvar i lager".
    expect(tooMany.body.left).toBe(5);
  });

  it('is nobody else’s: another visitor cannot change an item', async () => {
    const guest = t.agent();
    await fill(guest, [[goods.bread, 1]]);
    const itemId = (await guest.get('/api/v1/basket')).body.basket.items[0].id as string;
    const stranger = t.agent();
    await fill(stranger, [[goods.milk, 1]]);
    const response = await stranger.patch(`/api/v1/basket/items/${itemId}`).send({ quantity: 5 });
    expect(response.status).toBe(404);
    expect((await guest.get('/api/v1/basket')).body.basket.items[0].quantity).toBe(1);
  });

  it('makes one basket of a new resident’s first requests at once', async () => {
    await registerResident(t, {
      email: 'ny.boende@example.se',
      password: 'ett-langt-losenord',
      name: 'Ny Boende',
    });
    const resident = await t.loginAs('ny.boende@example.se', 'ett-langt-losenord');
    const responses = await Promise.all(
      Array.from({ length: 5 }, () =>
        resident.post('/api/v1/basket/items').send({ productId: goods.bread, quantity: 1 }),
      ),
    );
    expect(responses.map((response) => response.status)).toEqual(Array(5).fill(201));
    expect((await resident.get('/api/v1/basket')).body.basket.itemCount).toBe(5);
    for (const item of (await resident.get('/api/v1/basket')).body.basket.items as { id: string }[])
      await resident.delete(`/api/v1/basket/items/${item.id}`);
  });

  it('merges a guest’s basket into the account’s at login', async () => {
    const resident = await t.loginAs('boende@arjeplog.example.se');
    await fill(resident, [[goods.milk, 2]]);
    const guest = t.agent();
    await fill(guest, [
      [goods.milk, 1],
      [goods.bread, 1],
    ]);
    const login = await guest
      .post('/api/v1/auth/login')
      .send({ email: 'boende@arjeplog.example.se', password: 'galleria-demo' });
    expect(login.status).toBe(200);
    const merged = await guest.get('/api/v1/basket');
    const quantities = Object.fromEntries(
      (merged.body.basket.items as { productId: string; quantity: number }[]).map((item) => [
        item.productId,
        item.quantity,
      ]),
    );
    expect(quantities).toEqual({ [goods.milk]: 3, [goods.bread]: 1 });
    // The guest basket is gone: the same items are not merged twice.
    expect((await resident.get('/api/v1/basket')).body.basket.itemCount).toBe(4);
    for (const item of merged.body.basket.items as { id: string }[])
      await resident.delete(`/api/v1/basket/items/${item.id}`);
  });
});

describe('checkout', () => {
  it('splits the basket into one order per shop, takes stock and empties the basket', async () => {
    const guest = t.agent();
    await fill(guest, [
      [goods.milk, 2],
      [goods.soap, 1],
      [goods.bread, 3],
    ]);
    const milkBefore = await stockOf(t, goods.milk);
    const response = await guest.post('/api/v1/checkout').send({
      contact,
      fulfilments: twoShopChoice(),
      payment: 'pay_at_pickup',
    });
    expect(response.status).toBe(201);
    const { checkout } = response.body;
    expect(checkout.status).toBe('confirmed');
    expect(checkout.totalOre).toBe(2 * 1890 + 4500 + 3 * 3500);
    expect(
      (checkout.orders as { shopId: string; status: string; totalOre: number }[]).map((order) => [
        order.shopId,
        order.status,
        order.totalOre,
      ]),
    ).toEqual([
      [grocery.id, 'placed', 2 * 1890 + 4500],
      [bakery.id, 'placed', 3 * 3500],
    ]);
    expect(await stockOf(t, goods.milk)).toBe((milkBefore ?? 0) - 2);
    expect((await guest.get('/api/v1/basket')).body.basket.items).toEqual([]);

    const detail = await guest.get(`/api/v1/checkouts/${checkout.id as string}`);
    expect(detail.status).toBe(200);
    const [toLaisvall, inShop] = detail.body.checkout.orders;
    expect(toLaisvall.fulfilment).toMatchObject({
      method: 'pickup_at_service_point',
      servicePoint: { name: 'Laisvall Byhandel' },
      date: '2026-12-03',
    });
    expect(toLaisvall.pickupCode).toMatch(/^\d{6}$/);
    expect(toLaisvall.vat).toEqual([
      { rateBasisPoints: 2500, grossOre: 4500, vatOre: 900 },
      { rateBasisPoints: 600, grossOre: 3780, vatOre: 214 },
    ]);
    expect(inShop.fulfilment.method).toBe('pickup_in_shop');
    expect(inShop.fulfilment.readyAt).toBe('2026-11-30T12:00:00.000Z');

    const mail = await t.database
      .knex('outbox_messages')
      .where({ to_address: contact.email, kind: 'order_confirmation' })
      .orderBy('created_at', 'desc')
      .first<{ text_body: string }>('text_body');
    expect(mail.text_body).toContain('Hämtas: Laisvall Byhandel, från torsdag 3 december');
    expect(mail.text_body).toContain('Hämtas: Kassabageriet, från måndag 30 november');
    expect(mail.text_body).toContain('(betalas vid upphämtning)\n');
    expect(mail.text_body).not.toContain('Körs hem');
    expect(mail.text_body).toContain('varav moms 25 %');
    expect(mail.text_body).toContain(checkout.id as string);

    // Someone else asking for it learns nothing.
    const stranger = await t.agent().get(`/api/v1/checkouts/${checkout.id as string}`);
    expect(stranger.status).toBe(404);
  });

  it('tells a home delivery as driven home and paid on delivery, and a pickup as before', async () => {
    const deliveringShop = await createCheckoutShop(t, { name: 'Hemkörningsbutiken' });
    const flour = await createGood(deliveringShop, { title: 'Vetemjöl', priceOre: 2990 });
    // Every household of Arjeplog may have home delivery, the guest's too.
    const admin = await t.loginAs('kommun@arjeplog.example.se');
    const settings = await admin
      .put('/api/v1/admin/municipalities/arjeplog/home-delivery/settings')
      .send(settingsBody({ eligibility: 'everyone' }));
    expect(settings.status, JSON.stringify(settings.body)).toBe(200);
    await optInToHomeDelivery(t, [deliveringShop], 'Laisvall och Adolfström');

    const guest = t.agent();
    await fill(guest, [
      [flour, 1],
      [goods.bread, 1],
    ]);
    const response = await guest.post('/api/v1/checkout').send({
      contact,
      fulfilments: [
        {
          shopId: deliveringShop.id,
          method: 'home_delivery',
          address: {
            streetAddress: 'Storvägen 20',
            postalCode: '930 93',
            village: 'Laisvall',
            doorCode: '1234',
            phone: '070-174 06 50',
          },
        },
        { shopId: bakery.id, method: 'pickup_in_shop' },
      ],
      payment: 'pay_at_pickup',
    });
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    const checkoutId = response.body.checkout.id as string;
    const detail = await guest.get(`/api/v1/checkouts/${checkoutId}`);
    const delivered = (
      detail.body.checkout.orders as { shopId: string; fulfilment: { date: string } }[]
    ).find((order) => order.shopId === deliveringShop.id);
    const routeDay = new Intl.DateTimeFormat('sv-SE', {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      timeZone: 'UTC',
    }).format(new Date(`${delivered?.fulfilment.date ?? ''}T12:00:00Z`));

    const confirmation = await t.database
      .knex('outbox_messages')
      .where({ to_address: contact.email, kind: 'order_confirmation' })
      .whereLike('text_body', `%${checkoutId}%`)
      .first<{ text_body: string }>('text_body');
    expect(confirmation.text_body).toContain(
      `\nKörs hem till: Storvägen 20, Laisvall, ${routeDay}\n`,
    );
    expect(confirmation.text_body).not.toContain('Hämtas: Storvägen');
    expect(confirmation.text_body).not.toContain('1234');
    // The bakery's order is collected as ever; the total is paid at both handovers.
    expect(confirmation.text_body).toContain('Hämtas: Kassabageriet, från måndag 30 november');
    expect(confirmation.text_body).toContain('(betalas vid upphämtning och vid leverans)');

    // The shop learns it is a home delivery, its day and that the driver takes the payment;
    // the address is on its delivery note, as its order screen shows none.
    const notice = await t.database
      .knex('outbox_messages')
      .where({ to_address: deliveringShop.ownerEmail, kind: 'new_order' })
      .first<{ text_body: string }>('text_body');
    expect(notice.text_body).toContain(`Hemleverans: körs hem ${routeDay} (betalas vid leverans)`);
    expect(notice.text_body).not.toContain('Hämtas');
    expect(notice.text_body).not.toContain('Storvägen');
    const toBakery = await t.database
      .knex('outbox_messages')
      .where({ to_address: bakery.ownerEmail, kind: 'new_order' })
      .orderBy('created_at', 'desc')
      .first<{ text_body: string }>('text_body');
    expect(toBakery.text_body).toContain('Hämtas: Kassabageriet, från måndag 30 november');
  });

  it('gives a guest’s order to the account the guest then logs in to', async () => {
    const guest = t.agent();
    await fill(guest, [[goods.bread, 1]]);
    const placed = await guest.post('/api/v1/checkout').send({
      contact,
      fulfilments: [{ shopId: bakery.id, method: 'pickup_in_shop' }],
      payment: 'pay_at_pickup',
    });
    expect(placed.status).toBe(201);
    await registerResident(t, {
      email: 'gast.sedan.konto@example.se',
      password: 'ett-langt-losenord',
      name: 'Gäst Sedan',
    });
    const login = await guest
      .post('/api/v1/auth/login')
      .send({ email: 'gast.sedan.konto@example.se', password: 'ett-langt-losenord' });
    expect(login.status).toBe(200);
    await guest.get('/api/v1/basket');
    const mine = await guest.get('/api/v1/me/checkouts');
    expect(mine.body.items.map((checkout: { id: string }) => checkout.id)).toEqual([
      placed.body.checkout.id,
    ]);
  });

  it('ignores what the client says about money', async () => {
    const guest = t.agent();
    await fill(guest, [[goods.bread, 1]]);
    const response = await guest.post('/api/v1/checkout').send({
      contact,
      fulfilments: [{ shopId: bakery.id, method: 'pickup_in_shop' }],
      payment: 'pay_at_pickup',
      totalOre: 1,
    });
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('validation_failed');
  });

  it.each([
    [
      'a shop without a choice',
      () => [{ shopId: grocery.id, method: 'pickup_in_shop' }],
      400,
      'validation_failed',
    ],
    [
      'a service point the shop does not serve',
      () => [
        { shopId: grocery.id, method: 'pickup_in_shop' },
        { shopId: bakery.id, method: 'pickup_at_service_point', servicePointId: laisvallId },
      ],
      422,
      'fulfilment_unavailable',
    ],
    [
      'home delivery from a shop that does not offer it',
      () => [
        {
          shopId: grocery.id,
          method: 'home_delivery',
          address: {
            streetAddress: 'Storgatan 1',
            postalCode: '938 31',
            village: 'Arjeplog',
            phone: '070-123 45 67',
          },
        },
        { shopId: bakery.id, method: 'pickup_in_shop' },
      ],
      422,
      'fulfilment_unavailable',
    ],
  ])('refuses %s and keeps the basket', async (_name, fulfilments, status, code) => {
    const guest = t.agent();
    await fill(guest, [
      [goods.milk, 1],
      [goods.bread, 1],
    ]);
    const response = await guest
      .post('/api/v1/checkout')
      .send({ contact, fulfilments: fulfilments(), payment: 'pay_at_pickup' });
    expect(response.status).toBe(status);
    expect(response.body.code).toBe(code);
    expect((await guest.get('/api/v1/basket')).body.basket.itemCount).toBe(2);
  });

  it('refuses card payment when no payment provider is configured', async () => {
    const guest = t.agent();
    await fill(guest, [[goods.bread, 1]]);
    const response = await guest.post('/api/v1/checkout').send({
      contact,
      fulfilments: [{ shopId: bakery.id, method: 'pickup_in_shop' }],
      payment: 'card',
    });
    expect(response.status).toBe(422);
    expect(response.body.code).toBe('payment_method_unavailable');
  });

  it('refuses an empty basket', async () => {
    const response = await t
      .agent()
      .post('/api/v1/checkout')
      .send({
        contact,
        fulfilments: [{ shopId: bakery.id, method: 'pickup_in_shop' }],
        payment: 'pay_at_pickup',
      });
    expect(response.status).toBe(409);
    expect(response.body.code).toBe('basket_empty');
  });

  it('sends chilled goods only to a service point with a fridge', async () => {
    const noFridge = await t.database
      .knex('service_points')
      .whereNot('amenities', 'like', '%fridge%')
      .where({ status: 'active' })
      .first<{ id: string; slug: string }>('id', 'slug');
    const fishmonger = await createCheckoutShop(t, { servicePointSlugs: [noFridge.slug] });
    const trout = await createGood(fishmonger, {
      title: 'Kallrökt öring',
      priceOre: 9900,
      stock: 3,
      storageClass: 'chilled',
    });
    const guest = t.agent();
    await fill(guest, [[trout, 1]]);
    const response = await guest.post('/api/v1/checkout').send({
      contact,
      fulfilments: [
        { shopId: fishmonger.id, method: 'pickup_at_service_point', servicePointId: noFridge.id },
      ],
      payment: 'pay_at_pickup',
    });
    expect(response.status).toBe(422);
    expect(response.body.code).toBe('storage_not_supported');
    expect(await stockOf(t, trout)).toBe(3);
  });
});

describe('Idempotency-Key', () => {
  it('makes ten identical requests at once one checkout', async () => {
    const guest = t.agent();
    await fill(guest, [[goods.bread, 2]]);
    const before = await stockOf(t, goods.bread);
    const body = {
      contact,
      fulfilments: [{ shopId: bakery.id, method: 'pickup_in_shop' }],
      payment: 'pay_at_pickup',
    };
    const responses = await Promise.all(
      Array.from({ length: 10 }, () =>
        guest.post('/api/v1/checkout').set('Idempotency-Key', 'kassa-nyckel-1').send(body),
      ),
    );
    expect(responses.map((response) => response.status)).toEqual(Array(10).fill(201));
    const ids = new Set(responses.map((response) => response.body.checkout.id as string));
    expect(ids.size).toBe(1);
    expect(await stockOf(t, goods.bread)).toBe((before ?? 0) - 2);
    const [checkoutId] = [...ids];
    const orders = await t.database.knex('shop_orders').where({ checkout_id: checkoutId });
    expect(orders).toHaveLength(1);
  });

  it('refuses the same key with another body', async () => {
    const guest = t.agent();
    await fill(guest, [[goods.bread, 1]]);
    const body = {
      contact,
      fulfilments: [{ shopId: bakery.id, method: 'pickup_in_shop' }],
      payment: 'pay_at_pickup',
    };
    const first = await guest
      .post('/api/v1/checkout')
      .set('Idempotency-Key', 'kassa-nyckel-2')
      .send(body);
    expect(first.status).toBe(201);
    const other = await guest
      .post('/api/v1/checkout')
      .set('Idempotency-Key', 'kassa-nyckel-2')
      .send({ ...body, contact: { ...contact, name: 'Någon Annan' } });
    expect(other.status).toBe(422);
    expect(other.body.code).toBe('idempotency_key_reused');
  });

  it('keeps two people’s keys apart', async () => {
    const body = {
      contact,
      fulfilments: [{ shopId: bakery.id, method: 'pickup_in_shop' }],
      payment: 'pay_at_pickup',
    };
    const ids: string[] = [];
    for (const guest of [t.agent(), t.agent()]) {
      await fill(guest, [[goods.bread, 1]]);
      const response = await guest
        .post('/api/v1/checkout')
        .set('Idempotency-Key', 'samma-nyckel')
        .send(body);
      expect(response.status).toBe(201);
      ids.push(response.body.checkout.id as string);
    }
    expect(ids[0]).not.toBe(ids[1]);
  });
});
