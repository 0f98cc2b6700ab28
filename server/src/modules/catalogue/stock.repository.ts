import type { Knex } from 'knex';
import { dialectOf } from '../../db/search-index.ts';
import type { WritePart } from '../../db/write-parts.ts';

function hasStock(db: Knex) {
  return (query: Knex.QueryBuilder) =>
    void query
      .select(db.raw('1'))
      .from('product_variants as v')
      .whereRaw('v.product_id = products.id')
      .where('v.stock', '>', 0);
}

/** The name a statement's stock part goes by for the parts after it (`clearInStockFlagsPart`). */
const takenStock = 'taken_stock';

/** Stock of variants and the listing's "in stock" flag that follows it. */
export function createStockRepository() {
  return {
    /**
     * Takes every variant's quantity if that much is left of each, as a part of the caller's
     * writes (`sendParts`): its rows are what is left of each variant taken; a variant missing
     * from them had too little (the caller's transaction then rolls back what the others gave).
     *
     * On PostgreSQL the part locks the rows in id order first (`FOR UPDATE`, the order the
     * one-by-one UPDATEs of decision 0013 kept, so two checkouts never wait on each other in a
     * circle), then the conditional UPDATE reads each row's newest stock (decision 0050); it
     * goes first among the checkout's parts, so no checkout holds another row while it waits
     * for these. On SQLite, where the writer is alone and takes no row locks, one UPDATE of
     * them all too (decision 0052): each statement is a trip through the driver's thread pool,
     * and the text is the same whatever the number of variants, so it stays prepared
     * (sqlite-statement-cache.ts). On PostgreSQL too (decision 0060): the variants come as one
     * JSON array, and the rows are found by `= ANY (ARRAY(…))`, which the planner guesses at
     * ten rows whatever the values, so a plan made once (index lookups) is as good as one made
     * for each call, and PostgreSQL keeps it. An array bound as such would be counted exactly
     * for each call (and PostgreSQL would go on planning every one); a JSON set joined with
     * `IN` is guessed at a hundred rows, for which it scans the whole table.
     */
    takeAllPart(wanted: readonly { variantId: string; quantity: number }[], db: Knex): WritePart {
      if (dialectOf(db) === 'sqlite')
        return {
          sql: `UPDATE product_variants AS v SET stock = v.stock - w.quantity
                FROM (SELECT value ->> 0 AS id, value ->> 1 AS quantity FROM json_each(?)) AS w
                WHERE v.id = w.id AND v.stock >= w.quantity`,
          bindings: [JSON.stringify(wanted.map((line) => [line.variantId, line.quantity]))],
          returning: 'id, stock',
        };
      return {
        sql: `WITH wanted AS (
                SELECT id, quantity FROM json_to_recordset(?::json) AS w(id text, quantity integer)
              ), locked AS (
                SELECT v.id FROM product_variants v
                WHERE v.id = ANY (ARRAY(SELECT id FROM wanted))
                ORDER BY v.id COLLATE "C"
                FOR UPDATE
              )
              UPDATE product_variants v SET stock = v.stock - w.quantity
              FROM wanted w
              WHERE v.id = ANY (ARRAY(SELECT id FROM locked)) AND v.id = w.id
                AND v.stock >= w.quantity`,
        bindings: [
          JSON.stringify(wanted.map((line) => ({ id: line.variantId, quantity: line.quantity }))),
        ],
        returning: 'v.id, v.stock, v.product_id',
        name: takenStock,
        fixedText: true,
      };
    },

    /**
     * PostgreSQL: the "in stock" flag cleared for products the `takeAllPart` of the same
     * statement (named `taken_stock`) left without any variant in stock, as a later part of
     * that statement: no statement of its own, and nothing when nothing ran out. Null on
     * SQLite, whose parts are statements of their own (`clearInStockFlags` then). The
     * statement's snapshot shows the other variants' stock as it was when it began, as the
     * statement after it did before (decision 0055); the taken variants' is their rows.
     */
    clearInStockFlagsPart(db: Knex): WritePart | null {
      if (dialectOf(db) === 'sqlite') return null;
      return {
        sql: `UPDATE products p SET is_in_stock = false
              WHERE p.id IN (SELECT t.product_id FROM ${takenStock} t WHERE t.stock = 0)
                AND p.track_stock AND p.is_in_stock
                AND NOT EXISTS (SELECT 1 FROM ${takenStock} t WHERE t.product_id = p.id AND t.stock > 0)
                AND NOT EXISTS (
                  SELECT 1 FROM product_variants v
                  WHERE v.product_id = p.id AND v.stock > 0
                    AND v.id NOT IN (SELECT t.id FROM ${takenStock} t)
                )`,
        bindings: [],
        fixedText: true,
      };
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
