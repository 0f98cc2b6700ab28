import type { Locale } from '@e-galleria/shared/locales';
import type { Knex } from 'knex';
import type {
  ContentUnit,
  ProductKind,
  ProductStatus,
  ProductUnit,
  StorageClass,
} from '@e-galleria/shared/catalogue';
import type { VatClass } from '@e-galleria/shared/vat';
import { readBooleans } from '../../db/booleans.ts';

export type ProductRow = {
  id: string;
  shop_id: string;
  kind: ProductKind;
  title: string;
  description: string;
  category_id: string;
  status: ProductStatus;
  vat_class: VatClass;
  unit: ProductUnit;
  storage_class: StorageClass;
  track_stock: boolean;
  price_from_ore: number;
  is_in_stock: boolean;
  comparison_price_ore: number | null;
  comparison_unit: 'kg' | 'litre' | 'piece' | null;
  variant_count: number;
  published_at: number | null;
  created_at: number;
  updated_at: number;
};

export type VariantRow = {
  id: string;
  product_id: string;
  shop_id: string;
  name: string | null;
  sku: string;
  price_ore: number;
  stock: number | null;
  content_amount: number | null;
  content_unit: ContentUnit | null;
  position: number;
  created_at: number;
  updated_at: number;
};

export type ServiceRow = {
  product_id: string;
  duration_minutes: number;
  booking_mode: 'slots' | 'on_request';
  slot_capacity: number | null;
  location: 'in_shop' | 'at_home' | 'at_service_point';
  availability: string;
};

export type BasketProductRow = {
  id: string;
  kind: ProductKind;
  status: string;
  shop_status: string;
  track_stock: boolean;
  booking_mode: 'slots' | 'on_request' | null;
  location: 'in_shop' | 'at_home' | 'at_service_point' | null;
  duration_minutes: number | null;
  slot_capacity: number | null;
  availability: string | null;
};

/** A product as a service request names it: its title, shop, and how the service is done. */
export type RequestProductRow = {
  id: string;
  title: string;
  shop_id: string;
  status: string;
  shop_status: string;
  booking_mode: 'slots' | 'on_request' | null;
  location: 'in_shop' | 'at_home' | 'at_service_point' | null;
};

export type CategoryRow = { id: string; slug: string; name: string };

/** A product row as both engines give it once SQLite's 0/1 are read as booleans. */
export const productOf = readBooleans<ProductRow>('track_stock', 'is_in_stock');

/** Products, variants and service details: the writes and the reads of one product. */
export function createProductsRepository(knex: Knex) {
  return {
    findCategory: (idOrSlug: string, db: Knex = knex) =>
      db<CategoryRow>('categories')
        .where('id', idOrSlug)
        .orWhere('slug', idOrSlug)
        .first() as Promise<CategoryRow | undefined>,

    listCategories: (db: Knex = knex) =>
      db<CategoryRow>('categories').select('id', 'slug', 'name') as Promise<CategoryRow[]>,

    async findProduct(id: string, db: Knex = knex) {
      const row = await db('products').where({ id }).first<ProductRow | undefined>();
      return row && productOf(row);
    },

    findVariants: (productId: string, db: Knex = knex) =>
      db<VariantRow>('product_variants')
        .where({ product_id: productId })
        .orderBy('position')
        .orderBy('id') as Promise<VariantRow[]>,

    /** The product's photos in order. */
    findImageIds: (productId: string, db: Knex = knex) =>
      db('product_images')
        .where({ product_id: productId })
        .orderBy('position')
        .pluck<string[]>('image_id'),

    findService: (productId: string, db: Knex = knex) =>
      db<ServiceRow>('product_services').where({ product_id: productId }).first() as Promise<
        ServiceRow | undefined
      >,

    /** SKUs of the shop already in use, leaving out the given variants. */
    async findTakenSkus(
      shopId: string,
      skus: readonly string[],
      exceptVariantIds: readonly string[] = [],
      db: Knex = knex,
    ): Promise<string[]> {
      if (skus.length === 0) return [];
      const rows = await db('product_variants')
        .where({ shop_id: shopId })
        .whereIn('sku', skus)
        .modify((query) => {
          if (exceptVariantIds.length > 0) void query.whereNotIn('id', exceptVariantIds);
        })
        .select<{ sku: string }[]>('sku');
      return rows.map((row) => row.sku);
    },

    /** The rate of a VAT class on a date (`YYYY-MM-DD`), from the dated `vat_rates`. */
    async findVatRate(vatClass: VatClass, date: string, db: Knex = knex): Promise<number | null> {
      const row = await db('vat_rates')
        .where({ vat_class: vatClass })
        .where('valid_from', '<=', date)
        .where((query) => void query.whereNull('valid_to').orWhere('valid_to', '>=', date))
        .orderBy('valid_from', 'desc')
        .first<{ rate_basis_points: number } | undefined>('rate_basis_points');
      return row ? row.rate_basis_points : null;
    },

    /** The rates valid on a date (`YYYY-MM-DD`), the latest decision of each class first. */
    async listVatRates(date: string): Promise<{ vat_class: string; rate_basis_points: number }[]> {
      return knex('vat_rates')
        .where('valid_from', '<=', date)
        .where((query) => void query.whereNull('valid_to').orWhere('valid_to', '>=', date))
        .orderBy([{ column: 'vat_class' }, { column: 'valid_from', order: 'desc' }])
        .select('vat_class', 'rate_basis_points');
    },

    insertProduct: (row: ProductRow, db: Knex) => db('products').insert(row),

    updateProduct: (id: string, changes: Partial<ProductRow>, db: Knex) =>
      db('products').where({ id }).update(changes),

    insertVariants: (rows: VariantRow[], db: Knex) =>
      rows.length === 0 ? Promise.resolve() : db('product_variants').insert(rows),

    updateVariant: (id: string, changes: Partial<VariantRow>, db: Knex) =>
      db('product_variants').where({ id }).update(changes),

    deleteVariant: (id: string, db: Knex) => db('product_variants').where({ id }).delete(),

    setVariantsStockTracked: (productId: string, isTracked: boolean, db: Knex) =>
      db('product_variants')
        .where({ product_id: productId })
        .update({ stock: isTracked ? db.raw('coalesce(stock, 0)') : null }),

    async upsertService(row: ServiceRow, db: Knex) {
      await db('product_services').insert(row).onConflict('product_id').merge();
    },
    /** A product as the basket takes it: its kind, whether it is sold, its booking rules. */
    async findForBasket(productId: string): Promise<BasketProductRow | undefined> {
      const row = await knex('products as p')
        .join('shops as s', 's.id', 'p.shop_id')
        .leftJoin('product_services as ps', 'ps.product_id', 'p.id')
        .where('p.id', productId)
        .first<BasketProductRow | undefined>(
          'p.id',
          'p.kind',
          'p.status',
          's.status as shop_status',
          'p.track_stock',
          'ps.booking_mode',
          'ps.location',
          'ps.duration_minutes',
          'ps.slot_capacity',
          'ps.availability',
        );
      return row && readBooleans<BasketProductRow>('track_stock')(row);
    },

    async findForRequest(productId: string): Promise<RequestProductRow | undefined> {
      return knex('products as p')
        .join('shops as s', 's.id', 'p.shop_id')
        .leftJoin('product_services as ps', 'ps.product_id', 'p.id')
        .where('p.id', productId)
        .first<RequestProductRow | undefined>(
          'p.id',
          'p.title',
          'p.shop_id',
          'p.status',
          's.status as shop_status',
          'ps.booking_mode',
          'ps.location',
        );
    },

    /** A shop's published goods and services, counted by kind (index shop_id, status). */
    async countPublishedByKind(shopId: string, db: Knex = knex) {
      return db('products')
        .where({ shop_id: shopId, status: 'published' })
        .groupBy('kind')
        .select('kind')
        .count<{ kind: ProductKind; count: number | string }[]>({ count: '*' });
    },

    variantStocksOf: (productId: string) =>
      knex('product_variants')
        .where({ product_id: productId })
        .select<{ id: string; stock: number | null }[]>('id', 'stock'),

    /** What a shop's products' search documents are made of: three statements. */
    async searchSourcesOfShop(shopId: string, db: Knex = knex) {
      const products = await db('products')
        .where({ shop_id: shopId })
        .select<{ id: string; title: string; description: string; category_id: string }[]>(
          'id',
          'title',
          'description',
          'category_id',
        );
      if (products.length === 0) return { products, variants: [], categories: [] };
      const [variants, categories] = await Promise.all([
        db('product_variants')
          .where({ shop_id: shopId })
          .select<{ product_id: string; name: string | null; sku: string }[]>(
            'product_id',
            'name',
            'sku',
          ),
        db('categories').select<{ id: string; name: string }[]>('id', 'name'),
      ]);
      return { products, variants, categories };
    },

    /**
     * What the vocabulary's words of up to `limit` products come from, after the product
     * `afterId` in id order (the nightly sweep's pages, vocabulary-sweep.ts): their titles,
     * category and shop names, and their variants' names.
     */
    async vocabularySources(afterId: string | null, limit: number, db: Knex = knex) {
      const products = await db('products as p')
        .join('shops as s', 's.id', 'p.shop_id')
        .join('categories as c', 'c.id', 'p.category_id')
        .modify((query) => {
          if (afterId !== null) void query.where('p.id', '>', afterId);
        })
        .orderBy('p.id')
        .limit(limit)
        .select<{ id: string; title: string; category_name: string; shop_name: string }[]>(
          'p.id',
          'p.title',
          'c.name as category_name',
          's.name as shop_name',
        );
      const variants =
        products.length === 0
          ? []
          : await db('product_variants')
              .whereIn(
                'product_id',
                products.map((product) => product.id),
              )
              .whereNotNull('name')
              .select<{ product_id: string; name: string }[]>('product_id', 'name');
      return { products, variants };
    },

    /** One product with its shop and category, whatever its status, for product pages. */
    findProductView: async (id: string) => {
      const row = await knex('products as p')
        .join('shops as s', 's.id', 'p.shop_id')
        .join('municipalities as sm', 'sm.id', 's.municipality_id')
        .join('categories as c', 'c.id', 'p.category_id')
        .where('p.id', id)
        .first<
          | (ProductRow & {
              shop_slug: string;
              shop_name: string;
              shop_village: string | null;
              shop_municipality_slug: string;
              shop_content_locale: Locale;
              shop_status: string;
              category_slug: string;
            })
          | undefined
        >(
          'p.*',
          's.slug as shop_slug',
          's.name as shop_name',
          's.village as shop_village',
          'sm.slug as shop_municipality_slug',
          's.content_locale as shop_content_locale',
          's.status as shop_status',
          'c.slug as category_slug',
        );
      return row && { ...row, ...productOf(row) };
    },
  };
}

export type ProductsRepository = ReturnType<typeof createProductsRepository>;
