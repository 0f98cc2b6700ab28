import type supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './support/test-app.ts';

/** The subsidy's dated rules as the region admin keeps them (decision 0038). */
let t: TestApp;
let region: supertest.Agent;

const rules = '/api/v1/admin/region/subsidy-rules';

beforeAll(async () => {
  t = await createTestApp();
  region = await t.loginAs('region@example.se');
});
afterAll(() => t.close());

type Listed = {
  rules: { id: string; validFrom: string; validTo: string | null; capPerDeliveryOre: number }[];
  priceBaseAmounts: { year: number; amountOre: number }[];
};

describe('the subsidy rules', () => {
  it('are seeded: 60 kr from 2011, 100 kr from 2024, the price base amounts by year', async () => {
    const response = await region.get(rules);
    expect(response.status).toBe(200);
    const body = response.body as Listed;
    expect(body.rules).toEqual([
      expect.objectContaining({
        validFrom: '2011-01-01',
        validTo: '2023-12-31',
        capPerDeliveryOre: 6_000,
        shareBasisPoints: 5_000,
      }),
      expect.objectContaining({
        validFrom: '2024-01-01',
        validTo: null,
        capPerDeliveryOre: 10_000,
        shareBasisPoints: 5_000,
      }),
    ]);
    expect(body.priceBaseAmounts).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ year: 2024, amountOre: 5_730_000 }),
        expect.objectContaining({ year: 2025, amountOre: 5_880_000 }),
        expect.objectContaining({ year: 2026, amountOre: 5_920_000 }),
      ]),
    );
  });

  it('refuses an overlapping period, an end before the start and amounts that are not positive, changing nothing', async () => {
    const before = (await region.get(rules)).body as Listed;
    const cases = [
      [
        {
          validFrom: '2030-01-01',
          validTo: null,
          capPerDeliveryOre: 12_000,
          shareBasisPoints: 5_000,
        },
        'validFrom',
        'period_overlaps',
      ],
      [
        {
          validFrom: '2010-01-01',
          validTo: '2009-12-31',
          capPerDeliveryOre: 5_000,
          shareBasisPoints: 5_000,
        },
        'validTo',
        'ends_before_starts',
      ],
      [
        {
          validFrom: '2005-01-01',
          validTo: '2005-12-31',
          capPerDeliveryOre: 0,
          shareBasisPoints: 5_000,
        },
        'capPerDeliveryOre',
        'too_small',
      ],
      [
        {
          validFrom: '2005-01-01',
          validTo: '2005-12-31',
          capPerDeliveryOre: 100,
          shareBasisPoints: 10_001,
        },
        'shareBasisPoints',
        'too_big',
      ],
    ] as const;
    for (const [body, field, code] of cases) {
      const response = await region.post(rules).send(body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(response.body.errors).toEqual([expect.objectContaining({ field, code })]);
    }
    const negative = await region.put('/api/v1/admin/region/price-base-amounts/2027').send({
      amountOre: -1,
    });
    expect(negative.status).toBe(400);
    expect((await region.get(rules)).body).toEqual(before);
  });

  it('closes the open period and adds the next, and sets a year’s price base amount', async () => {
    const open = ((await region.get(rules)).body as Listed).rules[1];
    const closed = await region.put(`${rules}/${open?.id ?? ''}`).send({
      validFrom: '2024-01-01',
      validTo: '2029-12-31',
      capPerDeliveryOre: 10_000,
      shareBasisPoints: 5_000,
    });
    expect(closed.status).toBe(200);
    const added = await region.post(rules).send({
      validFrom: '2030-01-01',
      validTo: null,
      capPerDeliveryOre: 12_000,
      shareBasisPoints: 5_000,
    });
    expect(added.status).toBe(201);
    expect((added.body as Listed).rules.map((rule) => rule.validFrom)).toEqual([
      '2011-01-01',
      '2024-01-01',
      '2030-01-01',
    ]);
    const amount = await region
      .put('/api/v1/admin/region/price-base-amounts/2027')
      .send({ amountOre: 6_000_000 });
    expect(amount.status).toBe(200);
    expect((amount.body as Listed).priceBaseAmounts).toContainEqual(
      expect.objectContaining({ year: 2027, amountOre: 6_000_000 }),
    );
    const removed = await region.delete(`${rules}/${(added.body as Listed).rules[2]?.id ?? ''}`);
    expect(removed.status).toBe(200);
    expect((removed.body as Listed).rules).toHaveLength(2);
  });

  it('keeps one of two overlapping rules saved at the same moment', async () => {
    const other = await t.loginAs('region@example.se');
    // A year per try, each after the last: earlier tries leave nothing the next one meets.
    for (const year of [2031, 2032, 2033, 2034, 2035]) {
      const responses = await Promise.all([
        region.post(rules).send({
          validFrom: `${year}-01-01`,
          validTo: `${year}-12-31`,
          capPerDeliveryOre: 12_000,
          shareBasisPoints: 5_000,
        }),
        other.post(rules).send({
          validFrom: `${year}-06-01`,
          validTo: `${year}-06-30`,
          capPerDeliveryOre: 15_000,
          shareBasisPoints: 5_000,
        }),
      ]);
      const statuses = responses.map((response) => response.status).sort();
      expect(statuses[0]).toBe(201);
      expect(statuses[1]).toBeGreaterThanOrEqual(400);
      const refused = responses.find((response) => response.status !== 201);
      expect(refused?.body.errors).toEqual([expect.objectContaining({ code: 'period_overlaps' })]);
    }
    const kept = ((await region.get(rules)).body as Listed).rules.filter(
      (rule) => rule.validFrom > '2030-12-31',
    );
    expect(kept).toHaveLength(5);
  });
});
