import type { Knex } from 'knex';
import type supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contact, stockOf, type CheckoutShop } from './support/checkout.ts';
import { createShoppingWorld } from './support/shopping-world.ts';
import type { TestApp } from './support/test-app.ts';

// DESIGN §4: two residents can never both buy the last item, on SQLite and PostgreSQL.

const residents = 100;
const rounds = 20;

let t: TestApp;
let shop: CheckoutShop;
let productId: string;
let guests: supertest.Agent[];

async function setStock(stock: number) {
  await t.database.knex('product_variants').where({ product_id: productId }).update({ stock });
  await t.database
    .knex('products')
    .where({ id: productId })
    .update({ is_in_stock: stock > 0 });
}

/** Gives the item again to the guests who bought it (the others still have it). */
async function refill(whose: readonly supertest.Agent[]) {
  // A basket only takes what is in stock; the race sets the real stock after.
  await setStock(1000);
  for (const guest of whose) {
    const added = await guest.post('/api/v1/basket/items').send({ productId, quantity: 1 });
    expect(added.status).toBe(201);
  }
}

const buyers = (responses: readonly supertest.Response[]) =>
  guests.filter((_guest, index) => responses[index]?.status === 201);

function checkoutAll() {
  return Promise.all(
    guests.map((guest) =>
      guest.post('/api/v1/checkout').send({
        contact,
        fulfilments: [{ shopId: shop.id, method: 'pickup_in_shop' }],
        payment: 'pay_at_pickup',
      }),
    ),
  );
}

/** What checkouts left in the database: a refused one must leave nothing of itself. */
async function written() {
  const count = async (query: Knex.QueryBuilder) =>
    Number((await query.count<{ n: number | string }[]>({ n: '*' }))[0]?.n ?? 0);
  const { knex } = t.database;
  return {
    checkouts: await count(knex('checkouts')),
    orderLines: await count(knex('order_lines').where({ product_id: productId })),
    mails: await count(knex('outbox_messages')),
  };
}

function tally(responses: supertest.Response[]) {
  const created = responses.filter((response) => response.status === 201).length;
  const refused = responses.filter(
    (response) => response.status === 409 && response.body.code === 'out_of_stock',
  ).length;
  return { created, refused, other: responses.length - created - refused };
}

beforeAll(async () => {
  const world = await createShoppingWorld({
    shops: { shop: { name: 'Sista varan' } },
    goods: { sausage: { shop: 'shop', title: 'Sista älgkorven', priceOre: 8900, stock: 1000 } },
  });
  ({ t } = world);
  shop = world.shops.shop;
  productId = world.goods.sausage;
  guests = Array.from({ length: residents }, () => t.agent());
  await refill(guests);
});
afterAll(() => t.close());

describe('the last item', () => {
  it(`goes to exactly one of ${residents} residents checking out at once, ${rounds} times over`, async () => {
    let mailsPerCheckout: number | null = null;
    for (let round = 0; round < rounds; round++) {
      await setStock(1);
      const before = await written();
      const responses = await checkoutAll();
      expect(tally(responses), `round ${round}`).toEqual({
        created: 1,
        refused: residents - 1,
        other: 0,
      });
      expect(await stockOf(t, productId)).toBe(0);
      const after = await written();
      expect(after.checkouts - before.checkouts, `round ${round}`).toBe(1);
      expect(after.orderLines - before.orderLines, `round ${round}`).toBe(1);
      mailsPerCheckout ??= after.mails - before.mails;
      expect(after.mails - before.mails, `round ${round}`).toBe(mailsPerCheckout);
      const listed = await t.agent().get(`/api/v1/products/${productId}`);
      expect(listed.body.product.isInStock).toBe(false);
      await refill(buyers(responses));
    }
  }, 120_000);

  it('with ten left, goes to exactly ten', { timeout: 30_000 }, async () => {
    await setStock(10);
    const responses = await checkoutAll();
    expect(tally(responses)).toEqual({ created: 10, refused: residents - 10, other: 0 });
    expect(await stockOf(t, productId)).toBe(0);
    await refill(buyers(responses));
  });
});

describe('stock given back', () => {
  it('comes back exactly once when the shop declines, however often it is asked', async () => {
    await setStock(1);
    const outcome = await checkoutAll();
    const winner = outcome.find((response) => response.status === 201);
    const orderId = winner?.body.checkout.orders[0].id as string;
    expect(await stockOf(t, productId)).toBe(0);
    const declines = await Promise.all(
      Array.from({ length: 10 }, () =>
        shop.owner
          .post(`/api/v1/shops/${shop.id}/orders/${orderId}/decline`)
          .send({ reason: 'Korven tog slut i frysen.' }),
      ),
    );
    expect(declines.filter((response) => response.status === 200)).toHaveLength(1);
    expect(
      declines.filter(
        (response) => response.status === 409 && response.body.code === 'status_conflict',
      ),
    ).toHaveLength(9);
    expect(await stockOf(t, productId)).toBe(1);
    const listed = await t.agent().get(`/api/v1/products/${productId}`);
    expect(listed.body.product.isInStock).toBe(true);
    // The resident is told once, by the decline that happened.
    const told = await t.database
      .knex('outbox_messages')
      .where({ kind: 'order_declined' })
      .whereLike('text_body', `%${winner?.body.checkout.id as string}%`)
      .select<{ text_body: string }[]>('text_body');
    expect(told).toHaveLength(1);
    expect(told[0]?.text_body).toContain('Korven tog slut i frysen.');
  });
});
