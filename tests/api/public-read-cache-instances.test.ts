import knex from 'knex';
import type supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase } from '../../server/src/db/database.ts';
import { createWriteGeneration } from '../../server/src/db/write-generation.ts';
import { createWriteNotices } from '../../server/src/db/write-notices.ts';
import { createPublicReadCache } from '../../server/src/http/public-read-cache.ts';
import { createPublishedShop, goodBody, type ShopFixture } from './support/factories.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';
import { testDatabaseKind } from './support/test-database.ts';
import { waitFor } from '../support/wait-for.ts';

// Decision 0049: on PostgreSQL, app servers sharing a database hear each other's writes, so a
// change made through one is on every one's next public read, not after the cache's 5 s.

let first: TestApp;
let second: TestApp;
let shop: ShopFixture;
let staff: supertest.Agent;
let productId: string;

beforeAll(async () => {
  first = await createTestApp();
  second = await createTestApp({ sameDatabaseAs: first });
  shop = await createPublishedShop(first, { name: 'Tvåservrarnas bod' });
  staff = await first.loginAs(shop.staffEmail);
  const created = await staff
    .post(`/api/v1/shops/${shop.id}/products`)
    .send(goodBody({ title: 'Hjortronsylt 0', priceOre: 4500 }));
  expect(created.status).toBe(201);
  productId = created.body.product.id as string;
});
afterAll(async () => {
  await second.close();
  await first.close();
});

const listingUrl = () => `/api/v1/municipalities/arjeplog/products?shop=${shop.slug}`;
const titlesListedBy = async (app: TestApp) =>
  ((await app.agent().get(listingUrl())).body as { items: { title: string }[] }).items.map(
    (item) => item.title,
  );

async function retitle(title: string) {
  const changed = await staff
    .patch(`/api/v1/shops/${shop.id}/products/${productId}`)
    .send({ title });
  expect(changed.status).toBe(200);
}

if (testDatabaseKind === 'postgres') {
  describe('two app servers on one PostgreSQL database', () => {
    it('lists a product changed through one on the other as soon as the notice arrives', async () => {
      for (let round = 1; round <= 20; round += 1) {
        // The other's cache holds the listing and the product page as they were.
        expect(await titlesListedBy(second)).toEqual([`Hjortronsylt ${round - 1}`]);
        expect(await titlesListedBy(second)).toEqual([`Hjortronsylt ${round - 1}`]);
        await second.agent().get(`/api/v1/products/${productId}`);
        await retitle(`Hjortronsylt ${round}`);
        // The other server hears of the write a moment after the writer answered (its
        // listening connection has to be read; decision 0049): within 250 ms, far inside the
        // cache's 5 s time limit.
        await waitFor(
          async () => (await titlesListedBy(second))[0] === `Hjortronsylt ${round}`,
          250,
          'the other server lists the new title',
        );
        expect(await titlesListedBy(second)).toEqual([`Hjortronsylt ${round}`]);
        const page = await second.agent().get(`/api/v1/products/${productId}`);
        expect(page.body.product.title).toBe(`Hjortronsylt ${round}`);
      }
    });

    it('hears the others again after its listening connection was cut', async () => {
      const notices = second.database.writeNotices;
      if (!notices) throw new Error('PostgreSQL has write notices');
      await retitle('Hjortronsylt före avbrottet');
      expect(await titlesListedBy(second)).toEqual(['Hjortronsylt före avbrottet']);
      // What an idle-connection reaper or a restarted pooler does to the listening connection.
      await first.database.knex.raw(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
          WHERE datname = current_database() AND application_name = 'e-galleria write notices'`,
      );
      await waitFor(() => !notices.isListening());
      await waitFor(() => notices.isListening());
      await retitle('Hjortronsylt efter avbrottet');
      expect(await titlesListedBy(second)).toEqual(['Hjortronsylt efter avbrottet']);
    });

    it('caches nothing while it cannot hear the others, and caches again once it can', async () => {
      const writer = createDatabase(first.database.url);
      // Notices that can never connect: a closed port.
      const deaf = createWriteNotices({
        connectionString: 'postgres://postgres@127.0.0.1:9/nothing',
        pool: writer.knex,
      });
      const hearing = createWriteNotices({
        connectionString: first.database.url,
        pool: writer.knex,
      });
      try {
        const deafGeneration = createWriteGeneration(writer.knex, {
          ignoredTables: [],
          notices: deaf,
        });
        const hearingGeneration = createWriteGeneration(writer.knex, {
          ignoredTables: [],
          notices: hearing,
        });
        await hearing.listening();
        expect(deafGeneration.current()).toBeNull();
        expect(hearingGeneration.current()).not.toBeNull();
        const reads = { deaf: 0, hearing: 0 };
        const deafCache = createPublicReadCache({
          generation: deafGeneration.current,
          ttlMs: 60_000,
          maxBytes: 1024 * 1024,
        });
        const hearingCache = createPublicReadCache({
          generation: hearingGeneration.current,
          ttlMs: 60_000,
          maxBytes: 1024 * 1024,
        });
        for (let read = 0; read < 3; read += 1) {
          await deafCache.json('front page', () => Promise.resolve((reads.deaf += 1)));
          await hearingCache.json('front page', () => Promise.resolve((reads.hearing += 1)));
        }
        expect(reads).toEqual({ deaf: 3, hearing: 1 });
      } finally {
        await deaf.close();
        await hearing.close();
        await writer.close();
      }
    });

    it('is told about the others’ writes, not about its own', async () => {
      const told: string[] = [];
      const elsewhere = knex({ client: 'pg', connection: first.database.url });
      const notices = createWriteNotices({ connectionString: first.database.url, pool: elsewhere });
      try {
        notices.onOtherWrites(() => told.push('write'));
        await notices.listening();
        told.length = 0;
        await notices.announce();
        await elsewhere.raw(`SELECT pg_notify('e_galleria_writes', 'another app')`);
        await waitFor(() => told.length === 1);
        await new Promise((resolve) => setTimeout(resolve, 50));
        expect(told).toEqual(['write']);
      } finally {
        await notices.close();
        await elsewhere.destroy();
      }
    });
  });
} else {
  describe('one app server per SQLite file', () => {
    it('has no other app servers to hear, so it never waits for them', async () => {
      expect(first.database.writeNotices).toBeNull();
      await retitle('Hjortronsylt ensam');
      expect(await titlesListedBy(first)).toEqual(['Hjortronsylt ensam']);
    });
  });
}
