import { spawn } from 'node:child_process';
import { randomBytes, randomInt } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoredImage } from '@e-galleria/shared/images';
import { loadConfig } from '../../server/src/config.ts';
import { createConfiguredFileStorage } from '../../server/src/integrations/configured-file-storage.ts';
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
// Closing apps drops their databases (seconds on a busy PostgreSQL): more than the default.
afterAll(async () => {
  await Promise.all(apps.map((app) => app.close()));
  await s3.close();
}, 60_000);

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
    // First seen unused now (the upload is a day old), removed a day later.
    expect(await t.services.removeOrphanImages()).toEqual({ images: 0, files: 0 });
    t.clock.advance(25 * 60 * 60 * 1000);
    expect(await t.services.removeOrphanImages()).toEqual({ images: 1, files: 8 });
    for (const { url } of renditionsOf(image)) {
      const response = await t.agent().get(url);
      expect(response.status).toBe(404);
      expect(response.body.code).toBe('not_found');
    }
  });
});

/** A port nothing listens on now. */
function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

describe('the server started with S3_* set', { timeout: 30_000 }, () => {
  it('serves /files from the bucket, not from UPLOADS_DIR', async () => {
    const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'e-galleria-s3-start-'));
    const port = await freePort();
    const env = {
      NODE_ENV: 'production',
      PUBLIC_URL: 'https://galleria.example.se',
      SMTP_URL: 'smtp://127.0.0.1:2525',
      SERVER_SECRET: 'a-production-secret-of-at-least-32-characters',
      DATABASE_URL: `sqlite:${path.join(workDir, 'galleria.sqlite')}`,
      UPLOADS_DIR: path.join(workDir, 'uploads'),
      PORT: String(port),
      ...s3.env,
    };
    // Stored the way the app stores it, straight into the bucket.
    const name = `${randomBytes(16).toString('hex')}-160.webp`;
    const bytes = await sharp({
      create: { width: 160, height: 160, channels: 3, background: '#2a6' },
    })
      .webp()
      .toBuffer();
    await createConfiguredFileStorage(loadConfig(env)).write(name, bytes);

    const mainFile = fileURLToPath(new URL('../../server/src/main.ts', import.meta.url));
    const child = spawn(process.execPath, [mainFile], {
      env: { PATH: process.env.PATH ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      await new Promise<void>((resolve, reject) => {
        let output = '';
        const collect = (chunk: Buffer) => {
          output += chunk.toString();
          if (output.includes('listening')) resolve();
        };
        child.stdout.on('data', collect);
        child.stderr.on('data', collect);
        child.on('exit', () => reject(new Error(`the server stopped:\n${output}`)));
      });
      const response = await fetch(`http://127.0.0.1:${port}/files/${name}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('image/webp');
      expect(Buffer.compare(Buffer.from(await response.arrayBuffer()), bytes)).toBe(0);
      expect(fs.existsSync(path.join(workDir, 'uploads', name))).toBe(false);
    } finally {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
      fs.rmSync(workDir, { recursive: true, force: true });
    }
  });
});
