import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCheckoutShop, type CheckoutShop } from './support/checkout.ts';
import { placeOrder, stepOrder } from './support/orders.ts';
import { createShoppingWorld } from './support/shopping-world.ts';
import type { TestApp } from './support/test-app.ts';

let t: TestApp;
let shop: CheckoutShop;
let goods: Record<'bread' | 'candle', string>;

// Monday 30 November 2026 in Sweden; the orders are placed on the Monday and the Tuesday.
const period = '?from=2026-11-30&to=2026-12-01';

beforeAll(async () => {
  const world = await createShoppingWorld({
    shops: { shop: { name: 'Kassabutiken' } },
    goods: {
      bread: { shop: 'shop', title: 'Tunnbröd', priceOre: 5300, stock: 50 },
      candle: { shop: 'shop', title: 'Ljus', priceOre: 12500, stock: 50, vatClass: 'standard' },
    },
    logIn: ['resident'],
  });
  ({ t, goods } = world);
  shop = world.shops.shop;
  const { resident } = world;
  // Monday: bread ×2 and a candle, both collected; one cancelled order does not count.
  const monday = await placeOrder(resident, shop, goods.bread, { quantity: 2 });
  await stepOrder(shop, monday.orderId, ['accept', 'pack', 'mark-ready', 'collect']);
  await placeOrder(resident, shop, goods.candle);
  const cancelled = await placeOrder(resident, shop, goods.candle, { quantity: 3 });
  await resident.post(
    `/api/v1/checkouts/${cancelled.checkoutId}/orders/${cancelled.orderId}/cancel`,
  );
  // Tuesday 00:30 in Sweden is still Monday in UTC: it counts for Tuesday.
  t.clock.advance(Date.parse('2026-11-30T23:30:00Z') - t.clock.now());
  await placeOrder(resident, shop, goods.bread);
  // Wednesday is outside the period.
  t.clock.advance(86_400_000);
  await placeOrder(resident, shop, goods.candle);
});
afterAll(() => t.close());

describe('a shop’s sales', () => {
  it('sums orders, totals and VAT per rate over the period and per Swedish day', async () => {
    const response = await shop.owner.get(`/api/v1/shops/${shop.id}/sales${period}`);
    expect(response.status).toBe(200);
    const { sales } = response.body;
    expect(sales).toMatchObject({
      from: '2026-11-30',
      to: '2026-12-01',
      orderCount: 3,
      totalOre: 2 * 5300 + 12500 + 5300,
      payAtPickupOre: 28400,
      cardOre: 0,
      transferredOre: 0,
      feeOre: 0,
    });
    expect(sales.vat).toEqual([
      { rateBasisPoints: 2500, grossOre: 12500, vatOre: 2500 },
      { rateBasisPoints: 600, grossOre: 15900, vatOre: 900 },
    ]);
    expect(
      sales.days.map((day: { date: string; orderCount: number; totalOre: number }) => [
        day.date,
        day.orderCount,
        day.totalOre,
      ]),
    ).toEqual([
      ['2026-11-30', 2, 23100],
      ['2026-12-01', 1, 5300],
    ]);
  });

  it('exports the same figures as CSV for a Swedish spreadsheet', async () => {
    const response = await shop.owner.get(`/api/v1/shops/${shop.id}/sales.csv${period}`);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toContain('text/csv');
    expect(response.headers['content-disposition']).toContain(
      'forsaljning-2026-11-30-2026-12-01.csv',
    );
    const rows = response.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(rows).toEqual([
      'Datum;Beställningar;Försäljning inkl. moms;Moms 25 %;Moms 6 %;Kort;Vid hämtning;Överfört;Avgift',
      '2026-11-30;2;231,00;25,00;6,00;0,00;231,00;0,00;0,00',
      '2026-12-01;1;53,00;0,00;3,00;0,00;53,00;0,00;0,00',
      'Totalt 2026-11-30–2026-12-01;3;284,00;25,00;9,00;0,00;284,00;0,00;0,00',
    ]);
  });

  it('refuses a period backwards or longer than a year', async () => {
    for (const query of [
      '?from=2026-12-01&to=2026-11-30',
      '?from=2025-01-01&to=2026-12-31',
      '?from=nope&to=2026-12-01',
      '',
    ]) {
      const response = await shop.owner.get(`/api/v1/shops/${shop.id}/sales${query}`);
      expect(response.status, query).toBe(400);
      expect(response.body.code).toBe('validation_failed');
    }
  });

  it('is the owner’s alone: staff and other shops’ owners may not see it', async () => {
    const staff = await t.loginAs(shop.staffEmail);
    for (const path of ['sales', 'sales.csv']) {
      const response = await staff.get(`/api/v1/shops/${shop.id}/${path}${period}`);
      expect(response.status).toBe(403);
      expect(response.body.code).toBe('forbidden');
    }
    const other = await createCheckoutShop(t, { name: 'Grannbutiken' });
    const response = await other.owner.get(`/api/v1/shops/${shop.id}/sales${period}`);
    expect(response.status).toBe(403);
  });
});
