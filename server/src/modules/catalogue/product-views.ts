import type {
  ProductListItem,
  ProductPage,
  ServiceDetails,
  ShopProductItem,
  Variant,
} from '@e-galleria/shared/catalogue';
import type { StoredImage } from '@e-galleria/shared/images';
import { comparisonPriceOf, isVariantInStock } from './product-derivations.ts';
import type { ListingRow, ShopListingRow } from './listing.repository.ts';
import type { ProductRow, ServiceRow, VariantRow } from './products.repository.ts';

const isoOrNull = (epochMs: number | null) =>
  epochMs === null ? null : new Date(epochMs).toISOString();

export function toListItem(
  row: Omit<ListingRow, 'first_image_id'>,
  image: StoredImage | null = null,
): ProductListItem {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    shop: {
      id: row.shop_id,
      slug: row.shop_slug,
      name: row.shop_name,
      village: row.shop_village,
      municipalitySlug: row.shop_municipality_slug,
      contentLocale: row.shop_content_locale,
    },
    category: { id: row.category_id, slug: row.category_slug },
    priceFromOre: row.price_from_ore,
    hasVariants: row.variant_count > 1,
    unit: row.unit,
    comparisonPriceOre: row.comparison_price_ore,
    comparisonUnit: row.comparison_unit,
    isInStock: row.is_in_stock,
    storageClass: row.storage_class,
    image,
    publishedAt: isoOrNull(row.published_at),
  };
}

export function toShopItem(row: ShopListingRow, image: StoredImage | null): ShopProductItem {
  return {
    ...toListItem(row, image),
    status: row.status,
    sku: row.single_sku,
    stock: row.track_stock && row.stock_total !== null ? row.stock_total : null,
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}

export function toVariant(row: VariantRow, trackStock: boolean): Variant {
  return {
    id: row.id,
    name: row.name,
    sku: row.sku,
    priceOre: row.price_ore,
    stock: trackStock ? row.stock : null,
    isInStock: isVariantInStock(trackStock, row),
    contentAmount: row.content_amount,
    contentUnit: row.content_unit,
    comparisonPriceOre: comparisonPriceOf(row)?.ore ?? null,
    position: row.position,
  };
}

export function toServiceDetails(row: ServiceRow): ServiceDetails {
  return {
    durationMinutes: row.duration_minutes,
    bookingMode: row.booking_mode,
    slotCapacity: row.slot_capacity,
    location: row.location,
    availability: JSON.parse(row.availability) as ServiceDetails['availability'],
  };
}

export function toProductPage(
  row: Omit<ListingRow, 'first_image_id'> & ProductRow,
  variants: readonly VariantRow[],
  service: ServiceRow | undefined,
  vatRateBasisPoints: number,
  images: StoredImage[],
): ProductPage {
  const trackStock = row.track_stock;
  const single = variants.length === 1 ? variants[0] : undefined;
  return {
    ...toListItem(row, images[0] ?? null),
    status: row.status,
    sku: single?.sku ?? null,
    stock: trackStock ? variants.reduce((sum, variant) => sum + (variant.stock ?? 0), 0) : null,
    updatedAt: new Date(row.updated_at).toISOString(),
    createdAt: new Date(row.created_at).toISOString(),
    description: row.description,
    vatClass: row.vat_class,
    vatRateBasisPoints,
    trackStock,
    variants: variants.map((variant) => toVariant(variant, trackStock)),
    service: service ? toServiceDetails(service) : null,
    images,
  };
}
