import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import express from 'express';
import { pino } from 'pino';
import supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startS3Server, type S3Server } from '../../../tests/support/s3-server.ts';
import { loadConfig } from '../config.ts';
import { createErrorHandler } from '../http/problem.ts';
import { createConfiguredFileStorage } from './configured-file-storage.ts';
import type { FileStorage } from './file-storage.ts';

// The port's contract (file-storage.ts), run against the local folder and against an S3
// bucket on a real S3 protocol server: the image pipeline, orphan removal and the demo seed
// rely on exactly this and nothing else.

let s3: S3Server;
const folders: string[] = [];
beforeAll(async () => {
  s3 = await startS3Server();
});
afterAll(async () => {
  await s3.close();
  for (const folder of folders) fs.rmSync(folder, { recursive: true, force: true });
});

function configured(env: Record<string, string>): FileStorage {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'e-galleria-storage-'));
  folders.push(folder);
  return createConfiguredFileStorage(loadConfig({ NODE_ENV: 'test', UPLOADS_DIR: folder, ...env }));
}

const stores: [string, () => FileStorage][] = [
  ['the local folder', () => configured({})],
  ['an S3 bucket', () => configured(s3.env)],
];

/** A fresh content-style name per test: the bucket is shared by the whole file. */
const freshName = (width: number, extension = 'webp') =>
  `${randomBytes(16).toString('hex')}-${width}.${extension}`;

function serveAtFiles(storage: FileStorage) {
  const app = express();
  app.use('/files', storage.serve);
  app.use(createErrorHandler(pino({ level: 'silent' })));
  return supertest(app);
}

describe.each(stores)('file storage in %s', (_kind, makeStore) => {
  let storage: FileStorage;
  beforeAll(() => {
    storage = makeStore();
  });

  it('stores bytes under a name, tells which names it has, and gives the /files URL', async () => {
    const name = freshName(160);
    const other = freshName(320);
    expect(await storage.hasAll([name])).toBe(false);
    await storage.write(name, Buffer.from('first bytes'));
    expect(await storage.hasAll([name])).toBe(true);
    expect(await storage.hasAll([name, other])).toBe(false);
    expect(await storage.hasAll([])).toBe(true);
    expect(storage.urlOf(name)).toBe(`/files/${name}`);
    expect(storage.imageOrigin).toBeNull();
  });

  it('refuses names with folders, dots or capitals, and stores nothing for them', async () => {
    for (const name of [
      '../x.webp',
      'a/b.webp',
      '.hidden',
      'x.webp.html.',
      'noextension',
      'A.webp',
    ])
      await expect(storage.write(name, Buffer.from('x'))).rejects.toThrow('Not a storable');
    expect(await storage.hasAll(['../x.webp'])).toBe(false);
    await expect(storage.remove(['a/b.webp'])).rejects.toThrow('Not a stored');
  });

  it('replaces a name written again, also by writers at the same moment', async () => {
    const name = freshName(640, 'jpg');
    await Promise.all([
      storage.write(name, Buffer.from('same bytes')),
      storage.write(name, Buffer.from('same bytes')),
    ]);
    await storage.write(name, Buffer.from('newer bytes'));
    const response = await serveAtFiles(storage).get(`/files/${name}`).buffer(true);
    expect(response.status).toBe(200);
    expect(Buffer.from(response.body as Buffer).toString()).toBe('newer bytes');
  });

  it('reads a stored name back only when it is no larger than asked, and nothing for a missing or malformed name', async () => {
    const name = freshName(640);
    const bytes = randomBytes(300);
    await storage.write(name, bytes);
    expect(await storage.readIfSmall(name, 300)).toEqual(bytes);
    expect(await storage.readIfSmall(name, 299)).toBeNull();
    expect(await storage.readIfSmall(freshName(640), 1_000)).toBeNull();
    expect(await storage.readIfSmall('../x.webp', 1_000)).toBeNull();
  });

  it('removes names, and a name that is not there is no error', async () => {
    const kept = freshName(160);
    const removed = [freshName(160), freshName(320, 'jpg')];
    for (const name of [kept, ...removed]) await storage.write(name, Buffer.from(name));
    await storage.remove([...removed, freshName(1024)]);
    expect(await storage.hasAll(removed.slice(0, 1))).toBe(false);
    expect(await storage.hasAll(removed.slice(1))).toBe(false);
    expect(await storage.hasAll([kept])).toBe(true);
    await storage.remove([]);
  });

  it('serves a stored name at /files with its type from the extension and a year of immutable caching', async () => {
    const client = serveAtFiles(storage);
    for (const [extension, type] of [
      ['webp', 'image/webp'],
      ['jpg', 'image/jpeg'],
      ['png', 'image/png'],
    ] as const) {
      const name = freshName(128, extension);
      const bytes = randomBytes(3000);
      await storage.write(name, bytes);
      const response = await client.get(`/files/${name}`).buffer(true);
      expect(response.status).toBe(200);
      expect(Buffer.compare(response.body as Buffer, bytes)).toBe(0);
      expect(response.headers['content-type']).toBe(type);
      expect(response.headers['content-length']).toBe('3000');
      expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['content-security-policy']).toBe("default-src 'none'; sandbox");

      const head = await client.head(`/files/${name}`);
      expect(head.status).toBe(200);
      expect(head.headers['content-type']).toBe(type);

      const etag = String(response.headers.etag);
      const again = await client.get(`/files/${name}`).set('If-None-Match', etag);
      expect(again.status).toBe(304);
      expect(again.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    }
  });

  it('answers a missing name with a problem+json 404, a malformed one with a problem+json 4xx, and other methods with 405', async () => {
    const client = serveAtFiles(storage);
    const missing = await client.get(`/files/${freshName(160)}`);
    expect(missing.status).toBe(404);
    expect(missing.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(missing.body.code).toBe('not_found');
    for (const address of ['/files/..%2Fsecret.webp', '/files/.hidden', '/files/']) {
      const response = await client.get(address);
      expect([400, 404]).toContain(response.status);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
    const name = freshName(160);
    await storage.write(name, Buffer.from('x'));
    const posted = await client.post(`/files/${name}`);
    expect(posted.status).toBe(405);
    expect(posted.headers.allow).toBe('GET, HEAD');
  });
});

describe('an S3 bucket with a public URL (S3_PUBLIC_URL)', () => {
  it('points browsers at the public URL, where the bucket serves each file with its type and immutable caching', async () => {
    const storage = configured({ ...s3.env, S3_PUBLIC_URL: `${s3.publicUrl}/` });
    const name = freshName(320, 'jpg');
    const bytes = randomBytes(2000);
    await storage.write(name, bytes);
    expect(storage.urlOf(name)).toBe(`${s3.publicUrl}/${name}`);
    expect(storage.imageOrigin).toBe(s3.endpoint);

    const fetched = await fetch(storage.urlOf(name));
    expect(fetched.status).toBe(200);
    expect(Buffer.compare(Buffer.from(await fetched.arrayBuffer()), bytes)).toBe(0);
    expect(fetched.headers.get('content-type')).toBe('image/jpeg');
    expect(fetched.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('redirects /files/<name>, an address handed out before, to the public URL', async () => {
    const storage = configured({ ...s3.env, S3_PUBLIC_URL: s3.publicUrl });
    const name = freshName(160);
    const response = await serveAtFiles(storage).get(`/files/${name}`);
    expect(response.status).toBe(302);
    expect(response.headers.location).toBe(`${s3.publicUrl}/${name}`);
    expect(response.headers['cache-control']).toBe('public, max-age=86400');
  });
});
