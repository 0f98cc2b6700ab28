import type { Queryable, Transaction, TransactionRunner } from '../../db/database.ts';
import { swedishDateOf } from '@e-galleria/shared/calendar-dates';
import type { ProductPage } from '@e-galleria/shared/catalogue';
import type { Action } from '@e-galleria/shared/authorization';
import { isUniqueViolation } from '../../db/constraint-errors.ts';
import { writeSearchDocument, writeSearchDocuments } from '../../db/search-index.ts';
import { AppError, notFound } from '../../errors.ts';
import type { Actor } from '../auth/access.port.ts';
import type { ImagesService } from '../images/images.service.ts';
import {
  categorySearchText,
  deriveListingColumns,
  searchDocumentOf,
} from './product-derivations.ts';
import { toProductPage } from './product-views.ts';
import type { ShopDirectory, ShopRecord } from '../shops/shop-directory.service.ts';
import type { ProductsRepository } from './products.repository.ts';

export const invalidField = (field: string, message: string) =>
  new AppError('validation_failed', message, {
    fieldErrors: [{ field, code: 'invalid', message }],
  });

const skuTaken = (field: string) =>
  new AppError('sku_taken', 'The SKU is already used by another article of the shop.', {
    fieldErrors: [{ field, code: 'sku_taken', message: 'already used in this shop' }],
  });

/**
 * What every catalogue write shares: the shop's scope and authorization, the product of that
 * shop, SKU and category checks, and the refresh of listing columns and search document inside
 * the write's transaction.
 */
export function createProductWrites(deps: {
  transaction: TransactionRunner;
  products: ProductsRepository;
  shops: ShopDirectory;
  images: ImagesService;
  now: () => number;
}) {
  const { transaction, products, now } = deps;

  async function loadShop(actor: Actor | null, shopId: string, action: Action) {
    return (await deps.shops.authorized(actor, shopId, action)).shop;
  }

  async function loadProduct(shop: ShopRecord, productId: string) {
    const product = await products.findProduct(productId);
    // Another shop's product answers as missing: ids never tell what exists elsewhere.
    if (!product || product.shop_id !== shop.id) throw notFound('The product');
    return product;
  }

  async function requireCategory(categoryId: string, db?: Queryable) {
    const category = await products.findCategory(categoryId, db);
    if (!category) throw invalidField('categoryId', 'No such category.');
    return category;
  }

  async function requireFreeSkus(
    shopId: string,
    skus: { field: string; sku: string }[],
    exceptVariantIds: string[] = [],
  ) {
    const seen = new Set<string>();
    for (const { field, sku } of skus) {
      if (seen.has(sku)) throw invalidField(field, 'Each variant needs its own SKU.');
      seen.add(sku);
    }
    const taken = new Set(
      await products.findTakenSkus(
        shopId,
        skus.map(({ sku }) => sku),
        exceptVariantIds,
      ),
    );
    const first = skus.find(({ sku }) => taken.has(sku));
    if (first) throw skuTaken(first.field);
  }

  /** Recomputes the listing columns and the search document inside the write's transaction. */
  async function refresh(trx: Transaction, productId: string, at: number) {
    const product = await products.findProduct(productId, trx);
    if (!product) throw notFound('The product');
    const variants = await products.findVariants(productId, trx);
    const category = await requireCategory(product.category_id, trx);
    await products.updateProduct(
      productId,
      {
        ...deriveListingColumns(product.track_stock, variants),
        ...(product.status === 'published' && product.published_at === null
          ? { published_at: at }
          : {}),
        updated_at: at,
      },
      trx,
    );
    const shop = await deps.shops.find(product.shop_id, trx);
    await writeSearchDocument(
      trx,
      searchDocumentOf(product, variants, {
        categoryName: categorySearchText(category.name),
        shopName: shop?.name ?? '',
      }),
    );
  }

  async function write(work: (trx: Transaction) => Promise<void>) {
    await transaction(work).catch((error: unknown) => {
      throw isUniqueViolation(error) ? skuTaken('sku') : error;
    });
  }

  async function page(productId: string): Promise<ProductPage> {
    const row = await products.findProductView(productId);
    if (!row) throw notFound('The product');
    const [variants, service, rate, imageIds] = await Promise.all([
      products.findVariants(productId),
      products.findService(productId),
      products.findVatRate(row.vat_class, swedishDateOf(now())),
      products.findImageIds(productId),
    ]);
    if (rate === null) throw new AppError('internal_error', `No VAT rate for ${row.vat_class}.`);
    const described = await deps.images.describeMany(imageIds);
    const images = imageIds.flatMap((id) => described.get(id) ?? []);
    return toProductPage(row, variants, service, rate, images);
  }

  /**
   * Rewrites the search documents of every product of a shop, in the caller's transaction: a
   * shop's name is in its products' documents, so a new name must reach them.
   */
  async function reindexShop(trx: Transaction, shop: { id: string; name: string }) {
    const {
      products: rows,
      variants,
      categories,
    } = await products.searchSourcesOfShop(shop.id, trx);
    const categoryNames = new Map(categories.map((row) => [row.id, categorySearchText(row.name)]));
    await writeSearchDocuments(
      trx,
      rows.map((product) =>
        searchDocumentOf(
          product,
          variants.filter((variant) => variant.product_id === product.id),
          { categoryName: categoryNames.get(product.category_id) ?? '', shopName: shop.name },
        ),
      ),
    );
  }

  function stockFor(trackStock: boolean, stock: number | null | undefined) {
    return trackStock ? (stock ?? 0) : null;
  }

  return {
    loadShop,
    loadProduct,
    requireCategory,
    requireFreeSkus,
    refresh,
    write,
    page,
    reindexShop,
    stockFor,
  };
}

export type ProductWrites = ReturnType<typeof createProductWrites>;
