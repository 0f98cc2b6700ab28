import { z } from 'zod';
import { calendarDateSchema, calendarInstantSchema } from './calendar-date-schemas.ts';
import { storedImageSchema } from './images.ts';
import { localeSchema } from './locales.ts';
import { vatClassSchema } from './vat.ts';

// Goods and services of a shop. Prices are integer öre including VAT (DESIGN §5).

export const productKinds = ['good', 'service'] as const;
export const productKindSchema = z.enum(productKinds);
export type ProductKind = z.infer<typeof productKindSchema>;

export const productStatuses = ['draft', 'published', 'archived'] as const;
export const productStatusSchema = z.enum(productStatuses);
export type ProductStatus = z.infer<typeof productStatusSchema>;

export const productUnits = ['piece', 'kg', 'litre', 'pack'] as const;
export const productUnitSchema = z.enum(productUnits);
export type ProductUnit = z.infer<typeof productUnitSchema>;

export const storageClasses = ['ambient', 'chilled', 'frozen'] as const;
export const storageClassSchema = z.enum(storageClasses);
export type StorageClass = z.infer<typeof storageClassSchema>;

/** What a variant contains, for the comparison price: grams → per kg, ml → per litre. */
export const contentUnits = ['g', 'ml', 'piece'] as const;
export const contentUnitSchema = z.enum(contentUnits);
export type ContentUnit = z.infer<typeof contentUnitSchema>;
export const comparisonUnits = ['kg', 'litre', 'piece'] as const;
export type ComparisonUnit = (typeof comparisonUnits)[number];

const priceOreSchema = z.number().int().min(0).max(100_000_000);
const stockSchema = z.number().int().min(0).max(1_000_000);
export const skuSchema = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[\p{L}\p{N}._\-/]+$/u, 'letters, digits and . _ - / only');

const variantFields = {
  name: z.string().trim().min(1).max(80),
  sku: skuSchema,
  priceOre: priceOreSchema,
  /** Null or absent: not counted (the product does not track stock). */
  stock: stockSchema.nullable().optional(),
  contentAmount: z.number().int().min(1).max(10_000_000).nullable().optional(),
  contentUnit: contentUnitSchema.nullable().optional(),
};
export const createVariantBodySchema = z.object(variantFields).strict();
export type CreateVariantBody = z.infer<typeof createVariantBodySchema>;
export const updateVariantBodySchema = z
  .object({ ...variantFields, position: z.number().int().min(0).max(1000) })
  .partial()
  .strict();
export type UpdateVariantBody = z.infer<typeof updateVariantBodySchema>;

const timeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time such as 09:30');
const intervalSchema = z
  .object({ start: timeSchema, end: timeSchema })
  .strict()
  .refine((interval) => interval.start < interval.end, 'the end comes after the start');
export const availabilitySchema = z
  .object({
    /** ISO weekday, 1 = Monday … 7 = Sunday; times are Swedish local time. */
    weekly: z
      .array(
        z
          .object({ weekday: z.number().int().min(1).max(7), start: timeSchema, end: timeSchema })
          .strict()
          .refine((interval) => interval.start < interval.end, 'the end comes after the start'),
      )
      .max(50),
    /** A dated exception replaces that day's weekly intervals; no intervals = closed. */
    exceptions: z
      .array(
        z
          .object({
            date: calendarDateSchema,
            intervals: z.array(intervalSchema).max(10),
          })
          .strict(),
      )
      .max(400),
  })
  .strict();
export type Availability = z.infer<typeof availabilitySchema>;

export const bookingModes = ['slots', 'on_request'] as const;
export const serviceLocations = ['in_shop', 'at_home', 'at_service_point'] as const;
export const serviceDetailsSchema = z
  .object({
    durationMinutes: z
      .number()
      .int()
      .min(5)
      .max(24 * 60),
    bookingMode: z.enum(bookingModes),
    /** How many can book one slot (a laundry machine: 1; a bus seat: 8). */
    slotCapacity: z.number().int().min(1).max(500).nullable().default(null),
    location: z.enum(serviceLocations),
    availability: availabilitySchema.default({ weekly: [], exceptions: [] }),
  })
  .strict();
export type ServiceDetails = z.infer<typeof serviceDetailsSchema>;

const productFields = {
  title: z.string().trim().min(2).max(150),
  /** Markdown; rendered as text without HTML. */
  description: z.string().max(10_000),
  categoryId: z.string().min(1).max(36),
  status: productStatusSchema,
  vatClass: vatClassSchema,
  unit: productUnitSchema,
  storageClass: storageClassSchema,
  trackStock: z.boolean(),
};

/**
 * A product is sold either in one form (`priceOre`, optional `sku`, `stock`, content) or in
 * named `variants` (sizes, weights), each with its own price, SKU and stock.
 */
export const createProductBodySchema = z
  .object({
    kind: productKindSchema.default('good'),
    ...productFields,
    description: productFields.description.default(''),
    status: productStatusSchema.default('draft'),
    unit: productUnitSchema.default('piece'),
    storageClass: storageClassSchema.default('ambient'),
    trackStock: z.boolean().default(false),
    priceOre: priceOreSchema.optional(),
    sku: skuSchema.optional(),
    stock: variantFields.stock,
    contentAmount: variantFields.contentAmount,
    contentUnit: variantFields.contentUnit,
    variants: z.array(createVariantBodySchema).min(1).max(50).optional(),
    service: serviceDetailsSchema.optional(),
  })
  .strict()
  .superRefine((body, context) => {
    if ((body.priceOre === undefined) === (body.variants === undefined))
      context.addIssue({
        code: 'custom',
        path: ['priceOre'],
        message: 'give either priceOre or variants',
      });
    if ((body.kind === 'service') !== (body.service !== undefined))
      context.addIssue({
        code: 'custom',
        path: ['service'],
        message: 'a service has service details; a good has none',
      });
  });
export type CreateProductBody = z.infer<typeof createProductBodySchema>;

/** `{stock: 1}`, `{priceOre}`, `{sku}` change the single form of a product without variants. */
export const updateProductBodySchema = z
  .object({
    ...productFields,
    priceOre: priceOreSchema,
    sku: skuSchema,
    stock: variantFields.stock,
    contentAmount: variantFields.contentAmount,
    contentUnit: variantFields.contentUnit,
    service: serviceDetailsSchema,
  })
  .partial()
  .strict();
export type UpdateProductBody = z.infer<typeof updateProductBodySchema>;

/** `category`: grouped by category in the catalogue's order, as a shop's page shows them. */
export const productSorts = ['relevance', 'price_asc', 'price_desc', 'newest', 'category'] as const;
export type ProductSort = (typeof productSorts)[number];

const booleanQuerySchema = z.enum(['true', 'false']).transform((value) => value === 'true');
const oreQuerySchema = z.coerce.number().int().min(0).max(100_000_000);

/** The listing and search query, for a municipality's galleria or the whole region. */
export const productListQuerySchema = z
  .object({
    q: z.string().max(200).optional(),
    /** Category slug or id. */
    category: z.string().max(60).optional(),
    /** Shop slug or id. */
    shop: z.string().max(80).optional(),
    village: z.string().max(80).optional(),
    priceMinOre: oreQuerySchema.optional(),
    priceMaxOre: oreQuerySchema.optional(),
    inStock: booleanQuerySchema.optional(),
    kind: productKindSchema.optional(),
    /** Default: relevance with a query, newest without. */
    sort: z.enum(productSorts).optional(),
    cursor: z.string().max(400).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(24),
  })
  .strict()
  .refine(
    (query) =>
      query.priceMinOre === undefined ||
      query.priceMaxOre === undefined ||
      query.priceMaxOre >= query.priceMinOre,
    { path: ['priceMaxOre'], message: 'the highest price is below the lowest' },
  );
export type ProductListQuery = z.infer<typeof productListQuerySchema>;
export type ProductFilters = Omit<ProductListQuery, 'sort' | 'cursor' | 'limit'>;

export const shopProductListQuerySchema = z
  .object({
    status: productStatusSchema.optional(),
    cursor: z.string().max(400).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(50),
  })
  .strict();
export type ShopProductListQuery = z.infer<typeof shopProductListQuerySchema>;

export const productShopSchema = z.object({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  village: z.string().nullable(),
  /** The shop's home municipality: its page is `/:municipalitySlug/butiker/:slug`. */
  municipalitySlug: z.string(),
  /** The language the shop writes in: its goods' names are marked with it (decision 0073). */
  contentLocale: localeSchema,
});

export const productListItemSchema = z.object({
  id: z.string(),
  kind: productKindSchema,
  title: z.string(),
  shop: productShopSchema,
  category: z.object({ id: z.string(), slug: z.string() }),
  /** The lowest variant price, including VAT. */
  priceFromOre: z.number().int(),
  hasVariants: z.boolean(),
  unit: productUnitSchema,
  comparisonPriceOre: z.number().int().nullable(),
  comparisonUnit: z.enum(comparisonUnits).nullable(),
  isInStock: z.boolean(),
  storageClass: storageClassSchema,
  /** The first photo, ready for <picture> with srcset; null without photos. */
  image: storedImageSchema.nullable(),
  publishedAt: z.string().nullable(),
});
export type ProductListItem = z.infer<typeof productListItemSchema>;

/** A shop's own list, drafts and archived included. */
export const shopProductItemSchema = productListItemSchema.extend({
  status: productStatusSchema,
  sku: z.string().nullable(),
  stock: z.number().int().nullable(),
  updatedAt: z.string(),
});
export type ShopProductItem = z.infer<typeof shopProductItemSchema>;

export const variantSchema = z.object({
  id: z.string(),
  name: z.string().nullable(),
  sku: z.string(),
  priceOre: z.number().int(),
  stock: z.number().int().nullable(),
  isInStock: z.boolean(),
  contentAmount: z.number().int().nullable(),
  contentUnit: contentUnitSchema.nullable(),
  comparisonPriceOre: z.number().int().nullable(),
  position: z.number().int(),
});
export type Variant = z.infer<typeof variantSchema>;

export const productPageSchema = shopProductItemSchema.extend({
  description: z.string(),
  vatClass: vatClassSchema,
  /** Today's rate of the class, from the dated rates (2500 = 25 %). */
  vatRateBasisPoints: z.number().int(),
  trackStock: z.boolean(),
  variants: z.array(variantSchema),
  service: serviceDetailsSchema.nullable(),
  /** Up to 8 photos in the shop's order. */
  images: z.array(storedImageSchema),
  createdAt: z.string(),
});
export type ProductPage = z.infer<typeof productPageSchema>;

export const productFacetsSchema = z.object({
  total: z.number().int(),
  categories: z.array(z.object({ id: z.string(), slug: z.string(), count: z.number().int() })),
  shops: z.array(
    z.object({ id: z.string(), slug: z.string(), name: z.string(), count: z.number().int() }),
  ),
  villages: z.array(z.object({ name: z.string(), count: z.number().int() })),
  price: z.object({ minOre: z.number().int(), maxOre: z.number().int() }).nullable(),
  inStock: z.number().int(),
  kinds: z.object({ good: z.number().int(), service: z.number().int() }),
  /**
   * When a search finds nothing: the query with its misspelt words corrected, which does find
   * something with the same filters ("mjök" → "mjölk"); otherwise null.
   */
  didYouMean: z.string().nullable(),
});
export type ProductFacets = z.infer<typeof productFacetsSchema>;

export const slotsQuerySchema = z
  .object({
    from: calendarDateSchema.optional(),
    /** Times that start after this instant: the next page after the last time shown. */
    after: calendarInstantSchema.optional(),
    days: z.coerce.number().int().min(1).max(60).default(14),
    limit: z.coerce.number().int().min(1).max(200).default(20),
  })
  .strict();
export const slotSchema = z.object({
  startsAt: z.string(),
  endsAt: z.string(),
  capacity: z.number().int(),
  available: z.number().int(),
});
export type Slot = z.infer<typeof slotSchema>;

/** The product's photos in the order to show them: every photo id once. */
export const reorderImagesBodySchema = z
  .object({ imageIds: z.array(z.string().max(36)).min(1).max(8) })
  .strict();

/** `GET /vat-rates`: the rate of every VAT class on today's Swedish date, for forms. */
export const vatRatesResponseSchema = z.object({
  items: z.array(z.object({ vatClass: vatClassSchema, rateBasisPoints: z.number().int() })),
  /** The Swedish date (`YYYY-MM-DD`) the rates apply on. */
  date: z.string(),
});
export type VatRatesResponse = z.infer<typeof vatRatesResponseSchema>;
