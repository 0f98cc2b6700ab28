import type { StoredImage } from '@e-galleria/shared/images';
import type {
  AdminShopListItem,
  Category,
  OpeningHours,
  ShopDetail,
  ShopListing,
  ShopPage,
  ShopSummary,
} from '@e-galleria/shared/shops';
import type { CategoryRow, ListingRow, ShopRow, ShopWithHomeRow } from './shops.repository.ts';

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
/** Stored images by id, loaded in one query for a page or list. */
export type ImagesById = Map<string, StoredImage>;
const imageOf = (images: ImagesById, id: string | null) => (id ? (images.get(id) ?? null) : null);

export function toCategory(row: CategoryRow): Category {
  return { id: row.id, slug: row.slug, name: JSON.parse(row.name) as Category['name'] };
}

export function toShopSummary(
  row: ShopWithHomeRow,
  categories: Category[],
  images: ImagesById,
): ShopSummary {
  return {
    slug: row.slug,
    name: row.name,
    village: row.village,
    city: row.city,
    categories,
    openingHours: JSON.parse(row.opening_hours) as OpeningHours,
    homeMunicipality: { slug: row.home_slug, name: row.home_name },
    logo: imageOf(images, row.logo_image_id),
    cover: imageOf(images, row.cover_image_id),
  };
}

export function toShopPage(
  row: ShopWithHomeRow,
  categories: Category[],
  images: ImagesById,
): ShopPage {
  return {
    ...toShopSummary(row, categories, images),
    id: row.id,
    description: row.description,
    streetAddress: row.street_address,
    postalCode: row.postal_code,
    contactEmail: row.contact_email,
    contactPhone: row.contact_phone,
    websiteUrl: row.website_url,
    orgNumber: row.org_number,
    contentLocale: row.content_locale,
  };
}

export function toShopDetail(
  row: ShopWithHomeRow,
  categories: Category[],
  listings: (ListingRow & { slug: string; name: string })[],
  images: ImagesById,
  publishedCatalogue: ShopDetail['publishedCatalogue'],
): ShopDetail {
  return {
    ...toShopPage(row, categories, images),
    id: row.id,
    status: row.status,
    vatNumber: row.vat_number,
    reviewComment: row.review_comment,
    submittedAt: iso(row.submitted_at),
    publishedAt: iso(row.published_at),
    updatedAt: iso(row.updated_at) ?? '',
    listings: listings.map((listing): ShopListing => ({
      municipality: { slug: listing.slug, name: listing.name },
      status: listing.status,
      requestedAt: iso(listing.requested_at) ?? '',
      decidedAt: iso(listing.decided_at),
    })),
    publishedCatalogue,
  };
}

export function toAdminShopListItem(row: ShopRow): AdminShopListItem {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    status: row.status,
    village: row.village,
    submittedAt: iso(row.submitted_at),
    updatedAt: iso(row.updated_at) ?? '',
  };
}

/** Groups category rows by shop id, for lists loaded in one query. */
export function groupCategories(rows: (CategoryRow & { shop_id: string })[]) {
  const byShop = new Map<string, Category[]>();
  for (const row of rows) {
    const list = byShop.get(row.shop_id) ?? [];
    list.push(toCategory(row));
    byShop.set(row.shop_id, list);
  }
  return (shopId: string) => byShop.get(shopId) ?? [];
}
