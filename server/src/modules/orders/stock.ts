import type { Knex } from 'knex';
import { AppError } from '../../errors.ts';

/**
 * Takes stock for checkout lines, atomically on both engines: one conditional UPDATE per
 * variant (`stock >= wanted`), in variant id order so two checkouts never lock rows in
 * opposite orders. A variant that has too little makes the whole checkout fail with
 * `out_of_stock`, and the transaction gives back what was taken before it.
 */
export async function reserveStock(
  trx: Knex.Transaction,
  wanted: readonly { variantId: string; quantity: number }[],
): Promise<void> {
  const byVariant = new Map<string, number>();
  for (const line of wanted)
    byVariant.set(line.variantId, (byVariant.get(line.variantId) ?? 0) + line.quantity);
  for (const [variantId, quantity] of [...byVariant].sort(([a], [b]) => a.localeCompare(b))) {
    const taken = await trx('product_variants')
      .where('id', variantId)
      .where('stock', '>=', quantity)
      .decrement('stock', quantity);
    if (taken !== 1)
      throw new AppError('out_of_stock', 'Not enough left of an item in the basket.');
  }
}

/** Gives stock back; the caller's status change guarantees it happens once per order. */
export async function releaseStock(
  trx: Knex.Transaction,
  lines: readonly { variantId: string; quantity: number }[],
): Promise<void> {
  for (const line of [...lines].sort((a, b) => a.variantId.localeCompare(b.variantId)))
    await trx('product_variants').where('id', line.variantId).increment('stock', line.quantity);
}

/**
 * Keeps the listing's "in stock" flag true to the variants after stock moved: two statements
 * for all the products (one sets, one clears), so no engine has to type a CASE of booleans.
 */
export async function refreshStockFlags(trx: Knex.Transaction, productIds: readonly string[]) {
  if (productIds.length === 0) return;
  const ids = [...new Set(productIds)];
  const hasStock = (query: Knex.QueryBuilder) =>
    void query
      .select(trx.raw('1'))
      .from('product_variants as v')
      .whereRaw('v.product_id = products.id')
      .where('v.stock', '>', 0);
  await trx('products')
    .whereIn('id', ids)
    .where((where) => void where.where('track_stock', false).orWhereExists(hasStock))
    .update({ is_in_stock: true });
  await trx('products')
    .whereIn('id', ids)
    .where('track_stock', true)
    .whereNotExists(hasStock)
    .update({ is_in_stock: false });
}
