import type supertest from 'supertest';
import {
  createCheckoutShop,
  createGood,
  laisvallSlug,
  mondayNoon,
  type CheckoutShop,
} from './checkout.ts';
import { laisvallOperator, servicePointId } from './counter.ts';
import { createTestApp, type TestApp } from './test-app.ts';

/** The seeded resident of Arjeplog (DESIGN §7) who shops in most of these tests. */
export const residentEmail = 'boende@arjeplog.example.se';

/** A shop as createCheckoutShop makes it: open every day, pickup in the shop and at Laisvall. */
export type ShopSpec = { name?: string; servicePointSlugs?: string[]; pickupInShop?: boolean };

/** A published good of one of the world's shops; `stock` makes it tracked. */
export type GoodSpec<ShopKey extends string> = Parameters<typeof createGood>[1] & {
  shop: ShopKey;
};

/** People logged in for the test: the seeded resident and the Laisvall operator. */
export type WorldLogin = 'resident' | 'operator';

export type ShoppingWorld<
  ShopKey extends string,
  GoodKey extends string,
  Login extends WorldLogin,
> = {
  t: TestApp;
  shops: Record<ShopKey, CheckoutShop>;
  /** Product ids by the names the test gave its goods. */
  goods: Record<GoodKey, string>;
  /** The seeded Laisvall service point, where the shops deliver on Thursdays. */
  laisvallId: string;
} & Record<Login, supertest.Agent>;

function keysOf<Key extends string>(record: Record<Key, unknown>): Key[] {
  return Object.keys(record) as Key[];
}

/**
 * The world the shopping tests start from: a test app on a fresh copy of the seeded
 * database, its clock at Monday 30 November 2026 12:00 in Stockholm (so delivery days and
 * cut-offs give fixed dates), the shops in the order given, then their goods in the order
 * given, and the people asked for, logged in. Every login counts against the login rate
 * limit of the one address supertest comes from, so only the people a file asks for are.
 */
export async function createShoppingWorld<
  ShopKey extends string,
  GoodKey extends string = never,
  Login extends WorldLogin = never,
>(options: {
  testApp?: Parameters<typeof createTestApp>[0];
  shops: Record<ShopKey, ShopSpec>;
  goods?: Record<GoodKey, GoodSpec<NoInfer<ShopKey>>>;
  logIn?: readonly Login[];
}): Promise<ShoppingWorld<ShopKey, GoodKey, Login>> {
  const t = await createTestApp(options.testApp);
  t.clock.advance(mondayNoon - t.clock.now());
  const shops = {} as Record<ShopKey, CheckoutShop>;
  // One after another: ids (uuid v7) then follow the order the test wrote them in.
  for (const key of keysOf(options.shops))
    shops[key] = await createCheckoutShop(t, options.shops[key]);

  async function createGoods() {
    const goods = {} as Record<GoodKey, string>;
    const specs = options.goods;
    if (specs)
      for (const key of keysOf(specs)) {
        const { shop, ...fields } = specs[key];
        goods[key] = await createGood(shops[shop], fields);
      }
    return goods;
  }
  async function logIn() {
    const people = {} as Record<Login, supertest.Agent>;
    const emails: Record<WorldLogin, string> = {
      resident: residentEmail,
      operator: laisvallOperator,
    };
    for (const login of options.logIn ?? []) people[login] = await t.loginAs(emails[login]);
    return people;
  }
  // Goods, logins and the point's id do not touch each other: they are made side by side.
  const [goods, people, laisvallId] = await Promise.all([
    createGoods(),
    logIn(),
    servicePointId(t, laisvallSlug),
  ]);
  return { t, shops, goods, laisvallId, ...people };
}
