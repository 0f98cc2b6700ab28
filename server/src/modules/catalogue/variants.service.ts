import type { CreateVariantBody, UpdateVariantBody } from '@e-galleria/shared/catalogue';
import { isForeignKeyViolation } from '../../db/constraint-errors.ts';
import { newId } from '../../db/ids.ts';
import { AppError, notFound } from '../../errors.ts';
import type { Actor } from '../auth/access.port.ts';
import { invalidField, type ProductWrites } from './product-writes.ts';
import type { ProductsRepository } from './products.repository.ts';

/** A good's variants (sizes, weights), each with its own price, SKU and stock. */
export function createVariantsService(deps: {
  products: ProductsRepository;
  writes: ProductWrites;
  now: () => number;
}) {
  const { products, now } = deps;
  const { loadShop, loadProduct, requireFreeSkus, refresh, write, page, stockFor } = deps.writes;

  return {
    async addVariant(
      actor: Actor | null,
      shopId: string,
      productId: string,
      body: CreateVariantBody,
    ) {
      const shop = await loadShop(actor, shopId, 'shop.catalogue.manage');
      const product = await loadProduct(shop, productId);
      if (product.kind === 'service') throw invalidField('name', 'Services have no variants.');
      await requireFreeSkus(shop.id, [{ field: 'sku', sku: body.sku }]);
      const variants = await products.findVariants(productId);
      const at = now();
      await write(async (trx) => {
        // The single form of a product becomes its first named variant.
        const unnamed = variants.find((variant) => variant.name === null);
        if (unnamed) await products.updateVariant(unnamed.id, { name: 'Standard' }, trx);
        await products.insertVariants(
          [
            {
              id: newId(),
              product_id: productId,
              shop_id: shop.id,
              name: body.name,
              sku: body.sku,
              price_ore: body.priceOre,
              stock: stockFor(product.track_stock, body.stock),
              content_amount: body.contentAmount ?? null,
              content_unit: body.contentUnit ?? null,
              position: Math.max(-1, ...variants.map((variant) => variant.position)) + 1,
              created_at: at,
              updated_at: at,
            },
          ],
          trx,
        );
        await refresh(trx, productId, at);
      });
      return page(productId);
    },

    async updateVariant(
      actor: Actor | null,
      ids: { shopId: string; productId: string; variantId: string },
      body: UpdateVariantBody,
    ) {
      const shop = await loadShop(actor, ids.shopId, 'shop.catalogue.manage');
      const product = await loadProduct(shop, ids.productId);
      const variant = (await products.findVariants(ids.productId)).find(
        (candidate) => candidate.id === ids.variantId,
      );
      if (!variant) throw notFound('The variant');
      if (body.sku !== undefined)
        await requireFreeSkus(shop.id, [{ field: 'sku', sku: body.sku }], [variant.id]);
      const at = now();
      await write(async (trx) => {
        await products.updateVariant(
          variant.id,
          {
            ...(body.name === undefined ? {} : { name: body.name }),
            ...(body.sku === undefined ? {} : { sku: body.sku }),
            ...(body.priceOre === undefined ? {} : { price_ore: body.priceOre }),
            ...(body.stock === undefined
              ? {}
              : { stock: stockFor(product.track_stock, body.stock) }),
            ...(body.contentAmount === undefined ? {} : { content_amount: body.contentAmount }),
            ...(body.contentUnit === undefined ? {} : { content_unit: body.contentUnit }),
            ...(body.position === undefined ? {} : { position: body.position }),
            updated_at: at,
          },
          trx,
        );
        await refresh(trx, ids.productId, at);
      });
      return page(ids.productId);
    },

    async deleteVariant(
      actor: Actor | null,
      ids: { shopId: string; productId: string; variantId: string },
    ) {
      const shop = await loadShop(actor, ids.shopId, 'shop.catalogue.manage');
      await loadProduct(shop, ids.productId);
      const variants = await products.findVariants(ids.productId);
      if (!variants.some((variant) => variant.id === ids.variantId)) throw notFound('The variant');
      if (variants.length === 1) throw new AppError('last_variant');
      await write(async (trx) => {
        await products.deleteVariant(ids.variantId, trx);
        await refresh(trx, ids.productId, now());
      }).catch((error: unknown) => {
        // Order lines name the variant they sold (the key is never cascaded): orders keep
        // their lines, so an ordered variant stays (decision 0022).
        throw isForeignKeyViolation(error) ? new AppError('variant_ordered') : error;
      });
      return page(ids.productId);
    },
  };
}

export type VariantsService = ReturnType<typeof createVariantsService>;
