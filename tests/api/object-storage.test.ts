import { randomInt } from 'node:crypto';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoredImage } from '@e-galleria/shared/images';
import { startS3Server, type S3Server } from '../support/s3-server.ts';
import { createPublishedShop, goodBody } from './support/factories.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

// Uploads with S3_* set (decision 0047): the image pipeline writes to a bucket on a real S3
// protocol server, and browsers get the renditions through /files or the bucket's own URL.

let s3: S3Server;
const apps: TestApp[] = [];
beforeAll(async () => {
  s3 = await startS3Server();
});
afterAll(async () => {
  for (const app of apps) await app.close();
  await s3.close();
});

// Content of its own, so no other upload shares these files (names are hashes).
const uniquePhoto = () =>
  sharp({
    create: {
      width: 1200,
      height: 1100,
      channels: 3,
      background: { r: randomInt(256), g: randomInt(256), b: randomInt(256) },
    },
  })
    .jpeg()
    .toBuffer();

/** Every rendition URL of an image, with its width and type: all of its srcsets. */
function renditionsOf(image: StoredImage) {
  return [...image.sources, image.fallback].flatMap(({ type, srcset }) =>
    srcset.split(', ').map((entry) => {
      const [url = '', width = ''] = entry.split(' ');
      return { url, type, width: Number.parseInt(width, 10) };
    }),
  );
}

async function uploadProductPhoto(t: TestApp) {
  const shop = await createPublishedShop(t);
  const staff = await t.loginAs(shop.staffEmail);
  const product = await staff
    .post(`/api/v1/shops/${shop.id}/products`)
    .send(goodBody({ title: 'Hjortronsylt i hink' }));
  const base = `/api/v1/shops/${shop.id}/products/${product.body.product.id as string}/images`;
  const uploaded = await staff.post(base).attach('image', await uniquePhoto(), 'hink.jpg');
  expect(uploaded.status).toBe(201);
  const image = (uploaded.body.product.images as StoredImage[])[0];
  if (!image) throw new Error('no image in the answer');
  return { image, staff, base };
}

describe('product photos in an S3 bucket', () => {
  it('are uploaded through the API and served at /files from the bucket, every width and format', async () => {
    const t = await createTestApp({ env: s3.env });
    apps.push(t);
    const { image } = await uploadProductPhoto(t);
    const renditions = renditionsOf(image);
    expect(renditions.map(({ width }) => width).sort((a, b) => a - b)).toEqual([
      160, 160, 320, 320, 640, 640, 1024, 1024,
    ]);
    for (const { url, type, width } of renditions) {
      expect(url).toMatch(/^\/files\/[0-9a-f]+-\d+\.(webp|jpg)$/);
      const response = await t.agent().get(url).buffer(true);
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toBe(type);
      expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      const metadata = await sharp(response.body as Buffer).metadata();
      expect(metadata.width).toBe(width);
    }
    // Nothing of the bucket's appears in the pages' CSP: images come from our own origin.
    const page = await t.agent().get('/api/v1/products');
    expect(String(page.headers['content-security-policy'])).not.toContain(s3.endpoint);
  });

  it('with S3_PUBLIC_URL are fetched from the bucket’s URL, which the CSP allows for images', async () => {
    const t = await createTestApp({ env: { ...s3.env, S3_PUBLIC_URL: s3.publicUrl } });
    apps.push(t);
    const { image } = await uploadProductPhoto(t);
    for (const { url, type, width } of renditionsOf(image)) {
      expect(url.startsWith(`${s3.publicUrl}/`)).toBe(true);
      const response = await fetch(url);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe(type);
      expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      const metadata = await sharp(Buffer.from(await response.arrayBuffer())).metadata();
      expect(metadata.width).toBe(width);

      const name = url.slice(s3.publicUrl.length + 1);
      const old = await t.agent().get(`/files/${name}`);
      expect(old.status).toBe(302);
      expect(old.headers.location).toBe(url);
    }
    const page = await t.agent().get('/api/v1/products');
    expect(String(page.headers['content-security-policy'])).toMatch(
      new RegExp(`img-src [^;]*${s3.endpoint.replace(/[.:/]/g, '\\$&')}`),
    );
  });

  it('are removed from the bucket with the image a day after nobody uses it', async () => {
    const t = await createTestApp({ env: s3.env });
    apps.push(t);
    const { image, staff, base } = await uploadProductPhoto(t);
    expect((await staff.delete(`${base}/${image.id}`)).status).toBe(200);
    t.clock.advance(25 * 60 * 60 * 1000);
    expect(await t.services.removeOrphanImages()).toEqual({ images: 1, files: 8 });
    for (const { url } of renditionsOf(image)) {
      const response = await t.agent().get(url);
      expect(response.status).toBe(404);
      expect(response.body.code).toBe('not_found');
    }
  });
});
