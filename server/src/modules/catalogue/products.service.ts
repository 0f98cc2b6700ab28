import type {
  CreateProductBody,
  ServiceDetails,
  UpdateProductBody,
} from '@e-galleria/shared/catalogue';
import { newId } from '../../db/ids.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../auth/access.port.ts';
import { deriveListingColumns } from './product-derivations.ts';
import { invalidField, type ProductWrites } from './product-writes.ts';
import {
  type ProductRow,
  type ProductsRepository,
  type ServiceRow,
  type VariantRow,
} from './products.repository.ts';

function serviceRowOf(productId: string, service: ServiceDetails): ServiceRow {
  return {
    product_id: productId,
    duration_minutes: service.durationMinutes,
    booking_mode: service.bookingMode,
    slot_capacity: service.bookingMode === 'slots' ? (service.slotCapacity ?? 1) : null,
    location: service.location,
    availability: JSON.stringify(service.availability),
  };
}

/** A shop's goods and services: create, read, change. Each write keeps the search index. */
export function createProductsService(deps: {
  products: ProductsRepository;
  writes: ProductWrites;
  now: () => number;
}) {
  const { products, now } = deps;
  const {
    loadShop,
    loadProduct,
    requireCategory,
    requireFreeSkus,
    refresh,
    write,
    page,
    stockFor,
  } = deps.writes;

  return {
    page,

    async getForShop(actor: Actor | null, shopId: string, productId: string) {
      const shop = await loadShop(actor, shopId, 'shop.catalogue.read');
      await loadProduct(shop, productId);
      return page(productId);
    },

    async create(actor: Actor | null, shopId: string, body: CreateProductBody) {
      const shop = await loadShop(actor, shopId, 'shop.catalogue.manage');
      await requireCategory(body.categoryId);
      const at = now();
      const id = newId();
      const trackStock = body.kind === 'service' ? false : body.trackStock;
      const variants: VariantRow[] = (
        body.variants ?? [
          {
            name: null,
            sku: body.sku ?? `A-${id.replace(/-/g, '').slice(-10).toUpperCase()}`,
            priceOre: body.priceOre ?? 0,
            stock: body.stock,
            contentAmount: body.contentAmount,
            contentUnit: body.contentUnit,
          },
        ]
      ).map((variant, position) => ({
        id: newId(),
        product_id: id,
        shop_id: shop.id,
        name: variant.name,
        sku: variant.sku,
        price_ore: variant.priceOre,
        stock: stockFor(trackStock, variant.stock),
        content_amount: variant.contentAmount ?? null,
        content_unit: variant.contentUnit ?? null,
        position,
        created_at: at,
        updated_at: at,
      }));
      await requireFreeSkus(
        shop.id,
        variants.map((variant, index) => ({
          field: body.variants ? `variants.${index}.sku` : 'sku',
          sku: variant.sku,
        })),
      );
      const product: ProductRow = {
        id,
        shop_id: shop.id,
        kind: body.kind,
        title: body.title,
        description: body.description,
        category_id: body.categoryId,
        status: body.status,
        vat_class: body.vatClass,
        unit: body.unit,
        storage_class: body.storageClass,
        track_stock: trackStock,
        ...deriveListingColumns(trackStock, variants),
        published_at: null,
        created_at: at,
        updated_at: at,
      };
      await write(async (trx) => {
        await products.insertProduct(product, trx);
        await products.insertVariants(variants, trx);
        if (body.service) await products.upsertService(serviceRowOf(id, body.service), trx);
        await refresh(trx, id, at);
      });
      return page(id);
    },

    async update(actor: Actor | null, shopId: string, productId: string, body: UpdateProductBody) {
      const shop = await loadShop(actor, shopId, 'shop.catalogue.manage');
      const product = await loadProduct(shop, productId);
      if (body.categoryId !== undefined) await requireCategory(body.categoryId);
      if (body.service !== undefined && product.kind !== 'service')
        throw invalidField('service', 'Only services have service details.');
      const variants = await products.findVariants(productId);
      const singleChanges = ['priceOre', 'sku', 'stock', 'contentAmount', 'contentUnit'].filter(
        (field) => field in body,
      );
      const single = variants.length === 1 ? variants[0] : undefined;
      if (singleChanges.length > 0 && !single) throw new AppError('product_has_variants');
      if (body.sku !== undefined && single)
        await requireFreeSkus(shop.id, [{ field: 'sku', sku: body.sku }], [single.id]);
      const trackStock = body.trackStock ?? product.track_stock;
      const at = now();
      await write(async (trx) => {
        await products.updateProduct(
          productId,
          {
            ...(body.title === undefined ? {} : { title: body.title }),
            ...(body.description === undefined ? {} : { description: body.description }),
            ...(body.categoryId === undefined ? {} : { category_id: body.categoryId }),
            ...(body.status === undefined ? {} : { status: body.status }),
            ...(body.vatClass === undefined ? {} : { vat_class: body.vatClass }),
            ...(body.unit === undefined ? {} : { unit: body.unit }),
            ...(body.storageClass === undefined ? {} : { storage_class: body.storageClass }),
            track_stock: product.kind === 'service' ? false : trackStock,
          },
          trx,
        );
        // Turning stock tracking on or off for named variants: counted from 0, or not at all.
        if (!single && body.trackStock !== undefined)
          await products.setVariantsStockTracked(productId, trackStock, trx);
        if (single && (singleChanges.length > 0 || body.trackStock !== undefined))
          await products.updateVariant(
            single.id,
            {
              ...(body.priceOre === undefined ? {} : { price_ore: body.priceOre }),
              ...(body.sku === undefined ? {} : { sku: body.sku }),
              stock: stockFor(trackStock, body.stock === undefined ? single.stock : body.stock),
              ...(body.contentAmount === undefined ? {} : { content_amount: body.contentAmount }),
              ...(body.contentUnit === undefined ? {} : { content_unit: body.contentUnit }),
              updated_at: at,
            },
            trx,
          );
        if (body.service) await products.upsertService(serviceRowOf(productId, body.service), trx);
        await refresh(trx, productId, at);
      });
      return page(productId);
    },
    loadShop,

    /**
     * The catalogue's port to shops: what a shop has published, so the municipality reviewing
     * it sees whether approving it would put an empty shop in the galleria (decision 0069).
     */
    async publishedCountsOf(shopId: string): Promise<{ goods: number; services: number }> {
      const rows = await products.countPublishedByKind(shopId);
      const countOf = (kind: 'good' | 'service') =>
        Number(rows.find((row) => row.kind === kind)?.count ?? 0);
      return { goods: countOf('good'), services: countOf('service') };
    },

    /** The catalogue's port to shops: a renamed shop's products are found by its new name. */
    reindexShop: deps.writes.reindexShop,

    /** The catalogue's port to service requests (decision 0071): a product, published or not. */
    forServiceRequest: (productId: string) => products.findForRequest(productId),

    /** A product and its variants' stock as the basket takes them; published or not. */
    async forBasket(productId: string) {
      const product = await products.findForBasket(productId);
      return product && { product, variants: await products.variantStocksOf(product.id) };
    },
  };
}

export type ProductsService = ReturnType<typeof createProductsService>;
