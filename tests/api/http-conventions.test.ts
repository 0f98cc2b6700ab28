import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, publicUrl, type TestApp } from './support/test-app.ts';
import { testDatabaseKind } from './support/test-database.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('health and the public municipality list', () => {
  it('reports ok and which database it runs on', async () => {
    const response = await t.agent().get('/api/health');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: 'ok', database: testDatabaseKind });
  });

  it('lists the 14 Norrbotten municipalities with their slugs and statuses', async () => {
    const response = await t.agent().get('/api/v1/municipalities');
    expect(response.status).toBe(200);
    const items = response.body.items as { slug: string; name: string; status: string }[];
    expect(items.map((item) => item.slug).sort()).toEqual(
      [
        'alvsbyn',
        'arjeplog',
        'arvidsjaur',
        'boden',
        'gallivare',
        'haparanda',
        'jokkmokk',
        'kalix',
        'kiruna',
        'lulea',
        'overkalix',
        'overtornea',
        'pajala',
        'pitea',
      ].sort(),
    );
    const active = items
      .filter((item) => item.status === 'active')
      .map((item) => item.slug)
      .sort();
    expect(active).toEqual(['arjeplog', 'arvidsjaur', 'gallivare']);
    expect(items.find((item) => item.slug === 'gallivare')?.name).toBe('Gällivare');
  });

  it('shows a municipality’s public profile and 404s an unknown one', async () => {
    const found = await t.agent().get('/api/v1/municipalities/arjeplog');
    expect(found.status).toBe(200);
    expect(found.body.municipality.frontPage.title.sv).toContain('Arjeplog');
    const missing = await t.agent().get('/api/v1/municipalities/atlantis');
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe('not_found');
  });
});

describe('errors are problem+json, never a 500', () => {
  it('answers an unknown API path with 404 problem+json and a request id', async () => {
    const response = await t.agent().get('/api/v1/no-such-thing');
    expect(response.status).toBe(404);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.body).toMatchObject({ status: 404, code: 'not_found' });
    expect(response.body.requestId).toBe(response.headers['x-request-id']);
  });

  it('refuses malformed JSON with invalid_json', async () => {
    const response = await t
      .agent()
      .post('/api/v1/auth/login')
      .set('Content-Type', 'application/json')
      .send('{"email": "a@example.se", ');
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('invalid_json');
  });

  it('refuses unknown fields and names each bad field', async () => {
    const response = await t
      .agent()
      .post('/api/v1/auth/register')
      .send({ email: 'not-an-email', password: 'short', name: 'X', isAdmin: true });
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('validation_failed');
    const fields = (response.body.errors as { field: string }[]).map((error) => error.field);
    expect(fields).toEqual(expect.arrayContaining(['email', 'password', 'isAdmin']));
  });

  it('refuses a huge body with 413', async () => {
    const response = await t
      .agent()
      .post('/api/v1/auth/login')
      .send({ email: 'a@example.se', password: 'x'.repeat(200_000) });
    expect(response.status).toBe(413);
    expect(response.body.code).toBe('payload_too_large');
  });

  it('refuses a body that is not JSON with 415', async () => {
    const form = await t
      .agent()
      .post('/api/v1/auth/login')
      .type('form')
      .send('email=a@example.se&password=x');
    expect(form.status).toBe(415);
    expect(form.body.code).toBe('unsupported_media_type');
    const text = await t
      .agent()
      .post('/api/v1/auth/login')
      .set('Content-Type', 'text/plain')
      .send('hello');
    expect(text.status).toBe(415);
  });

  it('refuses JSON that is not an object, and a malformed path', async () => {
    const array = await t.agent().post('/api/v1/auth/login').send([1, 2]);
    expect(array.status).toBe(400);
    expect(array.body.code).toBe('validation_failed');
    const badPath = await t.agent().get('/api/v1/municipalities/%E0%A4%A');
    expect(badPath.status).toBeGreaterThanOrEqual(400);
    expect(badPath.status).toBeLessThan(500);
  });
});

describe('cross-site request forgery protection', () => {
  it('rejects a state-changing request from another site', async () => {
    const response = await t
      .agent()
      .post('/api/v1/auth/login')
      .set('Origin', 'https://evil.example.com')
      .send({ email: 'region@example.se', password: 'galleria-demo' });
    expect(response.status).toBe(403);
    expect(response.body.code).toBe('cross_site_request_rejected');
  });

  it('rejects a cross-site request the browser labels by Sec-Fetch-Site', async () => {
    const response = await t
      .agent()
      .post('/api/v1/auth/logout')
      .set('Sec-Fetch-Site', 'cross-site');
    expect(response.status).toBe(403);
  });

  it('accepts a request whose Origin is PUBLIC_URL', async () => {
    const response = await t
      .agent()
      .post('/api/v1/auth/login')
      .set('Origin', publicUrl)
      .send({ email: 'region@example.se', password: 'galleria-demo' });
    expect(response.status).toBe(200);
  });
});

describe('security headers', () => {
  it('sends a strict Content-Security-Policy without inline script', async () => {
    const response = await t.agent().get('/api/health');
    const csp = response.headers['content-security-policy'] as string;
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-powered-by']).toBeUndefined();
  });
});

describe('in production', () => {
  it('sets a Secure __Host- session cookie and HSTS', async () => {
    const production = await createTestApp({
      env: {
        NODE_ENV: 'production',
        PUBLIC_URL: 'https://galleria.example.se',
        SMTP_URL: 'smtp://127.0.0.1:2525',
        SERVER_SECRET: 'a-production-secret-of-at-least-32-characters',
      },
    });
    try {
      const login = await production
        .agent()
        .post('/api/v1/auth/login')
        .send({ email: 'region@example.se', password: 'galleria-demo' });
      expect(login.status).toBe(200);
      const cookie = login.headers['set-cookie']?.[0] ?? '';
      expect(cookie).toMatch(/^__Host-galleria_session=/);
      expect(cookie).toContain('Secure');
      expect(cookie).toContain('HttpOnly');
      expect(login.headers['strict-transport-security']).toContain('max-age=31536000');
      expect((await production.agent().get('/api/v1/dev/mailbox')).status).toBe(404);
    } finally {
      await production.close();
    }
  });
});
