import type { Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPartOf, readTogether } from '../../server/src/db/read-parts.ts';
import { insertPartOf, sendParts } from '../../server/src/db/write-parts.ts';
import { createSessionsRepository } from '../../server/src/modules/auth/sessions.repository.ts';
import { createBasketRepository } from '../../server/src/modules/basket/basket.repository.ts';
import { createStockRepository } from '../../server/src/modules/catalogue/stock.repository.ts';
import { createOrdersRepository } from '../../server/src/modules/orders/orders.repository.ts';
import { createUsersRepository } from '../../server/src/modules/users/users.repository.ts';
import { contact, createCheckoutShop, createGood } from './support/checkout.ts';
import { createPublishedShop, goodBody } from './support/factories.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';
import { testDatabaseKind } from './support/test-database.ts';

// The checkout's statements, and a signed-in request's session and roles, are kept prepared
// on PostgreSQL (decision 0060): planning them cost more than running them. Proven on one connection (a transaction holds one): the same
// named statement answers each call with its own rows after PostgreSQL has switched to a
// generic plan, and on PostgreSQL that plan is kept; the writes' text does not depend on how
// many rows they write, and every value arrives as it was sent.

let t: TestApp;
/** Guest token hashes of baskets of one to three goods, and the titles in each. */
const baskets: { hash: string; titles: string[] }[] = [];
/** The variants of the goods in those baskets (100 in stock each). */
let variantIds: string[] = [];
/** The shop's owner's and staff member's emails. */
let accounts: { owner: string; staff: string };

beforeAll(async () => {
  t = await createTestApp();
  const shop = await createPublishedShop(t, { name: 'Förberedda butiken' });
  accounts = { owner: shop.ownerEmail, staff: shop.staffEmail };
  const staff = await t.loginAs(shop.staffEmail);
  const productIds: string[] = [];
  for (const title of ['Kaffe', 'Knäckebröd', 'Lingonsylt']) {
    const created = await staff
      .post(`/api/v1/shops/${shop.id}/products`)
      .send(goodBody({ title, priceOre: 4500, trackStock: true, stock: 100 }));
    expect(created.status).toBe(201);
    productIds.push(created.body.product.id as string);
  }
  for (let size = 1; size <= 3; size++) {
    const guest = t.agent();
    for (const productId of productIds.slice(0, size))
      expect(
        (await guest.post('/api/v1/basket/items').send({ productId, quantity: 1 })).status,
      ).toBe(201);
    const basket = await guest.get('/api/v1/basket');
    const titles = (basket.body.basket.items as { title: string }[]).map((line) => line.title);
    expect(titles).toHaveLength(size);
    const { hash } = await t.database
      .knex('baskets')
      .whereNotIn(
        'guest_token_hash',
        baskets.map((known) => known.hash),
      )
      .whereNotNull('guest_token_hash')
      .first<{ hash: string }>('guest_token_hash as hash');
    baskets.push({ hash, titles });
  }
  variantIds = (
    await t.database.knex('product_variants').whereIn('product_id', productIds).select('id')
  ).map((row: { id: string }) => row.id);
  expect(variantIds).toHaveLength(3);
});

/** Runs `work` in a transaction that is rolled back afterwards, whatever it wrote. */
async function rolledBack(work: (trx: Knex.Transaction) => Promise<void>) {
  const undone = new Error('rolled back');
  await expect(
    t.database.knex.transaction(async (trx) => {
      await work(trx);
      throw undone;
    }),
  ).rejects.toBe(undone);
}
afterAll(() => t.close());

/** The plans PostgreSQL keeps for this connection's prepared statements with `fragments`. */
async function plansOf(trx: Knex.Transaction, ...fragments: string[]) {
  const { rows } = await trx.raw<{ rows: { generic_plans: string; custom_plans: string }[] }>(
    `SELECT generic_plans, custom_plans FROM pg_prepared_statements
     WHERE ${fragments.map(() => 'statement LIKE ?').join(' AND ')}`,
    fragments.map((fragment) => `%${fragment}%`),
  );
  return rows.map((row) => ({
    generic: Number(row.generic_plans),
    custom: Number(row.custom_plans),
  }));
}

describe('hot reads are kept prepared on PostgreSQL (decision 0060)', () => {
  it("answers each basket's own lines from one statement run twelve times", async () => {
    const repository = createBasketRepository(t.database.knex);
    await t.database.knex.transaction(async (trx) => {
      for (let round = 0; round < 4; round++)
        for (const basket of baskets) {
          const lines = await repository.linesOfOwner({ guestTokenHash: basket.hash }, trx);
          expect(lines.map((line) => line.title).sort()).toEqual([...basket.titles].sort());
        }
      expect(await repository.linesOfOwner({ guestTokenHash: 'no-such-basket' }, trx)).toEqual([]);
      if (testDatabaseKind === 'postgres') {
        const plans = await plansOf(trx, 'select "p"."kind"', '"guest_token_hash" = $');
        expect(plans).toHaveLength(1);
        expect(plans[0]?.custom).toBe(5);
        expect(plans[0]?.generic).toBeGreaterThanOrEqual(8);
      }
    });
  });

  it("answers each account's own roles from one statement, read on every signed-in request", async () => {
    const users = createUsersRepository(t.database.knex);
    const idOf = async (email: string) =>
      (await t.database.knex('users').where({ email }).first<{ id: string }>('id')).id;
    const owner = await idOf(accounts.owner);
    const staff = await idOf(accounts.staff);
    await t.database.knex.transaction(async (trx) => {
      for (let round = 0; round < 4; round++) {
        const [ownerRoles, staffRoles] = [
          await users.findRoles(owner, trx),
          await users.findRoles(staff, trx),
        ];
        expect(ownerRoles.map((assignment) => [assignment.role, assignment.scope.name])).toEqual([
          ['shop_owner', 'Förberedda butiken'],
        ]);
        expect(staffRoles.map((assignment) => [assignment.role, assignment.scope.name])).toEqual([
          ['shop_staff', 'Förberedda butiken'],
        ]);
      }
      if (testDatabaseKind === 'postgres') {
        const plans = await plansOf(trx, 'from "role_assignments" as "ra"');
        expect(plans).toHaveLength(1);
        expect(plans[0]?.generic).toBeGreaterThanOrEqual(3);
      }
    });
  });

  it("answers each session's account from one statement, without its password hash", async () => {
    await t.loginAs(accounts.owner);
    await t.loginAs(accounts.staff);
    const sessionOf = async (email: string) =>
      (
        await t.database
          .knex('sessions as s')
          .join('users as u', 'u.id', 's.user_id')
          .where('u.email', email)
          .first<{ id: string }>('s.id')
      ).id;
    const sessions = [
      [await sessionOf(accounts.owner), accounts.owner],
      [await sessionOf(accounts.staff), accounts.staff],
    ] as const;
    await t.database.knex.transaction(async (trx) => {
      const repository = createSessionsRepository(trx);
      for (let round = 0; round < 4; round++)
        for (const [sessionId, email] of sessions) {
          const found = await repository.findWithUser(sessionId);
          expect(found?.session.id).toBe(sessionId);
          expect(found?.user.email).toBe(email);
          expect(Object.keys(found?.user ?? {}).sort()).toEqual(['email', 'id', 'locale', 'name']);
        }
      expect(await repository.findWithUser('no-such-session')).toBeUndefined();
      if (testDatabaseKind === 'postgres') {
        const plans = await plansOf(trx, 'from "sessions" as "s"');
        expect(plans).toHaveLength(1);
        expect(plans[0]?.generic).toBeGreaterThanOrEqual(3);
      }
    });
  });

  it("answers one to three checkouts' orders from one statement, as a confirmation page reads them", async () => {
    // Three checkouts, each picked up in the shop (a shop open every day).
    const checkoutShop = await createCheckoutShop(t, { name: 'Bekräftelsebutiken' });
    const good = await createGood(checkoutShop, { title: 'Tunnbröd', priceOre: 3900 });
    const checkoutIds: string[] = [];
    for (let index = 0; index < 3; index++) {
      const guest = t.agent();
      expect(
        (await guest.post('/api/v1/basket/items').send({ productId: good, quantity: 1 })).status,
      ).toBe(201);
      const placed = await guest.post('/api/v1/checkout').send({
        contact,
        fulfilments: [{ shopId: checkoutShop.id, method: 'pickup_in_shop' }],
        payment: 'pay_at_pickup',
      });
      expect(placed.status).toBe(201);
      checkoutIds.push(placed.body.checkout.id as string);
    }
    const rows = await t.database
      .knex('shop_orders')
      .whereIn('checkout_id', checkoutIds)
      .select<{ id: string; checkout_id: string }[]>('id', 'checkout_id');
    expect(rows).toHaveLength(3);
    const ordersOf = (ids: readonly string[]) =>
      rows
        .filter((row) => ids.includes(row.checkout_id))
        .map((row) => row.id)
        .sort();
    await t.database.knex.transaction(async (trx) => {
      const orders = createOrdersRepository(trx);
      for (let round = 0; round < 9; round++) {
        const ids = checkoutIds.slice(0, 1 + (round % 3));
        const views = await orders.viewsOfCheckouts(ids, trx);
        expect(views.map((view) => view.id).sort()).toEqual(ordersOf(ids));
        expect(views.every((view) => typeof view.shop_name === 'string')).toBe(true);
      }
      expect(await orders.viewsOfCheckouts([], trx)).toEqual([]);
      if (testDatabaseKind === 'postgres') {
        const plans = await plansOf(trx, 'from "shop_orders" as "o"', '= any(');
        expect(plans).toHaveLength(1);
        expect(plans[0]?.generic).toBeGreaterThanOrEqual(4);
      }
    });
  });

  it('answers reads sent together from one statement, whatever the values', async () => {
    await t.database.knex.transaction(async (trx) => {
      for (let round = 0; round < 8; round++) {
        const slug = round % 2 === 0 ? 'arjeplog' : 'gallivare';
        const [municipalities, none] = await readTogether(trx, [
          readPartOf<{ slug: string }>(trx('municipalities').where({ slug }).select('slug')),
          readPartOf(
            trx('municipalities')
              .where({ slug: `${slug}-finns-inte` })
              .select('id'),
          ),
        ]);
        expect(municipalities).toEqual([{ slug }]);
        expect(none).toEqual([]);
      }
      if (testDatabaseKind === 'postgres') {
        const plans = await plansOf(trx, 'coalesce(json_agg(r0)', 'from "municipalities"');
        expect(plans).toHaveLength(1);
        expect((plans[0]?.generic ?? 0) + (plans[0]?.custom ?? 0)).toBe(8);
      }
    });
  });

  it('writes any number of rows with one text, every value as it was sent', async () => {
    await rolledBack(async (trx) => {
      await trx.raw(
        'CREATE TABLE prepared_rows (id text PRIMARY KEY, n integer, at bigint, flag boolean, note text)',
      );
      const row = (index: number) => ({
        id: `rad-${index}`,
        n: index - 2,
        at: 1_765_000_000_000 + index,
        flag: index % 2 === 0,
        note: index === 0 ? null : `Åsa's "räksmörgås" \\ ${'🦌'.repeat(index)}\nrad två`,
      });
      const one = insertPartOf(trx, 'prepared_rows', [row(0)]);
      const three = insertPartOf(trx, 'prepared_rows', [row(1), row(2), row(3)]);
      if (testDatabaseKind === 'postgres') {
        expect(three.sql).toBe(one.sql);
        expect(three.fixedText).toBe(true);
      }
      const results = await sendParts(trx, [one, three]);
      expect(results.map((result) => result.count)).toEqual([1, 3]);
      const stored = await trx('prepared_rows').orderBy('id').select();
      expect(
        stored.map((stored: Record<string, unknown>) => ({
          ...stored,
          at: Number(stored.at),
          flag: Boolean(stored.flag),
        })),
      ).toEqual([row(0), row(1), row(2), row(3)]);
      if (testDatabaseKind === 'postgres') {
        // A value its column cannot hold is refused as knex's INSERT would have it refused,
        // never cut or rounded on the way through JSON (SQLite's columns take any value).
        await trx.raw('ALTER TABLE prepared_rows ALTER COLUMN note TYPE varchar(40)');
        for (const [wrong, code] of [
          [{ note: 'x'.repeat(41) }, '22001'],
          [{ n: 1.5 }, '22P02'],
        ] as const)
          await expect(
            trx.transaction((savepoint) =>
              sendParts(savepoint, [
                insertPartOf(savepoint, 'prepared_rows', [{ ...row(9), ...wrong }]),
              ]),
            ),
          ).rejects.toMatchObject({ code });
      }
    });
  });

  it('writes rows it cannot carry as JSON the way knex would, with a text of their own', async () => {
    await rolledBack(async (trx) => {
      await trx.raw('CREATE TABLE prepared_bytes (id text PRIMARY KEY, content bytea, note text)');
      const bytes = insertPartOf(trx, 'prepared_bytes', [
        { id: 'b', content: Buffer.from([0, 1, 254]), note: 'bytes' },
      ]);
      // Rows without the same columns (knex writes a missing one's default, JSON would write
      // null): not sent here, since knex cannot write them on SQLite at all.
      const uneven = insertPartOf(trx, 'prepared_bytes', [
        { id: 'u1', note: 'one' },
        { id: 'u2', content: null, note: 'two' },
      ]);
      expect([bytes.fixedText, uneven.fixedText]).toEqual([undefined, undefined]);
      await sendParts(trx, [bytes]);
      const stored = await trx('prepared_bytes').select();
      expect(stored.map((row: { note: string }) => row.note)).toEqual(['bytes']);
      expect([...(stored[0] as { content: Buffer }).content]).toEqual([0, 1, 254]);
    });
  });

  it('takes stock of one to three goods with one statement, planned once on PostgreSQL', async () => {
    const stock = createStockRepository();
    await rolledBack(async (trx) => {
      for (let round = 0; round < 9; round++) {
        const wanted = variantIds
          .slice(0, 1 + (round % 3))
          .map((variantId) => ({ variantId, quantity: 1 }));
        const [taken] = await sendParts(trx, [stock.takeAllPart(wanted, trx)]);
        expect(taken?.count).toBe(wanted.length);
      }
      const left = await trx('product_variants').whereIn('id', variantIds).orderBy('stock');
      // Nine rounds: the first good in all of them, the second in six, the third in three.
      expect(left.map((row: { stock: number }) => row.stock)).toEqual([91, 94, 97]);
      if (testDatabaseKind === 'postgres') {
        const plans = await plansOf(trx, 'UPDATE product_variants v SET stock');
        expect(plans).toHaveLength(1);
        expect(plans[0]?.generic).toBeGreaterThanOrEqual(4);
      }
    });
  });
});
