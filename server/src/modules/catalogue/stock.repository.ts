import type { Knex } from 'knex';
import { dialectOf } from '../../db/search-index.ts';

function hasStock(db: Knex) {
  return (query: Knex.QueryBuilder) =>
    void query
      .select(db.raw('1'))
      .from('product_variants as v')
      .whereRaw('v.product_id = products.id')
      .where('v.stock', '>', 0);
}

/** Stock of variants and the listing's "in stock" flag that follows it. */
export function createStockRepository() {
  return {
    /**
     * Takes `quantity` if that much is left: one conditional UPDATE, atomic on both engines.
     * Null when there was not enough (nothing taken); else what is left.
     */
    async take(variantId: string, quantity: number, db: Knex): Promise<number | null> {
      const taken: { stock: number }[] = await db('product_variants')
        .where('id', variantId)
        .where('stock', '>=', quantity)
        .decrement('stock', quantity)
        .returning(['stock']);
      return taken[0]?.stock ?? null;
    },

    /**
     * Takes every variant's quantity if that much is left of each: what is left of each
     * variant taken, by id; a variant missing from the answer had too little (the caller's
     * transaction then rolls back what the others gave). `wanted` is in id order.
     *
     * On PostgreSQL one statement for all of them, one round trip instead of one per
     * variant (decision 0050): its first part locks the rows in id order (`FOR UPDATE`, the
     * order the one-by-one UPDATEs kept, so two checkouts never wait on each other in a
     * circle), then the conditional UPDATE reads each row's newest stock. On SQLite, where
     * the writer is alone and takes no row locks, one UPDATE of them all too (decision
     * 0052): each statement is a trip through the driver's thread pool, and the text is the
     * same whatever the number of variants, so it stays prepared (sqlite-statement-cache.ts).
     */
    async takeAll(
      wanted: readonly { variantId: string; quantity: number }[],
      db: Knex,
    ): Promise<Map<string, number>> {
      if (dialectOf(db) === 'sqlite') {
        const rows: { id: string; stock: number }[] = await db.raw(
          `UPDATE product_variants AS v SET stock = v.stock - w.quantity
           FROM (SELECT value ->> 0 AS id, value ->> 1 AS quantity FROM json_each(?)) AS w
           WHERE v.id = w.id AND v.stock >= w.quantity
           RETURNING id, stock`,
          [JSON.stringify(wanted.map((line) => [line.variantId, line.quantity]))],
        );
        return new Map(rows.map((row) => [row.id, row.stock]));
      }
      if (wanted.length === 1) {
        const [{ variantId, quantity }] = wanted as [{ variantId: string; quantity: number }];
        const stock = await this.take(variantId, quantity, db);
        return new Map(stock === null ? [] : [[variantId, stock]]);
      }
      const result: { rows: { id: string; stock: number }[] } = await db.raw(
        `WITH wanted AS (
           SELECT id, quantity FROM unnest(?::text[], ?::integer[]) AS w(id, quantity)
         ), locked AS (
           SELECT v.id FROM product_variants v
           WHERE v.id IN (SELECT id FROM wanted)
           ORDER BY v.id COLLATE "C"
           FOR UPDATE
         )
         UPDATE product_variants v SET stock = v.stock - w.quantity
         FROM wanted w
         WHERE v.id = w.id AND v.id IN (SELECT id FROM locked) AND v.stock >= w.quantity
         RETURNING v.id, v.stock`,
        [wanted.map((line) => line.variantId), wanted.map((line) => line.quantity)],
      );
      return new Map(result.rows.map((row) => [row.id, row.stock]));
    },

    async giveBack(variantId: string, quantity: number, db: Knex): Promise<void> {
      await db('product_variants').where('id', variantId).increment('stock', quantity);
    },

    /** The flag goes off for tracked products with no variant in stock. One statement. */
    async clearInStockFlags(productIds: readonly string[], db: Knex): Promise<void> {
      await db('products')
        .whereIn('id', [...new Set(productIds)])
        .where('track_stock', true)
        .where('is_in_stock', true)
        .whereNotExists(hasStock(db))
        .update({ is_in_stock: false });
    },

    /** The flag goes on for products with some variant in stock. One statement. */
    async setInStockFlags(productIds: readonly string[], db: Knex): Promise<void> {
      await db('products')
        .whereIn('id', [...new Set(productIds)])
        .where('is_in_stock', false)
        .whereExists(hasStock(db))
        .update({ is_in_stock: true });
    },
  };
}

export type StockRepository = ReturnType<typeof createStockRepository>;
