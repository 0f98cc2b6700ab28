import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './support/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('a municipality admin edits their municipality', () => {
  it('reads and changes name, contact, colour and front page texts', async () => {
    const admin = await t.loginAs('kommun@arjeplog.example.se');
    const before = await admin.get('/api/v1/admin/municipalities/arjeplog');
    expect(before.status).toBe(200);
    expect(before.body.municipality).toMatchObject({
      slug: 'arjeplog',
      name: 'Arjeplog',
      regionSlug: 'norrbotten',
    });

    const frontPage = {
      title: { sv: 'Välkommen till byarna', en: 'Welcome to the villages' },
      intro: { sv: 'Handla lokalt.' },
    };
    const changed = await admin
      .patch('/api/v1/admin/municipalities/arjeplog')
      .send({ contactPhone: '0961-123 45', primaryColor: '#0B5A2A', frontPage });
    expect(changed.status).toBe(200);
    expect(changed.body.municipality).toMatchObject({
      contactPhone: '0961-123 45',
      primaryColor: '#0b5a2a',
      frontPage,
    });

    const publicView = await t.agent().get('/api/v1/municipalities/arjeplog');
    expect(publicView.body.municipality.frontPage.title.sv).toBe('Välkommen till byarna');
  });

  it('refuses invalid settings field by field and changes nothing', async () => {
    const admin = await t.loginAs('kommun@arjeplog.example.se');
    const response = await admin.patch('/api/v1/admin/municipalities/arjeplog').send({
      name: '',
      primaryColor: 'red',
      contactEmail: 'nej',
      frontPage: { title: { sv: 'x' } },
    });
    expect(response.status).toBe(400);
    const fields = (response.body.errors as { field: string }[]).map((error) => error.field);
    expect(fields).toEqual(
      expect.arrayContaining(['name', 'primaryColor', 'contactEmail', 'frontPage.intro']),
    );
    const after = await admin.get('/api/v1/admin/municipalities/arjeplog');
    expect(after.body.municipality.name).toBe('Arjeplog');
  });

  it('uploads a logo, re-encoded as responsive WebP with a PNG fallback and no metadata', async () => {
    const admin = await t.loginAs('kommun@arjeplog.example.se');
    const png = await sharp({
      create: { width: 800, height: 400, channels: 3, background: '#1d4f91' },
    })
      .png()
      .withMetadata({ exif: { IFD0: { Artist: 'Någon' } } })
      .toBuffer();
    const response = await admin
      .post('/api/v1/admin/municipalities/arjeplog/logo')
      .attach('image', png, { filename: 'logo.png', contentType: 'image/png' });
    expect(response.status).toBe(200);
    const logoUrl = response.body.municipality.logoUrl as string;
    expect(logoUrl).toMatch(/^\/files\/[0-9a-f]{32}-512\.png$/);
    expect(response.body.municipality.logo).toMatchObject({
      width: 512,
      height: 256,
      sources: [
        {
          type: 'image/webp',
          srcset: expect.stringMatching(/-128\.webp 128w, .*-512\.webp 512w$/),
        },
      ],
      fallback: { type: 'image/png', url: logoUrl },
    });
    const served = await t
      .agent()
      .get(logoUrl)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(served.status).toBe(200);
    expect(served.headers['cache-control']).toContain('immutable');
    const metadata = await sharp(served.body as Buffer).metadata();
    expect(metadata).toMatchObject({ format: 'png', width: 512, height: 256 });
    expect(metadata.exif).toBeUndefined();
  });

  it('refuses a file that only claims to be an image', async () => {
    const admin = await t.loginAs('kommun@arjeplog.example.se');
    const html = Buffer.from('<html><script>alert(1)</script></html>');
    const response = await admin
      .post('/api/v1/admin/municipalities/arjeplog/logo')
      .attach('image', html, { filename: 'logo.jpg', contentType: 'image/jpeg' });
    expect(response.status).toBe(422);
    expect(response.body.code).toBe('invalid_image');
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
    );
    const svgResponse = await admin
      .post('/api/v1/admin/municipalities/arjeplog/logo')
      .attach('image', svg, { filename: 'logo.svg', contentType: 'image/svg+xml' });
    expect(svgResponse.status).toBe(422);
  });

  it('refuses a logo upload without a file', async () => {
    const admin = await t.loginAs('kommun@arjeplog.example.se');
    const response = await admin
      .post('/api/v1/admin/municipalities/arjeplog/logo')
      .field('other', 'x');
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('validation_failed');
  });
});

describe('the region admin creates municipalities', () => {
  it('creates one in onboarding and lists it publicly', async () => {
    const region = await t.loginAs('region@example.se');
    const created = await region
      .post('/api/v1/admin/municipalities')
      .send({ name: 'Sorsele', slug: 'sorsele' });
    expect(created.status).toBe(201);
    expect(created.body.municipality).toMatchObject({ slug: 'sorsele', status: 'onboarding' });
    const list = await t.agent().get('/api/v1/municipalities');
    expect(list.body.items).toContainEqual({
      slug: 'sorsele',
      name: 'Sorsele',
      status: 'onboarding',
    });
  });

  it('refuses a taken slug with 409 and a reserved or malformed one with 400', async () => {
    const region = await t.loginAs('region@example.se');
    const taken = await region
      .post('/api/v1/admin/municipalities')
      .send({ name: 'Arjeplog igen', slug: 'arjeplog' });
    expect([taken.status, taken.body.code]).toEqual([409, 'slug_taken']);
    const reserved = await region
      .post('/api/v1/admin/municipalities')
      .send({ name: 'Konto', slug: 'konto' });
    expect([reserved.status, reserved.body.code]).toEqual([400, 'validation_failed']);
    const malformed = await region
      .post('/api/v1/admin/municipalities')
      .send({ name: 'Åsele', slug: 'Åsele' });
    expect(malformed.status).toBe(400);
  });
});
