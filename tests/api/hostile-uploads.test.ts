import sharp from 'sharp';
import type { Response } from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  hostileUploads,
  jpegWithHugeExif,
  manyScansProgressiveJpeg,
  type HostileUpload,
} from '../fixtures/hostile-images.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

const logoPath = '/api/v1/admin/municipalities/arjeplog/logo';

let t: TestApp;
let corpus: HostileUpload[];
beforeAll(async () => {
  t = await createTestApp();
  corpus = await hostileUploads();
});
afterAll(() => t.close());

async function upload(file: HostileUpload) {
  const admin = await t.loginAs('kommun@arjeplog.example.se');
  return admin
    .post(logoPath)
    .attach('image', file.bytes, { filename: file.filename, contentType: file.contentType });
}

function expectProblem(response: Response, status: number, code: string) {
  expect([response.status, response.body.code]).toEqual([status, code]);
  expect(response.headers['content-type']).toContain('application/problem+json');
}

async function fetchBytes(url: string) {
  return t
    .agent()
    .get(url)
    .buffer(true)
    .parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    });
}

describe('hostile uploads to the logo endpoint', () => {
  it('refuses every file of the hostile corpus with 422 invalid_image, never a 500', async () => {
    const outcomes: Record<string, string> = {};
    for (const file of corpus) {
      const response = await upload(file);
      outcomes[file.name] = `${response.status} ${response.body.code}`;
    }
    expect(outcomes).toEqual(
      Object.fromEntries(corpus.map((file) => [file.name, '422 invalid_image'])),
    );
    const after = await t.agent().get('/api/v1/municipalities/arjeplog');
    expect(after.body.municipality.logo).toBeNull();
  });

  it('refuses a 6 MB file with 413 payload_too_large before decoding it', async () => {
    const response = await upload({
      name: '6 MB',
      filename: 'big.jpg',
      contentType: 'image/jpeg',
      bytes: Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), Buffer.alloc(6 * 1024 * 1024)]),
    });
    expectProblem(response, 413, 'payload_too_large');
  });

  it('refuses a body that is not multipart: JSON without a file, other types with 415', async () => {
    const admin = await t.loginAs('kommun@arjeplog.example.se');
    const json = await admin.post(logoPath).send({ image: 'data:image/png;base64,AAAA' });
    expectProblem(json, 400, 'validation_failed');
    expect(json.body.errors).toEqual([expect.objectContaining({ field: 'image' })]);
    const raw = await admin
      .post(logoPath)
      .set('Content-Type', 'image/jpeg')
      .send(Buffer.from([0xff, 0xd8, 0xff, 0xe0]));
    expectProblem(raw, 415, 'unsupported_media_type');
  });

  it('refuses a stranger before reading the upload', async () => {
    const response = await t
      .agent()
      .post(logoPath)
      .attach('image', Buffer.from('x'), { filename: 'x.png', contentType: 'image/png' });
    expectProblem(response, 401, 'unauthenticated');
    const resident = await t.loginAs('boende@arjeplog.example.se');
    const forbidden = await resident
      .post(logoPath)
      .attach('image', Buffer.from('x'), { filename: 'x.png', contentType: 'image/png' });
    expectProblem(forbidden, 403, 'forbidden');
  });

  it('neutralises a JPEG with huge EXIF and GPS: accepted, served without any metadata', async () => {
    const input = await jpegWithHugeExif();
    expect((await sharp(input).metadata()).exif?.length).toBeGreaterThan(50_000);
    const response = await upload({
      name: 'huge EXIF',
      filename: 'photo.png',
      contentType: 'image/png',
      bytes: input,
    });
    expect(response.status).toBe(200);
    const logo = response.body.municipality.logo as {
      sources: { type: string; srcset: string }[];
      fallback: { srcset: string };
    };
    const urls = [...logo.sources.map((source) => source.srcset), logo.fallback.srcset]
      .flatMap((srcset) => srcset.split(', '))
      .map((candidate) => candidate.split(' ')[0] ?? '');
    expect(urls.length).toBe(6);
    for (const url of urls) {
      const served = await fetchBytes(url);
      expect(served.status).toBe(200);
      const bytes = served.body as Buffer;
      const metadata = await sharp(bytes).metadata();
      expect([metadata.exif, metadata.icc, metadata.xmp, metadata.iptc]).toEqual([
        undefined,
        undefined,
        undefined,
        undefined,
      ]);
      expect(bytes.includes(Buffer.from('Exif'))).toBe(false);
      expect(bytes.includes(Buffer.from('GPS'))).toBe(false);
      expect(bytes.includes(Buffer.from('Någon Person'))).toBe(false);
      expect(served.headers['content-type']).toBe(
        url.endsWith('.webp') ? 'image/webp' : 'image/png',
      );
      expect(served.headers['x-content-type-options']).toBe('nosniff');
      expect(served.headers['content-security-policy']).toBe("default-src 'none'; sandbox");
      expect(served.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    }
  });

  it('takes an honest photo at once while four progressive JPEGs of 2 647 scans are sent beside it', async () => {
    const hostile = manyScansProgressiveJpeg(6300, 6300);
    const honest = await sharp({
      create: { width: 800, height: 600, channels: 3, background: '#2a6f3a' },
    })
      .jpeg()
      .toBuffer();
    const started = performance.now();
    const [photo, ...refused] = await Promise.all([
      upload({ name: 'honest', filename: 'a.jpg', contentType: 'image/jpeg', bytes: honest }),
      ...[1, 2, 3, 4].map(() =>
        upload({ name: 'scans', filename: 'b.jpg', contentType: 'image/jpeg', bytes: hostile }),
      ),
    ]);
    expect(photo.status).toBe(200);
    expect(refused.map((response) => String(response.body.code))).toEqual(
      Array(4).fill('invalid_image'),
    );
    // Before: the hostile files decoded for 20 s each and held the honest one for 49 s.
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('answers a missing file with a problem+json 404', async () => {
    const response = await t.agent().get('/files/0123456789abcdef0123456789abcdef-128.webp');
    expect(response.status).toBe(404);
    expect(response.body.code).toBe('not_found');
  });

  it('refuses 50 hostile files without growing the memory of the server by more than 64 MB', async () => {
    const admin = await t.loginAs('kommun@arjeplog.example.se');
    const send = (file: HostileUpload) =>
      admin
        .post(logoPath)
        .attach('image', file.bytes, { filename: file.filename, contentType: file.contentType });
    for (const file of corpus) await send(file); // warm up code paths and allocator
    const before = process.memoryUsage().rss;
    let peak = before;
    for (let index = 0; index < 50; index += 1) {
      const file = corpus[index % corpus.length];
      if (!file) continue;
      const response = await send(file);
      expect(response.status).toBe(422);
      peak = Math.max(peak, process.memoryUsage().rss);
    }
    expect((peak - before) / 1024 / 1024).toBeLessThan(64);
  });
});
