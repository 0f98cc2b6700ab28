import type supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWriteGeneration } from '../../server/src/db/write-generation.ts';
import { createPublishedShop, goodBody, type ShopFixture } from './support/factories.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';
import { testDatabaseKind } from './support/test-database.ts';

let t: TestApp;
let shop: ShopFixture;
let staff: supertest.Agent;
let admin: supertest.Agent;
let productId: string;

beforeAll(async () => {
  t = await createTestApp();
  shop = await createPublishedShop(t, { name: 'Kapplöpningsbutiken' });
  staff = await t.loginAs(shop.staffEmail);
  admin = await t.loginAs('kommun@arjeplog.example.se');
  const created = await staff
    .post(`/api/v1/shops/${shop.id}/products`)
    .send(goodBody({ title: 'Kapplöpningssylt', priceOre: 4500 }));
  expect(created.status).toBe(201);
  productId = created.body.product.id as string;
  if (testDatabaseKind === 'postgres') await slowDownCommitsOf(['products', 'shops']);
});
afterAll(() => t.close());

/**
 * A COMMIT that takes a while between being sent and taking effect, as on a loaded disk: a
 * deferred trigger runs at COMMIT, before other connections see the transaction. Readers that
 * arrive in that moment read the old rows, which is what the cache must not keep.
 */
async function slowDownCommitsOf(tables: string[]) {
  const { knex } = t.database;
  await knex.raw(`CREATE FUNCTION slow_commit() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN PERFORM pg_sleep(0.05); RETURN NULL; END $$`);
  for (const table of tables)
    await knex.raw(`CREATE CONSTRAINT TRIGGER slow_commit AFTER UPDATE ON ${table}
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION slow_commit()`);
}

/**
 * Residents reading `url` without pause while `write` runs; answers whose request began after
 * the write had answered are the ones that must show the new state.
 */
async function readWhileWriting(url: string, write: () => Promise<supertest.Response>) {
  let writeAnswered = false;
  let readsAfter = 0;
  const after: supertest.Response[] = [];
  async function reader() {
    while (readsAfter < 20) {
      const startedAfterWrite = writeAnswered;
      const response = await t.agent().get(url);
      if (startedAfterWrite) {
        readsAfter += 1;
        after.push(response);
      }
    }
  }
  const readers = Array.from({ length: 4 }, () => reader());
  // Let the readers fill the cache with the old state first.
  await new Promise((resolve) => setTimeout(resolve, 20));
  const written = await write();
  writeAnswered = true;
  await Promise.all(readers);
  return { written, after };
}

describe('the public read cache under concurrent reads and writes', () => {
  it('moves the write generation once the COMMIT has answered, not when it is sent', async () => {
    const generation = createWriteGeneration(t.database.knex, { ignoredTables: [] });
    // Without notices from other app servers, it always knows where it is.
    const current = () => generation.current() ?? Number.NaN;
    const whileCommitting: number[] = [];
    const onQuery = (query: { sql?: string }) => {
      if (/^\s*commit\b/i.test(query.sql ?? '')) whileCommitting.push(current());
    };
    t.database.knex.on('query', onQuery);
    try {
      await t.database.knex.transaction(async (trx) => {
        await trx('products').where({ id: productId }).update({ updated_at: t.clock.now() });
      });
    } finally {
      t.database.knex.removeListener('query', onQuery);
    }
    expect(whileCommitting).toHaveLength(1);
    // A reader that began while the COMMIT was on its way may have read the old rows: what it
    // cached must be out of reach once the transaction has answered.
    expect(current()).toBeGreaterThan(whileCommitting[0] ?? Infinity);
  });

  it('never serves an unpublished product after the PATCH answered', async () => {
    const url = `/api/v1/products/${productId}`;
    for (let cycle = 0; cycle < 5; cycle += 1) {
      const published = await staff
        .patch(`/api/v1/shops/${shop.id}/products/${productId}`)
        .send({ status: 'published' });
      expect(published.status).toBe(200);
      const { written, after } = await readWhileWriting(url, () =>
        staff.patch(`/api/v1/shops/${shop.id}/products/${productId}`).send({ status: 'draft' }),
      );
      expect(written.status).toBe(200);
      expect(after.map((response) => response.status)).toEqual(after.map(() => 404));
    }
  });

  it('never lists a suspended shop’s goods after the suspension answered', async () => {
    await staff
      .patch(`/api/v1/shops/${shop.id}/products/${productId}`)
      .send({ status: 'published' });
    const url = `/api/v1/municipalities/arjeplog/products?shop=${shop.slug}`;
    for (let cycle = 0; cycle < 5; cycle += 1) {
      const reinstated = await admin.post(`/api/v1/admin/shops/${shop.id}/reinstate`);
      expect([200, 409]).toContain(reinstated.status);
      const { written, after } = await readWhileWriting(url, () =>
        admin.post(`/api/v1/admin/shops/${shop.id}/suspend`),
      );
      expect(written.status).toBe(200);
      const listed = after.map((response) => (response.body as { items: unknown[] }).items);
      expect(listed).toEqual(after.map(() => []));
    }
  });
});
