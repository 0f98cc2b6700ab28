import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPublishedShop, goodBody } from './support/factories.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

// A resident who searches in Finnish finds the goods shops write in Swedish (decision 0075).

let t: TestApp;
const titles = ['Fjällmjölk mellan', 'Rågbröd från Pajala', 'Renskav i bitar'];

beforeAll(async () => {
  t = await createTestApp();
  const shop = await createPublishedShop(t, { name: 'Tornedalens Lanthandel', village: 'Pajala' });
  const staff = await t.loginAs(shop.staffEmail);
  for (const title of titles) {
    const created = await staff.post(`/api/v1/shops/${shop.id}/products`).send(goodBody({ title }));
    expect(created.status).toBe(201);
  }
});
afterAll(() => t.close());

const found = async (path: string) => {
  const response = await t.agent().get(path);
  expect(response.status).toBe(200);
  return (response.body.items as { title: string }[]).map((item) => item.title);
};
const inArjeplog = (q: string) =>
  found(`/api/v1/municipalities/arjeplog/products?limit=100&q=${encodeURIComponent(q)}`);

describe('searching in Finnish', () => {
  it('finds the Swedish words of a Finnish word, also inflected and without ä', async () => {
    expect(await inArjeplog('maito')).toContain('Fjällmjölk mellan');
    expect(await inArjeplog('leipää')).toContain('Rågbröd från Pajala');
    expect(await inArjeplog('leipaa')).toContain('Rågbröd från Pajala');
    expect(await found('/api/v1/products?limit=100&q=poronliha')).not.toContain('Renskav i bitar');
    expect(await found('/api/v1/products?limit=100&q=maitoa')).toContain('Fjällmjölk mellan');
  });

  it('keeps every word of the search: a Finnish and a Swedish word together narrow it', async () => {
    expect(await inArjeplog('leipä pajala')).toEqual(['Rågbröd från Pajala']);
    expect(await inArjeplog('maito pajala')).toEqual([]);
  });

  it('counts the same goods in the filters as the list shows', async () => {
    const response = await t
      .agent()
      .get('/api/v1/municipalities/arjeplog/product-facets?q=leip%C3%A4%20pajala');
    expect(response.status).toBe(200);
    expect(response.body.facets.total).toBe(1);
  });

  it('leaves Swedish searches and unknown words as they were', async () => {
    expect(await inArjeplog('mjölk')).toContain('Fjällmjölk mellan');
    expect(await inArjeplog('voimakas')).toEqual([]);
    expect(await inArjeplog('renskav')).toContain('Renskav i bitar');
  });
});
