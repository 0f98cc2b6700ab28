import { randomUUID } from 'node:crypto';
import type supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contact, stockOf, type CheckoutShop } from './support/checkout.ts';
import { createShoppingWorld } from './support/shopping-world.ts';
import type { TestApp } from './support/test-app.ts';

// Stock of several goods is taken in one statement on PostgreSQL (decision 0050): baskets
// holding the same goods, checked out at once, must neither both get the last of one nor
// wait on each other in a circle, and a refused checkout leaves every good's stock as it was.

const residents = 30;

let t: TestApp;
let shop: CheckoutShop;
let goods: string[];

async function setStock(productId: string, stock: number) {
  await t.database.knex('product_variants').where({ product_id: productId }).update({ stock });
  await t.database
    .knex('products')
    .where({ id: productId })
    .update({ is_in_stock: stock > 0 });
}

/** A guest whose basket holds one of each of `productIds`, added in the order given. */
async function guestWith(productIds: readonly string[]): Promise<supertest.Agent> {
  const guest = t.agent();
  for (const productId of productIds) {
    const added = await guest.post('/api/v1/basket/items').send({ productId, quantity: 1 });
    expect(added.status).toBe(201);
  }
  return guest;
}

function checkout(guest: supertest.Agent) {
  return guest.post('/api/v1/checkout').send({
    contact,
    fulfilments: [{ shopId: shop.id, method: 'pickup_in_shop' }],
    payment: 'pay_at_pickup',
  });
}

beforeAll(async () => {
  const world = await createShoppingWorld({
    shops: { shop: { name: 'Tre varor' } },
    goods: {
      bread: { shop: 'shop', title: 'Tunnbröd', priceOre: 3900, stock: 1000 },
      butter: { shop: 'shop', title: 'Smör', priceOre: 5900, stock: 1000 },
      cheese: { shop: 'shop', title: 'Västerbottensost', priceOre: 12900, stock: 1000 },
    },
  });
  ({ t } = world);
  shop = world.shops.shop;
  goods = [world.goods.bread, world.goods.butter, world.goods.cheese];
});
afterAll(() => t.close());

describe('a basket of several goods', () => {
  it('takes the last ten of each good for exactly ten of thirty residents, whatever order they added them in', async () => {
    const guests = await Promise.all(
      Array.from({ length: residents }, (_, index) =>
        guestWith(index % 2 === 0 ? goods : [...goods].reverse()),
      ),
    );
    for (const productId of goods) await setStock(productId, 10);
    const responses = await Promise.all(guests.map(checkout));
    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status === 201)).toHaveLength(10);
    expect(
      responses.filter(
        (response) => response.status === 409 && response.body.code === 'out_of_stock',
      ),
    ).toHaveLength(residents - 10);
    for (const productId of goods) expect(await stockOf(t, productId)).toBe(0);
  }, 60_000);

  it('takes nothing of the others when one good runs out under a second resident', async () => {
    // A basket only takes what is in stock; the race sets the real stock after.
    for (const productId of goods) await setStock(productId, 1000);
    const guests = await Promise.all([guestWith(goods), guestWith([...goods].reverse())]);
    await setStock(goods[0] ?? '', 5);
    await setStock(goods[1] ?? '', 1);
    await setStock(goods[2] ?? '', 5);
    const responses = await Promise.all(guests.map(checkout));
    expect(responses.map((response) => response.status).sort()).toEqual([201, 409]);
    expect(await stockOf(t, goods[0] ?? '')).toBe(4);
    expect(await stockOf(t, goods[1] ?? '')).toBe(0);
    expect(await stockOf(t, goods[2] ?? '')).toBe(4);
  });

  it('takes off the in-stock listing a good sold out, not one with another variant left', async () => {
    const [bread = '', butter = ''] = goods;
    await setStock(bread, 1000);
    await setStock(butter, 1000);
    const { knex } = t.database;
    const small = await knex('product_variants')
      .where({ product_id: butter })
      .first<Record<string, unknown>>();
    await knex('product_variants').where({ id: small.id }).update({ name: 'Liten' });
    await knex('product_variants').insert({
      ...small,
      id: randomUUID(),
      name: 'Stor',
      sku: `${String(small.sku)}-STOR`,
      stock: 3,
    });
    const guest = t.agent();
    for (const item of [{ productId: bread }, { productId: butter, variantId: small.id }])
      expect((await guest.post('/api/v1/basket/items').send({ ...item, quantity: 1 })).status).toBe(
        201,
      );
    await knex('product_variants').where({ product_id: bread }).update({ stock: 1 });
    await knex('product_variants').where({ id: small.id }).update({ stock: 1 });
    expect((await checkout(guest)).status).toBe(201);
    const isInStock = async (productId: string) => {
      const { body } = await t.agent().get(`/api/v1/products/${productId}`);
      return (body as { product: { isInStock: boolean } }).product.isInStock;
    };
    expect(await isInStock(bread)).toBe(false);
    expect(await isInStock(butter)).toBe(true);
  });
});
