import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import express from 'express';
import supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientApp } from './client-app.ts';
import { compressResponses } from './compress-responses.ts';

const script = `export const greeting = ${JSON.stringify('hej '.repeat(2000))};\n`;
let clientDir: string;
let request: supertest.Agent;

/** A built storefront as `npm run build` leaves it: each text file with its two twins. */
beforeAll(() => {
  clientDir = fs.mkdtempSync(path.join(os.tmpdir(), 'e-galleria-client-'));
  fs.mkdirSync(path.join(clientDir, 'assets'));
  const asset = path.join(clientDir, 'assets', 'app-abc123.js');
  fs.writeFileSync(asset, script);
  fs.writeFileSync(`${asset}.br`, zlib.brotliCompressSync(script));
  fs.writeFileSync(`${asset}.gz`, zlib.gzipSync(script));
  fs.writeFileSync(path.join(clientDir, 'index.html'), '<!doctype html><title>e-galleria</title>');
  fs.writeFileSync(path.join(clientDir, 'sw.js'), 'self.addEventListener("fetch", () => {});');
  const app = express();
  app.use(compressResponses());
  app.use(
    clientApp(
      clientDir,
      () => Promise.resolve(200),
      () => Promise.resolve({ kind: 'app-shell' }),
    ),
  );
  request = supertest.agent(app);
});
afterAll(() => fs.rmSync(clientDir, { recursive: true, force: true }));

/** The body exactly as sent, not decoded. */
async function rawGet(url: string, acceptEncoding: string) {
  const response = await request
    .get(url)
    .set('Accept-Encoding', acceptEncoding)
    .buffer(true)
    .parse((stream, done) => {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => done(null, Buffer.concat(chunks)));
    });
  return { response, bytes: response.body as Buffer };
}

describe('the built storefront goes out compressed at build time', () => {
  it('sends the brotli twin of a script to a browser that takes brotli, as JavaScript', async () => {
    const { response } = await rawGet('/assets/app-abc123.js', 'gzip, deflate, br');
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['content-type']).toMatch(/^(text|application)\/javascript/);
    expect(response.headers.vary).toMatch(/Accept-Encoding/i);
    expect(response.headers['cache-control']).toContain('immutable');
    expect(Number(response.headers['content-length'])).toBe(
      fs.statSync(path.join(clientDir, 'assets', 'app-abc123.js.br')).size,
    );
  });

  it('sends the gzip twin to a browser that takes only gzip', async () => {
    const { response } = await rawGet('/assets/app-abc123.js', 'gzip');
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(response.headers['content-type']).toMatch(/javascript/);
  });

  it('sends the file itself to a client that takes no encoding', async () => {
    const { response, bytes } = await rawGet('/assets/app-abc123.js', 'identity');
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(bytes.toString('utf8')).toBe(script);
  });

  it('answers a missing asset 404, also when the browser takes brotli', async () => {
    const { response } = await rawGet('/assets/gone-000.js', 'br');
    expect(response.status).toBe(404);
  });

  it('serves the service worker uncached, so an update reaches the phone at once', async () => {
    const { response } = await rawGet('/sw.js', 'br');
    expect(response.status).toBe(200);
    expect(response.headers['cache-control']).toBe('no-cache');
  });

  it('answers a page address with index.html, never cached', async () => {
    const response = await request.get('/arjeplog/butiker').set('Accept', 'text/html');
    expect(response.status).toBe(200);
    expect(response.text).toContain('<title>e-galleria</title>');
    expect(response.headers['cache-control']).toBe('no-cache');
  });
});
