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
): Promise<{ soldOut: string[] }> {
  const soldOut: string[] = [];
  const byVariant = new Map<string, number>();
  for (const line of wanted)
    byVariant.set(line.variantId, (byVariant.get(line.variantId) ?? 0) + line.quantity);
  for (const [variantId, quantity] of [...byVariant].sort(([a], [b]) => a.localeCompare(b))) {
    const taken: { stock: number }[] = await trx('product_variants')
      .where('id', variantId)
      .where('stock', '>=', quantity)
      .decrement('stock', quantity)
      .returning(['stock']);
    const left = taken[0];
    if (!left) throw new AppError('out_of_stock', 'Not enough left of an item in the basket.');
    if (left.stock === 0) soldOut.push(variantId);
  }
  return { soldOut };
}

/** Gives stock back; the caller's status change guarantees it happens once per order. */
export async function releaseStock(
  trx: Knex.Transaction,
  lines: readonly { variantId: string; quantity: number }[],
): Promise<void> {
  for (const line of [...lines].sort((a, b) => a.variantId.localeCompare(b.variantId)))
    await trx('product_variants').where('id', line.variantId).increment('stock', line.quantity);
}

function hasStock(trx: Knex.Transaction) {
  return (query: Knex.QueryBuilder) =>
    void query
      .select(trx.raw('1'))
      .from('product_variants as v')
      .whereRaw('v.product_id = products.id')
      .where('v.stock', '>', 0);
}

/**
 * After stock was taken: the listing's "in stock" flag goes off for products with none left.
 * Taking stock never puts anything in stock, so one statement for all the products suffices,
 * and none when no variant ran out.
 */
export async function clearStockFlags(trx: Knex.Transaction, productIds: readonly string[]) {
  if (productIds.length === 0) return;
  await trx('products')
    .whereIn('id', [...new Set(productIds)])
    .where('track_stock', true)
    .where('is_in_stock', true)
    .whereNotExists(hasStock(trx))
    .update({ is_in_stock: false });
}

/** After stock came back: the flag goes on again for products that have some. */
export async function setStockFlags(trx: Knex.Transaction, productIds: readonly string[]) {
  if (productIds.length === 0) return;
  await trx('products')
    .whereIn('id', [...new Set(productIds)])
    .where('is_in_stock', false)
    .whereExists(hasStock(trx))
    .update({ is_in_stock: true });
}
