import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contact, createCheckoutShop, type CheckoutShop } from './support/checkout.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

// Deleting a variant that was ever ordered was a 500 on both engines: the order line still
// names it (issue 12, item 6). It is a 409 with its own code, and the order keeps its line.

let t: TestApp;
let shop: CheckoutShop;
beforeAll(async () => {
  t = await createTestApp();
  shop = await createCheckoutShop(t);
});
afterAll(() => t.close());

type Variant = { id: string; name: string };

let made = 0;

async function coffeeInTwoSizes(): Promise<{ productId: string; variants: Variant[] }> {
  made += 1;
  const created = await shop.owner.post(`/api/v1/shops/${shop.id}/products`).send({
    title: 'Kaffe',
    categoryId: 'cat-livsmedel',
    vatClass: 'food',
    status: 'published',
    variants: [
      { name: '450 g', sku: `KAF-450-${made}`, priceOre: 6490 },
      { name: '1 kg', sku: `KAF-1000-${made}`, priceOre: 12900 },
    ],
  });
  expect(created.status).toBe(201);
  return { productId: created.body.product.id, variants: created.body.product.variants };
}

describe('deleting a variant', () => {
  it('answers 409 variant_ordered for a variant that was ordered, and the order keeps its line', async () => {
    const { productId, variants } = await coffeeInTwoSizes();
    const [ordered, neverOrdered] = variants as [Variant, Variant];
    const guest = t.agent();
    const added = await guest
      .post('/api/v1/basket/items')
      .send({ productId, variantId: ordered.id, quantity: 2 });
    expect(added.status).toBe(201);
    const placed = await guest.post('/api/v1/checkout').send({
      contact,
      fulfilments: [{ shopId: shop.id, method: 'pickup_in_shop' }],
      payment: 'pay_at_pickup',
    });
    expect(placed.status).toBe(201);
    const orderId = placed.body.checkout.orders[0].id as string;

    const variantsPath = `/api/v1/shops/${shop.id}/products/${productId}/variants`;
    const refused = await shop.owner.delete(`${variantsPath}/${ordered.id}`);
    expect([refused.status, refused.body.code]).toEqual([409, 'variant_ordered']);
    expect(refused.headers['content-type']).toContain('application/problem+json');

    const order = await shop.owner.get(`/api/v1/shops/${shop.id}/orders/${orderId}`);
    expect(order.status).toBe(200);
    expect(order.body.order.lines).toEqual([
      expect.objectContaining({ title: 'Kaffe', variantName: '450 g', quantity: 2 }),
    ]);
    const product = await shop.owner.get(`/api/v1/shops/${shop.id}/products/${productId}`);
    expect(product.body.product.variants).toHaveLength(2);

    const removed = await shop.owner.delete(`${variantsPath}/${neverOrdered.id}`);
    expect(removed.status).toBe(200);
    expect(removed.body.product.variants.map((variant: Variant) => variant.id)).toEqual([
      ordered.id,
    ]);
  });

  it('still deletes a variant that is only in a basket, and the basket lets it go', async () => {
    const { productId, variants } = await coffeeInTwoSizes();
    const [inBasket] = variants as [Variant, Variant];
    const guest = t.agent();
    await guest
      .post('/api/v1/basket/items')
      .send({ productId, variantId: inBasket.id, quantity: 1 });
    const removed = await shop.owner.delete(
      `/api/v1/shops/${shop.id}/products/${productId}/variants/${inBasket.id}`,
    );
    expect(removed.status).toBe(200);
    expect((await guest.get('/api/v1/basket')).body.basket.items).toEqual([]);
  });
});
