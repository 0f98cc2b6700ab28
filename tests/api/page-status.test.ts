import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './support/test-app.ts';

// A stand-in for the built storefront: what matters is which status index.html goes out with.
const clientDir = fs.mkdtempSync(path.join(os.tmpdir(), 'e-galleria-client-'));
fs.writeFileSync(path.join(clientDir, 'index.html'), '<!doctype html><div id="root"></div>');

let t: TestApp;
let productId: string;
beforeAll(async () => {
  t = await createTestApp({ clientDir });
  const listing = await t.agent().get('/api/v1/municipalities/arjeplog/products?q=tunnbröd');
  productId = (listing.body.items as { id: string }[])[0]?.id ?? '';
});
afterAll(async () => {
  await t.close();
  fs.rmSync(clientDir, { recursive: true, force: true });
});

async function statusOf(address: string) {
  const response = await t.agent().get(address).set('Accept', 'text/html');
  return { status: response.status, isApp: response.text.includes('<div id="root">') };
}

describe('storefront addresses', () => {
  it('answer 200 with the app for pages that exist', async () => {
    for (const address of [
      '/',
      '/arjeplog',
      '/arjeplog/',
      '/kiruna',
      '/arjeplog/butiker',
      '/arjeplog/butiker/slagnas-bageri',
      '/arjeplog/servicepunkter',
      '/arjeplog/servicepunkter/laisvall-byhandel',
      '/arjeplog/sok?q=mjölk',
      `/produkter/${productId}`,
      `/arjeplog/produkter/${productId}`,
      '/kopvillkor',
      '/integritet',
      '/angerratt',
      '/kakor',
      '/logga-in',
      '/dev/mailbox',
    ])
      expect(await statusOf(address), address).toEqual({ status: 200, isApp: true });
  });

  it('answer 404 with the app, which shows its own not-found page, where no page is', async () => {
    for (const address of [
      '/finns-inte',
      '/arjeplog/finns-inte',
      '/arjeplog/butiker/ingen-sadan-butik',
      '/finns-inte/butiker',
      '/arjeplog/servicepunkter/ingen-sadan-punkt',
      '/produkter/00000000-0000-7000-8000-000000000000',
      '/a/b/c/d/e/f/g',
      '/%E0%A4%A',
    ])
      expect(await statusOf(address), address).toEqual({ status: 404, isApp: true });
  });

  it('answer 200 for pages behind a login, whose page says what the visitor may see', async () => {
    expect((await statusOf('/konto/butiker/ingen-sadan-butik')).status).toBe(200);
    expect((await statusOf('/admin/kommun/arjeplog/butiker')).status).toBe(200);
  });

  it('keep unknown API paths and assets as plain 404s, never the app', async () => {
    const api = await t.agent().get('/api/v1/finns-inte').set('Accept', 'text/html');
    expect([api.status, api.body.code]).toEqual([404, 'not_found']);
    const asset = await t.agent().get('/assets/finns-inte.js');
    expect(asset.status).toBe(404);
    expect(asset.text).not.toContain('<div id="root">');
  });
});

describe('the demo mailbox page', () => {
  it('is a 404 where demo mode is off, as its API is', async () => {
    const production = await createTestApp({ clientDir, env: { DEMO: '0' } });
    try {
      const response = await production.agent().get('/dev/mailbox').set('Accept', 'text/html');
      expect(response.status).toBe(404);
    } finally {
      await production.close();
    }
  });
});
