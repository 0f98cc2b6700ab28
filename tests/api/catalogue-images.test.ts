import sharp from 'sharp';
import type supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPublishedShop, goodBody, type ShopFixture } from './support/factories.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

let t: TestApp;
let shop: ShopFixture;
let staff: supertest.Agent;

const photo = (red: number) =>
  sharp({ create: { width: 400, height: 300, channels: 3, background: { r: red, g: 120, b: 80 } } })
    .jpeg()
    .toBuffer();

beforeAll(async () => {
  t = await createTestApp();
  shop = await createPublishedShop(t);
  staff = await t.loginAs(shop.staffEmail);
});
afterAll(() => t.close());

describe('product photos', () => {
  it('adds photos in order, shows the first in listings, reorders and removes them', async () => {
    const created = await staff
      .post(`/api/v1/shops/${shop.id}/products`)
      .send(goodBody({ title: 'Fotograferad hjortronsylt' }));
    const base = `/api/v1/shops/${shop.id}/products/${created.body.product.id}/images`;
    const first = await staff.post(base).attach('image', await photo(10), 'a.jpg');
    expect(first.status).toBe(201);
    const second = await staff.post(base).attach('image', await photo(200), 'b.jpg');
    const images = second.body.product.images as { id: string; fallback: { url: string } }[];
    expect(images).toHaveLength(2);
    expect(images[0]?.id).toBe(first.body.product.images[0].id);

    const listed = await t.agent().get('/api/v1/products?q=hjortronsylt');
    expect(listed.body.items[0].image.id).toBe(images[0]?.id);
    expect(listed.body.items[0].image.sources.length).toBeGreaterThan(0);

    const reordered = await staff.put(base).send({ imageIds: [images[1]?.id, images[0]?.id] });
    expect(reordered.status).toBe(200);
    expect(reordered.body.product.images.map((image: { id: string }) => image.id)).toEqual([
      images[1]?.id,
      images[0]?.id,
    ]);
    expect((await t.agent().get('/api/v1/products?q=hjortronsylt')).body.items[0].image.id).toBe(
      images[1]?.id,
    );

    const removed = await staff.delete(`${base}/${images[1]?.id ?? ''}`);
    expect(removed.status).toBe(200);
    expect(removed.body.product.images.map((image: { id: string }) => image.id)).toEqual([
      images[0]?.id,
    ]);
  });

  it('takes at most 8 photos per product', async () => {
    const created = await staff.post(`/api/v1/shops/${shop.id}/products`).send(goodBody());
    const base = `/api/v1/shops/${shop.id}/products/${created.body.product.id}/images`;
    const bytes = await photo(50);
    for (let index = 0; index < 8; index++)
      expect((await staff.post(base).attach('image', bytes, 'x.jpg')).status).toBe(201);
    const ninth = await staff.post(base).attach('image', bytes, 'x.jpg');
    expect(ninth.status).toBe(409);
    expect(ninth.body.code).toBe('image_limit_reached');
  });

  it('refuses a file that is not an image, and another shop’s staff', async () => {
    const created = await staff.post(`/api/v1/shops/${shop.id}/products`).send(goodBody());
    const base = `/api/v1/shops/${shop.id}/products/${created.body.product.id}/images`;
    const html = await staff
      .post(base)
      .attach('image', Buffer.from('<html><script>alert(1)</script></html>'), 'x.jpg');
    expect(html.status).toBe(422);
    expect(html.body.code).toBe('invalid_image');

    const other = await createPublishedShop(t);
    const otherStaff = await t.loginAs(other.staffEmail);
    const refused = await otherStaff.post(base).attach('image', await photo(1), 'x.jpg');
    expect(refused.status).toBe(403);
    const viaOwnShop = await otherStaff
      .post(`/api/v1/shops/${other.id}/products/${created.body.product.id}/images`)
      .attach('image', await photo(1), 'x.jpg');
    expect(viaOwnShop.status).toBe(404);
  });
});
