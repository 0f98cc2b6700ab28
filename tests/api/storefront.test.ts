import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './support/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

type Item = { id: string; title: string; unit: string };

async function demoProduct(title: string): Promise<Item> {
  const response = await t
    .agent()
    .get(`/api/v1/municipalities/arjeplog/products?q=${encodeURIComponent(title)}`);
  const item = (response.body.items as Item[]).find((candidate) => candidate.title === title);
  if (!item) throw new Error(`the demo catalogue has no ${title}`);
  return item;
}

describe('units follow the product', () => {
  it('into the basket, where milk is priced per litre and crispbread per pack', async () => {
    const guest = t.agent();
    for (const title of ['Mellanmjölk 1,5 %', 'Knäckebröd råg', 'Pannlampa 400 lumen']) {
      const product = await demoProduct(title);
      const added = await guest
        .post('/api/v1/basket/items')
        .send({ productId: product.id, quantity: 1 });
      expect(added.status).toBe(201);
    }
    const { body } = await guest.get('/api/v1/basket');
    expect(
      (body.basket.items as { title: string; unit: string }[]).map((item) => [
        item.title,
        item.unit,
      ]),
    ).toEqual([
      ['Mellanmjölk 1,5 %', 'litre'],
      ['Knäckebröd råg', 'pack'],
      ['Pannlampa 400 lumen', 'piece'],
    ]);
  });
});
