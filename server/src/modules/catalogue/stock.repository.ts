import type { Knex } from 'knex';

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
