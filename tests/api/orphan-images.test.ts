import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomInt } from 'node:crypto';
import sharp from 'sharp';
import type supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalFileStorage } from '../../server/src/integrations/file-storage.ts';
import {
  createImagesRepository,
  type ImagesRepository,
} from '../../server/src/modules/images/images.repository.ts';
import { removeOrphanImages } from '../../server/src/modules/images/orphan-images.ts';
import { createPublishedShop, goodBody, type ShopFixture } from './support/factories.ts';
import { openTestDatabaseAgain, testUploadsDir } from './support/test-database.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

let t: TestApp;
let shop: ShopFixture;
let staff: supertest.Agent;

const hour = 60 * 60 * 1000;
const day = 24 * hour;

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

type Image = { id: string; fallback: { url: string } };

/** A new product with one photo: where its photos are, and the photo. */
async function productWithPhoto() {
  const product = await staff
    .post(`/api/v1/shops/${shop.id}/products`)
    .send(goodBody({ title: 'Fotovara' }));
  const productId = product.body.product.id as string;
  const base = `/api/v1/shops/${shop.id}/products/${productId}/images`;
  const uploaded = await staff.post(base).attach('image', await uniquePhoto(), 'photo.png');
  expect(uploaded.status).toBe(201);
  const image = (uploaded.body.product.images as Image[]).at(-1) as Image;
  return { productId, base, image };
}

/** The image's row as the sweep sees it, or undefined once it is removed. */
const rowOf = (id: string) =>
  t.database
    .knex('images')
    .where({ id })
    .first<{ unused_since: number | null } | undefined>('unused_since');

const sweep = () => t.services.removeOrphanImages();

beforeAll(async () => {
  t = await createTestApp();
  shop = await createPublishedShop(t);
  staff = await t.loginAs(shop.staffEmail);
});
afterAll(() => t.close());

describe('images nobody uses any more', () => {
  it('are removed with their files a day after they are seen unused; used ones and shared files stay', async () => {
    const product = await staff
      .post(`/api/v1/shops/${shop.id}/products`)
      .send(goodBody({ title: 'Fotovara' }));
    const base = `/api/v1/shops/${shop.id}/products/${product.body.product.id as string}/images`;
    const kept = await staff.post(base).attach('image', await uniquePhoto(), 'kept.png');
    const dropped = await staff.post(base).attach('image', await uniquePhoto(), 'dropped.png');
    const shared = await uniquePhoto();
    const sharedOnce = await staff.post(base).attach('image', shared, 'shared-1.png');
    const sharedTwice = await staff.post(base).attach('image', shared, 'shared-2.png');
    const [keptImage, droppedImage, sharedImage] = [kept, dropped, sharedOnce].map(
      (response) => (response.body.product.images as Image[]).at(-1) as Image,
    );
    const sharedAgain = (sharedTwice.body.product.images as Image[]).at(-1) as Image;
    for (const image of [droppedImage, sharedImage])
      expect((await staff.delete(`${base}/${image?.id ?? ''}`)).status).toBe(200);

    // Within the day nothing goes: an upload may not be linked yet.
    expect(await sweep()).toEqual({ images: 0, files: 0 });
    t.clock.advance(25 * hour);
    // Seen unused now: their day starts here.
    expect(await sweep()).toEqual({ images: 0, files: 0 });
    expect((await rowOf(droppedImage?.id ?? ''))?.unused_since).toBe(t.clock.now());
    t.clock.advance(25 * hour);
    const removed = await sweep();
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

  it('are kept for a day from when they were taken off, however old the upload', async () => {
    const { base, image } = await productWithPhoto();
    // Shown for days: the sweep leaves it alone.
    for (let days = 0; days < 3; days += 1) {
      t.clock.advance(day);
      await sweep();
    }
    expect((await rowOf(image.id))?.unused_since).toBeNull();

    expect((await staff.delete(`${base}/${image.id}`)).status).toBe(200);
    await sweep();
    expect((await rowOf(image.id))?.unused_since).toBe(t.clock.now());
    t.clock.advance(23 * hour);
    await sweep();
    expect(await rowOf(image.id)).toBeDefined();
    expect(fs.existsSync(storedFile(image.fallback.url))).toBe(true);

    t.clock.advance(2 * hour);
    await sweep();
    expect(await rowOf(image.id)).toBeUndefined();
    expect(fs.existsSync(storedFile(image.fallback.url))).toBe(false);
  });

  it('are kept when used again before their day is over, and their day starts again', async () => {
    const { productId, base, image } = await productWithPhoto();
    t.clock.advance(3 * day);
    expect((await staff.delete(`${base}/${image.id}`)).status).toBe(200);
    await sweep();
    expect((await rowOf(image.id))?.unused_since).toBe(t.clock.now());

    // Put back (no route links an old image yet: the table as a future one would write it).
    t.clock.advance(12 * hour);
    await t.database
      .knex('product_images')
      .insert({ product_id: productId, image_id: image.id, position: 0 });
    await sweep();
    expect((await rowOf(image.id))?.unused_since).toBeNull();

    // Taken off again: a day from now, not from the first time.
    expect((await staff.delete(`${base}/${image.id}`)).status).toBe(200);
    t.clock.advance(13 * hour);
    await sweep();
    expect((await rowOf(image.id))?.unused_since).toBe(t.clock.now());
    expect(fs.existsSync(storedFile(image.fallback.url))).toBe(true);
    t.clock.advance(25 * hour);
    await sweep();
    expect(await rowOf(image.id)).toBeUndefined();
  });

  it('are kept for a day after their upload while not linked yet', async () => {
    const product = await staff
      .post(`/api/v1/shops/${shop.id}/products`)
      .send(goodBody({ title: 'Fotovara' }));
    // Stored, as an upload is before its owner's transaction links it.
    const image = await t.services.images.store(await uniquePhoto(), 'product', {
      type: 'product',
      id: product.body.product.id as string,
      shopId: shop.id,
    });
    await sweep();
    t.clock.advance(23 * hour);
    await sweep();
    expect(await rowOf(image.id)).toEqual({ unused_since: null });
    t.clock.advance(2 * hour);
    await sweep();
    // A day old and seen unused only now.
    expect((await rowOf(image.id))?.unused_since).toBe(t.clock.now());
    expect(fs.existsSync(storedFile(image.fallback.url))).toBe(true);
    t.clock.advance(25 * hour);
    await sweep();
    expect(await rowOf(image.id)).toBeUndefined();
    expect(fs.existsSync(storedFile(image.fallback.url))).toBe(false);
  });

  it('are kept when linked between the sweep finding them and deleting them', async () => {
    const { base, image } = await productWithPhoto();
    expect((await staff.delete(`${base}/${image.id}`)).status).toBe(200);
    t.clock.advance(25 * hour);
    await sweep();
    t.clock.advance(25 * hour);
    const images = createImagesRepository(t.database.knex);
    let found: string[] = [];
    const removed = await removeOrphanImages({
      images: {
        ...images,
        async findUnusedSince(before, limit) {
          const rows = await images.findUnusedSince(before, limit);
          found = rows.map((row) => row.id);
          // Another instance makes it the shop's logo right then.
          await t.database.knex('shops').where({ id: shop.id }).update({ logo_image_id: image.id });
          return rows;
        },
      },
      storage: createLocalFileStorage(testUploadsDir),
      now: t.clock.now(),
    });
    expect(found).toContain(image.id);
    expect(removed.images).toBe(found.length - 1);
    expect(await rowOf(image.id)).toBeDefined();
    expect(fs.existsSync(storedFile(image.fallback.url))).toBe(true);
    // The next sweep sees it used: its mark goes.
    await sweep();
    expect(await rowOf(image.id)).toEqual({ unused_since: null });
    await t.database.knex('shops').where({ id: shop.id }).update({ logo_image_id: null });
  });

  it('are removed once, files and all, when two app servers sweep at once', async () => {
    const { base, image } = await productWithPhoto();
    expect((await staff.delete(`${base}/${image.id}`)).status).toBe(200);
    t.clock.advance(25 * hour);
    await sweep();
    t.clock.advance(25 * hour);

    const deleted: string[] = [];
    const removedFiles: string[] = [];
    let arrived = 0;
    let bothFound: () => void = () => {};
    const met = new Promise<void>((resolve) => (bothFound = resolve));
    const server = (images: ImagesRepository) => {
      const storage = createLocalFileStorage(testUploadsDir);
      return removeOrphanImages({
        images: {
          ...images,
          // Both have found the image before either deletes it.
          async findUnusedSince(before, limit) {
            const rows = await images.findUnusedSince(before, limit);
            arrived += 1;
            if (arrived === 2) bothFound();
            await met;
            return rows;
          },
          async deleteUnusedSince(ids, before) {
            const gone = await images.deleteUnusedSince(ids, before);
            deleted.push(...gone);
            return gone;
          },
        },
        storage: {
          ...storage,
          async remove(names) {
            removedFiles.push(...names);
            await storage.remove(names);
          },
        },
        now: t.clock.now(),
      });
    };
    // The other server's own connections to the same database.
    const other = openTestDatabaseAgain(t.database);
    try {
      await Promise.all([
        server(createImagesRepository(t.database.knex)),
        server(createImagesRepository(other.knex)),
      ]);
    } finally {
      await other.close();
    }
    expect(deleted.filter((id) => id === image.id)).toHaveLength(1);
    const fallbackName = path.basename(image.fallback.url);
    expect(removedFiles.filter((name) => name === fallbackName)).toHaveLength(1);
    expect(await rowOf(image.id)).toBeUndefined();
    expect(fs.existsSync(storedFile(image.fallback.url))).toBe(false);
  });
});
