import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maxQuantity } from '@e-galleria/shared/basket-limits';
import { contact, createGood, type CheckoutShop } from './support/checkout.ts';
import { createShoppingWorld } from './support/shopping-world.ts';
import type { TestApp } from './support/test-app.ts';

/**
 * Whatever a client sends — quantities out of range, prices, totals, discounts, unknown
 * products — the server charges the catalogue price times the quantity it accepted, and
 * answers anything else with a clear 4xx, never a 500.
 */

let t: TestApp;
let shops: CheckoutShop[];
/** The catalogue as the test set it up: the only prices that may ever be charged. */
const prices = new Map<string, number>();

beforeAll(async () => {
  const world = await createShoppingWorld({ shops: { first: {}, second: {} } });
  t = world.t;
  shops = [world.shops.first, world.shops.second];
  for (const [index, shop] of shops.entries())
    for (const priceOre of [1990, 4500 + index, 12_900]) {
      const id = await createGood(shop, { title: `Vara ${priceOre}`, priceOre });
      prices.set(id, priceOre);
    }
});
afterAll(() => t.close());

const moneyishFields = ['priceOre', 'unitPriceOre', 'totalOre', 'discountOre', 'lineTotalOre'];

/** Mostly absent: most runs should reach a checkout the server accepts. */
function rarely<T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> {
  return fc.oneof({ arbitrary: fc.constant(undefined), weight: 5 }, { arbitrary, weight: 1 });
}

/** Built once the catalogue exists: product ids are drawn from it. */
const addRequest = () =>
  fc.record(
    {
      productId: fc.oneof(fc.constantFrom(...[...prices.keys()]), fc.string({ maxLength: 40 })),
      quantity: fc.oneof(
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: -10, max: 200 }),
        fc.double(),
        fc.string({ maxLength: 3 }),
      ),
      extra: fc.option(
        fc.record({
          field: fc.constantFrom(...moneyishFields),
          value: fc.oneof(fc.integer(), fc.constant(0), fc.constant(-100_000)),
        }),
        { nil: undefined },
      ),
    },
    { requiredKeys: ['productId', 'quantity'] },
  );

const checkoutExtra = rarely(
  fc.record({
    field: fc.constantFrom(...moneyishFields),
    value: fc.integer({ min: -1_000_000, max: 1_000_000 }),
  }),
);

describe('what the server charges', () => {
  it('is the catalogue price times the accepted quantity, whatever the client sends', async () => {
    let charged = 0;
    await fc.assert(
      fc.asyncProperty(
        // At least one sane add, so most runs reach the checkout; the rest may be anything.
        fc
          .tuple(
            fc.record({
              productId: fc.constantFrom(...[...prices.keys()]),
              quantity: fc.integer({ min: 1, max: 60 }),
            }),
            fc.array(addRequest(), { maxLength: 5 }),
          )
          .map(
            ([sane, rest]) =>
              [sane, ...rest] as {
                productId: string;
                quantity: unknown;
                extra?: { field: string; value: number };
              }[],
          ),
        checkoutExtra,
        async (adds, extra) => {
          const guest = t.agent();
          const accepted = new Map<string, number>();
          for (const add of adds) {
            const body: Record<string, unknown> = {
              productId: add.productId,
              quantity: add.quantity,
            };
            if (add.extra) body[add.extra.field] = add.extra.value;
            const response = await guest.post('/api/v1/basket/items').send(body);
            expect(response.status, JSON.stringify(body)).toBeLessThan(500);
            if (response.status === 201) {
              // Accepted only without money fields, for a known product and a sane quantity.
              expect(add.extra).toBeUndefined();
              expect(prices.has(add.productId)).toBe(true);
              const quantity = add.quantity as number;
              accepted.set(
                add.productId,
                Math.min(maxQuantity, (accepted.get(add.productId) ?? 0) + quantity),
              );
            } else {
              expect(response.body.code).toMatch(/^[a-z_]+$/);
            }
          }
          if (accepted.size === 0) return;

          const shopIds = [
            ...new Set(
              (await guest.get('/api/v1/basket')).body.basket.items.map(
                (item: { shop: { id: string } }) => item.shop.id,
              ),
            ),
          ];
          const body: Record<string, unknown> = {
            contact,
            fulfilments: shopIds.map((shopId) => ({ shopId, method: 'pickup_in_shop' })),
            payment: 'pay_at_pickup',
          };
          if (extra) body[extra.field] = extra.value;
          const response = await guest.post('/api/v1/checkout').send(body);
          if (extra) {
            expect(response.status).toBe(400);
            return;
          }
          expect(response.status).toBe(201);
          const expected = [...accepted].reduce(
            (sum, [productId, quantity]) => sum + (prices.get(productId) ?? 0) * quantity,
            0,
          );
          expect(response.body.checkout.totalOre).toBe(expected);
          charged += 1;
          const lines = await t.database
            .knex('order_lines as l')
            .join('shop_orders as o', 'o.id', 'l.order_id')
            .where('o.checkout_id', response.body.checkout.id)
            .select<{ product_id: string; unit_price_ore: number; quantity: number }[]>(
              'l.product_id',
              'l.unit_price_ore',
              'l.quantity',
            );
          for (const line of lines) {
            expect(line.unit_price_ore).toBe(prices.get(line.product_id));
            expect(line.quantity).toBe(accepted.get(line.product_id));
          }
        },
      ),
      { numRuns: 60 },
    );
    // The property is about checkouts: enough runs must get that far.
    expect(charged).toBeGreaterThan(30);
  }, 60_000);
});
