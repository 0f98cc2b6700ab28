import type supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPublishedShop, goodBody, type ShopFixture } from './support/factories.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';
import * as searchWordsMigration from '../../migrations/20261206180000_create_search_words.ts';

// "Menade du …?" (decision 0058): a search that finds nothing is answered with the query's
// misspelt words corrected, when the corrected query finds something. On SQLite and
// PostgreSQL alike (npm test and npm run test:pg run this file).

let t: TestApp;
let shop: ShopFixture;
let staff: supertest.Agent;

beforeAll(async () => {
  t = await createTestApp();
  shop = await createPublishedShop(t, { name: 'Stavningsboden', village: 'Laisvall' });
  staff = await t.loginAs(shop.staffEmail);
});
afterAll(() => t.close());

async function facetsOf(path: string, q: string, extra = '') {
  const response = await t.agent().get(`${path}?q=${encodeURIComponent(q)}${extra}`);
  expect(response.status).toBe(200);
  return response.body.facets as { total: number; didYouMean: string | null };
}

const arjeplog = '/api/v1/municipalities/arjeplog/product-facets';
const arvidsjaur = '/api/v1/municipalities/arvidsjaur/product-facets';
const region = '/api/v1/product-facets';

describe('a misspelt search', () => {
  it('mjök: nothing found, did you mean mjölk, which finds the demo’s Mellanmjölk', async () => {
    const misspelt = await facetsOf(arjeplog, 'mjök');
    expect(misspelt).toMatchObject({ total: 0, didYouMean: 'mjölk' });
    const corrected = await facetsOf(arjeplog, 'mjölk');
    expect(corrected.total).toBeGreaterThan(0);
    expect(corrected.didYouMean).toBeNull();
    const items = await t.agent().get('/api/v1/municipalities/arjeplog/products?q=mj%C3%B6lk');
    expect(items.body.items.map((item: { title: string }) => item.title)).toContain(
      'Mellanmjölk 1,5 %',
    );
  });

  it('takes a compound’s tail for the word meant only when about as long as the typo', async () => {
    await staff.post(`/api/v1/shops/${shop.id}/products`).send(goodBody({ title: 'Renkorv' }));
    await staff
      .post(`/api/v1/shops/${shop.id}/products`)
      .send(goodBody({ title: 'Mangling av dukar' }));
    // korv is the tail of renkorv, one letter from korf.
    expect((await facetsOf(arjeplog, 'korf')).didYouMean).toBe('korv');
    // ling is the tail of mangling, but two letters shorter than lingom: laundry is not lingon.
    expect((await facetsOf(arjeplog, 'lingom')).didYouMean).toBeNull();
  });

  it('finds a word typed with two neighbouring letters swapped: mjlök is mjölk', async () => {
    expect(await facetsOf(arjeplog, 'mjlök')).toMatchObject({ total: 0, didYouMean: 'mjölk' });
  });

  it('corrects only the misspelt word of several, and keeps the others as typed', async () => {
    await staff
      .post(`/api/v1/shops/${shop.id}/products`)
      .send(goodBody({ title: 'Hjortronsylt från Laisvall' }));
    expect(await facetsOf(arjeplog, 'Laisvall hjortonsylt')).toMatchObject({
      total: 0,
      didYouMean: 'Laisvall hjortronsylt',
    });
  });

  it('learns a new product’s words in the request that saves it', async () => {
    expect((await facetsOf(arjeplog, 'kantarelsoppa')).didYouMean).toBeNull();
    await staff
      .post(`/api/v1/shops/${shop.id}/products`)
      .send(goodBody({ title: 'Kantarellsoppa' }));
    expect(await facetsOf(arjeplog, 'kantarelsoppa')).toMatchObject({
      total: 0,
      didYouMean: 'kantarellsoppa',
    });
  });

  it('suggests nothing for a word like no product’s, nor for a word only a draft or an archived product has', async () => {
    expect(await facetsOf(arjeplog, 'xqzvwk')).toEqual(
      expect.objectContaining({ total: 0, didYouMean: null }),
    );
    await staff
      .post(`/api/v1/shops/${shop.id}/products`)
      .send(goodBody({ title: 'Hemligtjärnsfisk', status: 'draft' }));
    const archived = await staff
      .post(`/api/v1/shops/${shop.id}/products`)
      .send(goodBody({ title: 'Gammalrökt sik' }));
    await staff
      .patch(`/api/v1/shops/${shop.id}/products/${archived.body.product.id as string}`)
      .send({ status: 'archived' });
    expect((await facetsOf(arjeplog, 'hemligtjarnsfsk')).didYouMean).toBeNull();
    expect((await facetsOf(arjeplog, 'gammalrökr')).didYouMean).toBeNull();
  });

  it('suggests only what finds something in the galleria searched, with the filters asked', async () => {
    const neighbour = await createPublishedShop(t, { municipality: 'arvidsjaur' });
    const neighbourStaff = await t.loginAs(neighbour.staffEmail);
    await neighbourStaff
      .post(`/api/v1/shops/${neighbour.id}/products`)
      .send(goodBody({ title: 'Kokkaffe från Moskosel' }));
    // Kokkaffe is sold in Arvidsjaur only: Arjeplog's galleria is not told of it.
    expect((await facetsOf(arjeplog, 'kokkafe')).didYouMean ?? '').not.toContain('kokkaffe');
    expect((await facetsOf(arvidsjaur, 'kokkafe')).didYouMean).toBe('kokkaffe');
    expect((await facetsOf(region, 'kokkafe')).didYouMean).toBe('kokkaffe');
    // The same correction among services only finds nothing, so it is not offered.
    expect((await facetsOf(arvidsjaur, 'kokkafe', '&kind=service')).didYouMean).toBeNull();
  });

  it('does not take the start of a word for a typo', async () => {
    // "mjö" starts a word: it finds the milk and needs no correction.
    expect(await facetsOf(arjeplog, 'mjö')).toMatchObject({ didYouMean: null });
    expect((await facetsOf(arjeplog, 'mjö')).total).toBeGreaterThan(0);
  });

  it('answers a query of many misspelt words without an error', async () => {
    const response = await t
      .agent()
      .get(
        `${arjeplog}?q=${encodeURIComponent('mjök smör brod kafe ägg ost korv fisk sylt te 123 ÅÄÖ')}`,
      );
    expect(response.status).toBe(200);
  });
});

describe('the vocabulary under concurrent writes', () => {
  it('takes twelve products saved at once, sharing new words in different orders', async () => {
    const titles = ['Rökt renstek och lingon', 'Lingon och rökt renstek', 'Renstek, rökt, lingon'];
    const responses = await Promise.all(
      Array.from({ length: 12 }, (_, index) =>
        staff
          .post(`/api/v1/shops/${shop.id}/products`)
          .send(goodBody({ title: `${titles[index % 3]} ${index}` })),
      ),
    );
    expect(responses.map((response) => response.status)).toEqual(Array(12).fill(201));
    expect((await facetsOf(arjeplog, 'renstk')).didYouMean).toBe('renstek');
  });
});

describe('the vocabulary’s migration', () => {
  it('gathers the words of the products already there', async () => {
    const { knex } = t.database;
    await searchWordsMigration.down(knex);
    await searchWordsMigration.up(knex);
    // Asked for the first time, so no kept answer: the words came from the migration.
    expect((await facetsOf(arjeplog, 'mjölkk')).didYouMean).toBe('mjölk');
    expect((await facetsOf(arjeplog, 'hjortronsyllt')).didYouMean).toBe('hjortronsylt');
    const [row] = await knex('search_words')
      .where('word', 'mjolk')
      .select<{ is_whole_word: unknown }[]>('is_whole_word');
    // The demo writes "mjölk" only inside "Mellanmjölk": a compound's tail.
    expect(Boolean(row?.is_whole_word)).toBe(false);
  });
});
