import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPublishedShop } from './support/factories.ts';
import { servicePointBody } from './support/service-points.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

// Neither engine sorts Swedish by itself: SQLite compares bytes (Ä before Å) and the test
// PostgreSQL's collation is C.UTF-8, so these lists fail on both without the service's order.
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const names = (items: { name: string }[]) => items.map((item) => item.name);

describe('lists of places are in Swedish order, Å, Ä and Ö after Z', () => {
  it('lists the region’s municipalities with Åsele after Piteå and before Älvsbyn', async () => {
    const regionAdmin = await t.loginAs('region@example.se');
    const created = await regionAdmin
      .post('/api/v1/admin/municipalities')
      .send({ name: 'Åsele', slug: 'asele' });
    expect(created.status).toBe(201);

    const response = await t.agent().get('/api/v1/municipalities');
    expect(response.status).toBe(200);
    expect(names(response.body.items).slice(-6)).toEqual([
      'Pajala',
      'Piteå',
      'Åsele',
      'Älvsbyn',
      'Överkalix',
      'Övertorneå',
    ]);
    const adminList = await regionAdmin.get('/api/v1/admin/municipalities');
    expect(names(adminList.body.items).indexOf('Åsele')).toBe(
      names(adminList.body.items).indexOf('Älvsbyn') - 1,
    );
  });

  it('lists service points, publicly and for the admin, in Swedish order', async () => {
    const admin = await t.loginAs('kommun@arjeplog.example.se');
    for (const name of ['Ödeby servicepunkt', 'Åkerby servicepunkt', 'Ärtbyn servicepunkt']) {
      const response = await admin
        .post('/api/v1/admin/municipalities/arjeplog/service-points')
        .send(servicePointBody({ name }));
      expect(response.status).toBe(201);
    }
    const expected = ['Åkerby servicepunkt', 'Ärtbyn servicepunkt', 'Ödeby servicepunkt'];
    const publicList = await t.agent().get('/api/v1/municipalities/arjeplog/service-points');
    expect(names(publicList.body.items).slice(-3)).toEqual(expected);
    const adminList = await admin.get('/api/v1/admin/municipalities/arjeplog/service-points');
    expect(names(adminList.body.items).slice(-3)).toEqual(expected);
  });

  it('lists a galleria’s shops, publicly and for the admin, in Swedish order', async () => {
    for (const [name, village] of [
      ['Östra Handeln', 'Östra byn'],
      ['Åkerns Gård', 'Åkerby'],
      ['Zebrans Kiosk', 'Zinkby'],
      ['Ängens Blommor', 'Ängsby'],
    ] as const)
      await createPublishedShop(t, { name, village });
    const shops = await t.agent().get('/api/v1/municipalities/arjeplog/shops');
    expect(names(shops.body.items).slice(-4)).toEqual([
      'Zebrans Kiosk',
      'Åkerns Gård',
      'Ängens Blommor',
      'Östra Handeln',
    ]);
    const admin = await t.loginAs('kommun@arjeplog.example.se');
    const adminShops = await admin.get('/api/v1/admin/municipalities/arjeplog/shops');
    expect(names(adminShops.body.items).slice(-4)).toEqual(names(shops.body.items).slice(-4));
  });
});
