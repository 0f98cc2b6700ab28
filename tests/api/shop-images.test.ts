import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addStaff, completeProfile, inviteShop, publishShop } from './support/shops.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

function photo(width: number, height: number) {
  return sharp({
    create: { width, height, channels: 3, background: { r: 30, g: 90, b: 140 } },
  })
    .jpeg()
    .toBuffer();
}

describe('shop logo and cover photo', () => {
  it('stores both through the image pipeline and shows them in the galleria', async () => {
    const { shopId, slug, owner } = await publishShop(t, {
      email: 'agare@bilder.example.se',
      shopName: 'Bildboden',
    });
    const logo = await owner
      .post(`/api/v1/shops/${shopId}/logo`)
      .attach('image', await photo(600, 600), 'logo.jpg');
    expect(logo.status).toBe(200);
    expect(logo.body.shop.logo.fallback.url).toMatch(/^\/files\//);
    const cover = await owner
      .post(`/api/v1/shops/${shopId}/cover`)
      .attach('image', await photo(1500, 500), 'cover.jpg');
    // The cover profile crops to 3:1.
    expect(cover.body.shop.cover.width / cover.body.shop.cover.height).toBeCloseTo(3, 1);

    const list = await t.agent().get('/api/v1/municipalities/arjeplog/shops');
    const listed = list.body.items.find((item: { slug: string }) => item.slug === slug);
    expect(listed.logo.id).toBe(logo.body.shop.logo.id);
    const page = await t.agent().get(`/api/v1/municipalities/arjeplog/shops/${slug}`);
    expect(page.body.shop.cover.id).toBe(cover.body.shop.cover.id);
  });

  it('refuses what is not an image, and staff, strangers and a shop under review', async () => {
    const { shopId, owner } = await inviteShop(t, {
      email: 'agare@ejbild.example.se',
      shopName: 'Ejbild',
    });
    const text = await owner
      .post(`/api/v1/shops/${shopId}/logo`)
      .attach('image', Buffer.from('not an image'), 'logo.png');
    expect([text.status, text.body.code]).toEqual([422, 'invalid_image']);
    const staff = await addStaff(t, owner, shopId, 'expedit@ejbild.example.se');
    const byStaff = await staff
      .post(`/api/v1/shops/${shopId}/logo`)
      .attach('image', await photo(300, 300), 'logo.jpg');
    expect(byStaff.body.code).toBe('forbidden');
    const anonymous = await t
      .agent()
      .post(`/api/v1/shops/${shopId}/cover`)
      .attach('image', await photo(300, 300), 'cover.jpg');
    expect(anonymous.body.code).toBe('unauthenticated');
    await owner.patch(`/api/v1/shops/${shopId}`).send(completeProfile);
    await owner.post(`/api/v1/shops/${shopId}/submit`);
    const underReview = await owner
      .post(`/api/v1/shops/${shopId}/logo`)
      .attach('image', await photo(300, 300), 'logo.jpg');
    expect([underReview.status, underReview.body.code]).toEqual([409, 'status_conflict']);
  });
});
