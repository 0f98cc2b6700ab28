import type { Knex } from 'knex';
import type { ProductPage } from '@e-galleria/shared/catalogue';
import type { Action } from '@e-galleria/shared/authorization';
import { isUniqueViolation } from '../../db/constraint-errors.ts';
import { writeSearchDocument } from '../../db/search-index.ts';
import { AppError, notFound } from '../../errors.ts';
import type { Actor } from '../auth/actor.ts';
import type { ImagesService } from '../images/images.service.ts';
import { authorize } from '../auth/authorize.ts';
import {
  categorySearchText,
  deriveListingColumns,
  searchDocumentOf,
  swedishDate,
} from './product-derivations.ts';
import { toProductPage } from './product-views.ts';
import {
  findProductView,
  type ProductsRepository,
  type ShopScopeRow,
} from './products.repository.ts';

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
  knex: Knex;
  products: ProductsRepository;
  images: ImagesService;
  now: () => number;
}) {
  const { knex, products, now } = deps;

  async function loadShop(actor: Actor | null, shopId: string, action: Action) {
    if (!actor) throw new AppError('unauthenticated');
    const shop = await products.findShopScope(shopId);
    if (!shop) throw notFound('The shop');
    authorize(actor, action, {
      region: shop.region_id,
      municipality: shop.municipality_id,
      shop: shop.id,
    });
    return shop;
  }

  async function loadProduct(shop: ShopScopeRow, productId: string) {
    const product = await products.findProduct(productId);
    // Another shop's product answers as missing: ids never tell what exists elsewhere.
    if (!product || product.shop_id !== shop.id) throw notFound('The product');
    return product;
  }

  async function requireCategory(categoryId: string, db: Knex = knex) {
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
  async function refresh(trx: Knex, productId: string, at: number) {
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
    const shop = await products.findShopScope(product.shop_id, trx);
    await writeSearchDocument(
      trx,
      searchDocumentOf(product, variants, {
        categoryName: categorySearchText(category.name),
        shopName: shop?.name ?? '',
      }),
    );
  }

  async function write(work: (trx: Knex.Transaction) => Promise<void>) {
    await knex.transaction(work).catch((error: unknown) => {
      throw isUniqueViolation(error) ? skuTaken('sku') : error;
    });
  }

  async function page(productId: string): Promise<ProductPage> {
    const row = await findProductView(knex, productId);
    if (!row) throw notFound('The product');
    const [variants, service, rate, imageIds] = await Promise.all([
      products.findVariants(productId),
      products.findService(productId),
      products.findVatRate(row.vat_class, swedishDate(now())),
      products.findImageIds(productId),
    ]);
    if (rate === null) throw new AppError('internal_error', `No VAT rate for ${row.vat_class}.`);
    const described = await deps.images.describeMany(imageIds);
    const images = imageIds.flatMap((id) => described.get(id) ?? []);
    return toProductPage(row, variants, service, rate, images);
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
    stockFor,
  };
}

export type ProductWrites = ReturnType<typeof createProductWrites>;
