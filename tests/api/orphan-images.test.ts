import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomInt } from 'node:crypto';
import sharp from 'sharp';
import type supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPublishedShop, goodBody, type ShopFixture } from './support/factories.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

let t: TestApp;
let shop: ShopFixture;
let staff: supertest.Agent;

// Content of its own, so no other test file's image shares these files (names are hashes).
const uniquePhoto = () =>
  sharp({
    create: {
      width: 320,
      height: 240,
      channels: 3,
      background: { r: randomInt(256), g: randomInt(256), b: randomInt(256) },
    },
  })
    .png()
    .toBuffer();

/** Where the test app keeps uploads (tests/api/support/test-app.ts). */
const storedFile = (url: string) =>
  path.join(os.tmpdir(), 'e-galleria-api-uploads', url.replace(/^\/files\//, ''));

beforeAll(async () => {
  t = await createTestApp();
  shop = await createPublishedShop(t);
  staff = await t.loginAs(shop.staffEmail);
});
afterAll(() => t.close());

describe('images nobody uses any more', () => {
  it('are removed with their files after a day; used ones and shared files stay', async () => {
    const product = await staff
      .post(`/api/v1/shops/${shop.id}/products`)
      .send(goodBody({ title: 'Fotovara' }));
    const base = `/api/v1/shops/${shop.id}/products/${product.body.product.id as string}/images`;
    const kept = await staff.post(base).attach('image', await uniquePhoto(), 'kept.png');
    const dropped = await staff.post(base).attach('image', await uniquePhoto(), 'dropped.png');
    const shared = await uniquePhoto();
    const sharedOnce = await staff.post(base).attach('image', shared, 'shared-1.png');
    const sharedTwice = await staff.post(base).attach('image', shared, 'shared-2.png');
    type Image = { id: string; fallback: { url: string } };
    const [keptImage, droppedImage, sharedImage] = [kept, dropped, sharedOnce].map(
      (response) => (response.body.product.images as Image[]).at(-1) as Image,
    );
    const sharedAgain = (sharedTwice.body.product.images as Image[]).at(-1) as Image;
    for (const image of [droppedImage, sharedImage])
      expect((await staff.delete(`${base}/${image?.id ?? ''}`)).status).toBe(200);

    // Within the day nothing goes: an upload may not be linked yet.
    expect(await t.services.removeOrphanImages()).toEqual({ images: 0, files: 0 });
    t.clock.advance(25 * 60 * 60 * 1000);
    const removed = await t.services.removeOrphanImages();
    expect(removed.images).toBe(2);
    expect(fs.existsSync(storedFile(droppedImage?.fallback.url ?? ''))).toBe(false);
    expect(fs.existsSync(storedFile(keptImage?.fallback.url ?? ''))).toBe(true);
    // The same photo is still used by the second upload: its files stay.
    expect(fs.existsSync(storedFile(sharedAgain.fallback.url))).toBe(true);
    const rows = await t.database
      .knex('images')
      .whereIn(
        'id',
        [droppedImage, sharedImage, keptImage].map((image) => image?.id ?? ''),
      )
      .pluck<string[]>('id');
    expect(rows).toEqual([keptImage?.id]);
  });
});
