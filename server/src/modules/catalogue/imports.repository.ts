import type { Knex } from 'knex';
import type { ImportFailure } from '@e-galleria/shared/catalogue-import';
import { productOf, type ProductRow, type VariantRow } from './products.repository.ts';

export type ImportJobRow = {
  id: string;
  shop_id: string;
  created_by_user_id: string | null;
  status: 'running' | 'completed' | 'failed';
  total_rows: number;
  processed_rows: number;
  created_count: number;
  updated_count: number;
  unchanged_count: number;
  failure: string | null;
  created_at: number;
  finished_at: number | null;
};

// Keeps every statement under SQLite's bound-variable limit, whatever the batch size.
const chunkSize = 500;
function chunks<T>(items: readonly T[]): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += chunkSize)
    result.push(items.slice(start, start + chunkSize));
  return result;
}

/** Import jobs, and the set-at-a-time reads and writes an import batch needs. */
export function createImportsRepository(knex: Knex) {
  return {
    insertJob: (row: ImportJobRow) => knex('catalogue_imports').insert(row),

    /**
     * At startup: jobs still `running` belong to a process that is gone (a crash or a
     * restart). They are marked failed, so the owner sees it and runs the file again (safe:
     * imports are idempotent by SKU).
     */
    failInterrupted: (at: number) =>
      knex('catalogue_imports')
        .where({ status: 'running' })
        .update({
          status: 'failed',
          failure: 'interrupted' satisfies ImportFailure,
          finished_at: at,
        }),

    updateJob: (id: string, changes: Partial<ImportJobRow>, db: Knex = knex) =>
      db('catalogue_imports').where({ id }).update(changes),

    async incrementJob(
      id: string,
      counts: { processed: number; created: number; updated: number; unchanged: number },
      db: Knex,
    ) {
      await db('catalogue_imports').where({ id }).increment({
        processed_rows: counts.processed,
        created_count: counts.created,
        updated_count: counts.updated,
        unchanged_count: counts.unchanged,
      });
    },

    findJob: (shopId: string, id: string) =>
      knex('catalogue_imports').where({ id, shop_id: shopId }).first<ImportJobRow | undefined>(),

    /** The shop's variants with these SKUs and every variant of their products. */
    async findBySkus(shopId: string, skus: readonly string[], db: Knex = knex) {
      const matched: VariantRow[] = [];
      for (const chunk of chunks(skus))
        matched.push(
          ...((await db('product_variants')
            .where({ shop_id: shopId })
            .whereIn('sku', chunk)) as VariantRow[]),
        );
      const productIds = [...new Set(matched.map((variant) => variant.product_id))];
      const products: ProductRow[] = [];
      const variants: VariantRow[] = [];
      for (const chunk of chunks(productIds)) {
        products.push(
          ...((await db('products').whereIn('id', chunk)) as ProductRow[]).map(productOf),
        );
        variants.push(
          ...((await db('product_variants')
            .whereIn('product_id', chunk)
            .orderBy('position')) as VariantRow[]),
        );
      }
      return { matched, products, variants };
    },

    async insertMany(table: 'products' | 'product_variants', rows: readonly object[], db: Knex) {
      // Fewer rows per statement than chunkSize: a product row binds about 20 values.
      for (let start = 0; start < rows.length; start += 100)
        await db(table).insert(rows.slice(start, start + 100));
    },
  };
}

export type ImportsRepository = ReturnType<typeof createImportsRepository>;
