import type { Knex } from 'knex';
import { writeSearchDocuments } from '../../db/search-index.ts';
import { categorySearchText, searchDocumentOf } from './product-derivations.ts';

/**
 * Rewrites the search documents of every product of a shop, in the caller's transaction: a
 * shop's name is in its products' documents, so a new name must reach them. Four statements,
 * plus one per 300 products.
 */
export async function reindexShopProducts(trx: Knex, shopId: string): Promise<void> {
  const shop = await trx('shops').where({ id: shopId }).first<{ name: string } | undefined>('name');
  if (!shop) return;
  const products = await trx('products')
    .where({ shop_id: shopId })
    .select<{ id: string; title: string; description: string; category_id: string }[]>(
      'id',
      'title',
      'description',
      'category_id',
    );
  if (products.length === 0) return;
  const variants = await trx('product_variants')
    .where({ shop_id: shopId })
    .select<{ product_id: string; name: string | null; sku: string }[]>(
      'product_id',
      'name',
      'sku',
    );
  const categories = await trx('categories').select<{ id: string; name: string }[]>('id', 'name');
  const categoryNames = new Map(categories.map((row) => [row.id, categorySearchText(row.name)]));
  await writeSearchDocuments(
    trx,
    products.map((product) =>
      searchDocumentOf(
        product,
        variants.filter((variant) => variant.product_id === product.id),
        { categoryName: categoryNames.get(product.category_id) ?? '', shopName: shop.name },
      ),
    ),
  );
}
