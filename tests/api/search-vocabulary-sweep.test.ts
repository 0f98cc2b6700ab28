import type supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPublishedShop, goodBody, type ShopFixture } from './support/factories.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';
import { testDatabaseKind } from './support/test-database.ts';
import { searchWordsOf } from '@e-galleria/shared/search-text';
import { writeSearchWords } from '../../server/src/db/search-index.ts';

// The nightly sweep of the search's vocabulary (decision 0061): words no product uses any
// more (a good or a shop renamed) leave it; the words in use stay, and misspellings of them
// are still corrected. On SQLite and PostgreSQL alike (npm test and npm run test:pg).

let t: TestApp;
let shop: ShopFixture;
let owner: supertest.Agent;
let staff: supertest.Agent;

beforeAll(async () => {
  t = await createTestApp();
  shop = await createPublishedShop(t, { name: 'Karin Karlströms Handel' });
  owner = await t.loginAs(shop.ownerEmail);
  staff = await t.loginAs(shop.staffEmail);
});
afterAll(() => t.close());

/** Which of these folded words the vocabulary holds, and whether each is marked whole. */
async function vocabulary(...words: string[]) {
  const rows = await t.database
    .knex('search_words')
    .whereIn('word', words)
    .orderBy('word')
    .select<{ word: string; is_whole_word: boolean | number }[]>('word', 'is_whole_word');
  return Object.fromEntries(rows.map((row) => [row.word, Boolean(row.is_whole_word)]));
}

async function didYouMean(q: string) {
  const response = await t
    .agent()
    .get(`/api/v1/municipalities/arjeplog/product-facets?q=${encodeURIComponent(q)}`);
  expect(response.status).toBe(200);
  return (response.body.facets as { didYouMean: string | null }).didYouMean;
}

describe('the nightly sweep of the search vocabulary', () => {
  it("takes out a renamed good's and a renamed shop's old words, and keeps every word in use", async () => {
    const created = await staff
      .post(`/api/v1/shops/${shop.id}/products`)
      .send(goodBody({ title: 'Hjortronsylt' }));
    expect(created.status).toBe(201);
    const productId = created.body.product.id as string;
    expect(
      (
        await staff
          .patch(`/api/v1/shops/${shop.id}/products/${productId}`)
          .send({ title: 'Lingonsylt' })
      ).status,
    ).toBe(200);
    expect(
      (await owner.patch(`/api/v1/shops/${shop.id}`).send({ name: 'Laisvalls Bärbod' })).status,
    ).toBe(200);
    // Before the sweep: the old words are still there, never suggested.
    expect(await vocabulary('hjortronsylt', 'karlstroms', 'lingonsylt', 'barbod')).toEqual({
      barbod: true,
      hjortronsylt: true,
      karlstroms: true,
      lingonsylt: true,
    });
    const before = await t.database.knex('search_words').count<{ n: number }[]>('* as n');

    const swept = await t.services.sweepSearchVocabulary();

    expect(await vocabulary('hjortronsylt', 'karlstroms', 'lingonsylt', 'barbod')).toEqual({
      barbod: true,
      lingonsylt: true,
    });
    // "sylt" is a tail of Lingonsylt: it stays, as a tail only.
    expect(await vocabulary('sylt', 'gonsylt')).toEqual({ gonsylt: false, sylt: false });
    const after = await t.database.knex('search_words').count<{ n: number }[]>('* as n');
    expect(Number(after[0]?.n)).toBe(Number(before[0]?.n) - swept.removed);
    expect(swept.removed).toBeGreaterThanOrEqual(3);
    expect(swept.kept).toBe(Number(after[0]?.n));
    // The demo's goods keep their words, and misspellings are still corrected.
    expect(await didYouMean('mjök')).toBe('mjölk');
    expect(await didYouMean('lingonsylr')).toBe('lingonsylt');
    expect(await didYouMean('hjortronsylr')).toBeNull();
    if (testDatabaseKind === 'sqlite') {
      // Each word's trigrams go with it (migration 20261207010000's trigger).
      const [trigrams] = await t.database
        .knex('search_word_trigrams')
        .count<{ n: number }[]>('* as n');
      expect(Number(trigrams?.n)).toBe(Number(after[0]?.n));
    }
    // A second sweep finds nothing more to take out.
    expect(await t.services.sweepSearchVocabulary()).toMatchObject({ removed: 0 });
  });

  it('marks a word no longer used whole as a tail only, where a longer word still ends in it', async () => {
    const created = await staff
      .post(`/api/v1/shops/${shop.id}/products`)
      .send(goodBody({ title: 'Hallon' }));
    expect(created.status).toBe(201);
    await staff.post(`/api/v1/shops/${shop.id}/products`).send(goodBody({ title: 'Frysthallon' }));
    expect(await vocabulary('hallon')).toEqual({ hallon: true });
    await staff
      .patch(`/api/v1/shops/${shop.id}/products/${created.body.product.id as string}`)
      .send({ title: 'Vinbär' });
    const swept = await t.services.sweepSearchVocabulary();
    expect(swept.noLongerWhole).toBeGreaterThanOrEqual(1);
    expect(await vocabulary('hallon', 'vinbar', 'frysthallon')).toEqual({
      frysthallon: true,
      hallon: false,
      vinbar: true,
    });
  });

  it('keeps the words of a good saved while the sweep runs', async () => {
    const titles = ['Smultronsaft', 'Blåbärssoppa', 'Kråkbärssaft', 'Nyponsoppa'];
    const [swept, ...saved] = await Promise.all([
      t.services.sweepSearchVocabulary(),
      ...titles.map((title) =>
        staff.post(`/api/v1/shops/${shop.id}/products`).send(goodBody({ title })),
      ),
    ]);
    expect(saved.map((response) => response.status)).toEqual([201, 201, 201, 201]);
    // The earlier sweeps left nothing stale, and none of the new words may go.
    expect(swept.removed).toBe(0);
    expect(
      Object.keys(await vocabulary('smultronsaft', 'blabarssoppa', 'krakbarssaft', 'nyponsoppa')),
    ).toHaveLength(4);
    for (const misspelt of ['smultronsft', 'nypomsoppa'])
      expect(await didYouMean(misspelt)).not.toBeNull();
  });

  it('does not take out a word a save in progress uses again: it waits for the save', async () => {
    // A word no product uses any more, still in the vocabulary before the sweep.
    const created = await staff
      .post(`/api/v1/shops/${shop.id}/products`)
      .send(goodBody({ title: 'Åkerbärssaft' }));
    const productId = created.body.product.id as string;
    await staff.patch(`/api/v1/shops/${shop.id}/products/${productId}`).send({ title: 'Saft' });
    expect(await vocabulary('akerbarssaft')).toEqual({ akerbarssaft: true });
    // A save that gives a good that title again, as product-writes.ts does in its
    // transaction: the product, then its words (here already there, so nothing inserted).
    const save = await t.database.knex.transaction();
    await save('products').where({ id: productId }).update({ title: 'Åkerbärssaft' });
    await writeSearchWords(save, searchWordsOf('Åkerbärssaft'));
    const sweeping = t.services.sweepSearchVocabulary();
    await new Promise((resolve) => setTimeout(resolve, 300));
    await save.commit();
    await sweeping;
    expect(await vocabulary('akerbarssaft')).toEqual({ akerbarssaft: true });
  });
});
