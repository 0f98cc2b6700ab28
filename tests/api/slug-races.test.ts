import type supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { servicePointBody } from './support/service-points.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

// Two admins creating a service point, or inviting a shop, with the same name at the same
// moment both read the same free slug; the unique index then refused the second with a 500
// on PostgreSQL (issue 12, item 2). Each must now get a slug of its own.

let t: TestApp;
let admin: supertest.Agent;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.loginAs('kommun@arjeplog.example.se');
});
afterAll(() => t.close());

const atOnce = 6;

describe('slugs of things created together with the same name', () => {
  it('gives six service points created at once six distinct slugs', async () => {
    const responses = await Promise.all(
      Array.from({ length: atOnce }, () =>
        admin
          .post('/api/v1/admin/municipalities/arjeplog/service-points')
          .send(servicePointBody({ name: 'Samtidiga byn' })),
      ),
    );
    expect(responses.map((response) => response.status)).toEqual(Array(atOnce).fill(201));
    const slugs = responses.map((response) => response.body.servicePoint.slug as string);
    expect(new Set(slugs).size).toBe(atOnce);
    expect(slugs.sort()).toEqual([
      'samtidiga-byn',
      'samtidiga-byn-2',
      'samtidiga-byn-3',
      'samtidiga-byn-4',
      'samtidiga-byn-5',
      'samtidiga-byn-6',
    ]);
  });

  it('gives six shops invited at once six distinct slugs, each with its invitation', async () => {
    const responses = await Promise.all(
      Array.from({ length: atOnce }, (_, index) =>
        admin.post('/api/v1/admin/municipalities/arjeplog/shop-invitations').send({
          email: `agare-${index}@samtidig.example.se`,
          shopName: 'Samtidiga boden',
          locale: 'sv',
        }),
      ),
    );
    expect(responses.map((response) => response.status)).toEqual(Array(atOnce).fill(201));
    const slugs = responses.map((response) => response.body.shop.slug as string);
    expect(new Set(slugs).size).toBe(atOnce);
    const invited = await t.database
      .knex('invitations')
      .where('email', 'like', '%@samtidig.example.se')
      .count<{ count: number | string }[]>({ count: '*' });
    expect(Number(invited[0]?.count)).toBe(atOnce);
  });
});
