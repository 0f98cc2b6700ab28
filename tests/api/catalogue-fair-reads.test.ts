import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPublishedShop, goodBody } from './support/factories.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

// Decision 0050: listings the public read cache cannot answer are computed in turn per
// municipality, so one municipality's storefront flooded with new questions holds back
// another municipality's residents by the reads already running, not by its whole queue.

const flood = 120;
let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
  for (const municipality of ['arjeplog', 'arvidsjaur']) {
    const shop = await createPublishedShop(t, { municipality });
    const staff = await t.loginAs(shop.staffEmail);
    for (let index = 0; index < 5; index++) {
      const created = await staff
        .post(`/api/v1/shops/${shop.id}/products`)
        .send(goodBody({ title: `Lingonsylt ${municipality} ${index}`, priceOre: 2000 + index }));
      expect(created.status).toBe(201);
    }
  }
});
afterAll(() => t.close());

describe('a flooded municipality', () => {
  it("does not hold another municipality's listing back behind its queue", async () => {
    let floodAnswered = 0;
    // Every page a new question: the cache answers none of them.
    const flooding = Array.from({ length: flood }, async (_, index) => {
      const response = await t
        .agent()
        .get(`/api/v1/municipalities/arjeplog/products?limit=24&priceMaxOre=${100_000 + index}`);
      expect(response.status).toBe(200);
      floodAnswered += 1;
    });
    // Once the first of them is answered, the others have arrived and wait their turn.
    while (floodAnswered === 0) await new Promise((resolve) => setTimeout(resolve, 1));
    const before = floodAnswered;
    const neighbour = await t
      .agent()
      .get('/api/v1/municipalities/arvidsjaur/products?limit=24&priceMaxOre=99999');
    const answeredMeanwhile = floodAnswered - before;
    await Promise.all(flooding);
    expect(neighbour.status).toBe(200);
    expect(neighbour.body.items).toHaveLength(5);
    // In one queue, ~118 of the 120 were answered first; taking turns, a few rounds of the
    // reads already running (4 at once on PostgreSQL, 2 on SQLite) and never a third of them.
    expect(answeredMeanwhile).toBeLessThan(flood / 3);
  });
});
