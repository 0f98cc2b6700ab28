import type { z } from 'zod';
import type {
  ProductFacets,
  ProductListItem,
  ProductPage,
  ShopProductItem,
  Slot,
  UpdateProductBody,
  VatRatesResponse,
  createProductBodySchema,
} from '@e-galleria/shared/catalogue';
import type { ImportJob, ImportReport } from '@e-galleria/shared/catalogue-import';
import type { ListResponse } from '@e-galleria/shared/lists';
import { shrinkPhotoForUpload } from '../lib/shrink-photo.ts';
import { requestJson } from './http-client.ts';

const segment = encodeURIComponent;

/** The search query as the URL carries it; the same names as the API's query parameters. */
export type ProductSearch = {
  q?: string;
  category?: string;
  shop?: string;
  village?: string;
  priceMinOre?: number;
  priceMaxOre?: number;
  inStock?: boolean;
  kind?: 'good' | 'service';
  sort?: string;
  cursor?: string;
  limit?: number;
};

function toQueryString(search: Record<string, string | number | boolean | undefined>): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(search)) {
    if (value !== undefined && value !== '') query.set(name, String(value));
  }
  return query.size > 0 ? `?${query.toString()}` : '';
}

/** A municipality's galleria, or the whole region when `municipalitySlug` is null. */
export function searchProducts(
  municipalitySlug: string | null,
  search: ProductSearch,
  signal?: AbortSignal,
): Promise<ListResponse<ProductListItem>> {
  const base = municipalitySlug
    ? `/v1/municipalities/${segment(municipalitySlug)}/products`
    : '/v1/products';
  return requestJson(`${base}${toQueryString(search)}`, { signal });
}

export function fetchProductFacets(
  municipalitySlug: string | null,
  search: ProductSearch,
  signal?: AbortSignal,
): Promise<{ facets: ProductFacets }> {
  const { cursor: _cursor, sort: _sort, limit: _limit, ...filters } = search;
  const base = municipalitySlug
    ? `/v1/municipalities/${segment(municipalitySlug)}/product-facets`
    : '/v1/product-facets';
  return requestJson(`${base}${toQueryString(filters)}`, { signal });
}

export function fetchProduct(
  productId: string,
  signal?: AbortSignal,
): Promise<{ product: ProductPage }> {
  return requestJson(`/v1/products/${segment(productId)}`, { signal });
}

/** The next free times, or those after `after` (the last time a page showed). */
export function listProductSlots(
  productId: string,
  after: string | null,
  signal?: AbortSignal,
): Promise<{ items: Slot[] }> {
  const query = new URLSearchParams({ days: '14', limit: '12', ...(after ? { after } : {}) });
  return requestJson(`/v1/products/${segment(productId)}/slots?${query.toString()}`, { signal });
}

/** Today's rate of every VAT class, for the product form. */
export function fetchVatRates(signal?: AbortSignal): Promise<VatRatesResponse> {
  return requestJson('/v1/vat-rates', { signal });
}

const shopPath = (shopId: string) => `/v1/shops/${segment(shopId)}`;

export function listShopProducts(
  shopId: string,
  filters: { status?: string; cursor?: string; limit?: number },
  signal?: AbortSignal,
): Promise<ListResponse<ShopProductItem>> {
  return requestJson(`${shopPath(shopId)}/products${toQueryString(filters)}`, { signal });
}

export function fetchShopProduct(
  shopId: string,
  productId: string,
  signal?: AbortSignal,
): Promise<{ product: ProductPage }> {
  return requestJson(`${shopPath(shopId)}/products/${segment(productId)}`, { signal });
}

export type CreateProductInput = z.input<typeof createProductBodySchema>;

export function createProduct(
  shopId: string,
  body: CreateProductInput,
): Promise<{ product: ProductPage }> {
  return requestJson(`${shopPath(shopId)}/products`, { method: 'POST', body });
}

export function updateProduct(
  shopId: string,
  productId: string,
  body: UpdateProductBody,
): Promise<{ product: ProductPage }> {
  return requestJson(`${shopPath(shopId)}/products/${segment(productId)}`, {
    method: 'PATCH',
    body,
  });
}

/** The photo goes shrunk to what the product's renditions need (decision 0062). */
export async function uploadProductImage(
  shopId: string,
  productId: string,
  file: File,
): Promise<{ product: ProductPage }> {
  const body = new FormData();
  body.set('image', await shrinkPhotoForUpload(file, 'product'));
  return requestJson(`${shopPath(shopId)}/products/${segment(productId)}/images`, {
    method: 'POST',
    body,
  });
}

export function reorderProductImages(
  shopId: string,
  productId: string,
  imageIds: string[],
): Promise<{ product: ProductPage }> {
  return requestJson(`${shopPath(shopId)}/products/${segment(productId)}/images`, {
    method: 'PUT',
    body: { imageIds },
  });
}

export function removeProductImage(
  shopId: string,
  productId: string,
  imageId: string,
): Promise<{ product: ProductPage }> {
  return requestJson(
    `${shopPath(shopId)}/products/${segment(productId)}/images/${segment(imageId)}`,
    { method: 'DELETE' },
  );
}

export const importTemplatePath = '/api/v1/catalogue/import-template.csv';

export function dryRunImport(shopId: string, file: File): Promise<{ report: ImportReport }> {
  const body = new FormData();
  body.set('file', file);
  return requestJson(`${shopPath(shopId)}/catalogue-imports?dryRun=true`, {
    method: 'POST',
    body,
  });
}

export function startImport(
  shopId: string,
  file: File,
): Promise<{ import: ImportJob; report: ImportReport }> {
  const body = new FormData();
  body.set('file', file);
  return requestJson(`${shopPath(shopId)}/catalogue-imports`, { method: 'POST', body });
}

export function fetchImport(
  shopId: string,
  importId: string,
  signal?: AbortSignal,
): Promise<{ import: ImportJob }> {
  return requestJson(`${shopPath(shopId)}/catalogue-imports/${segment(importId)}`, { signal });
}

type VariantFields = {
  name: string;
  sku: string;
  priceOre: number;
  stock: number | null;
  contentAmount: number | null;
  contentUnit: 'g' | 'ml' | 'piece' | null;
};

const variantsPath = (shopId: string, productId: string) =>
  `${shopPath(shopId)}/products/${segment(productId)}/variants`;

export function addVariant(
  shopId: string,
  productId: string,
  body: VariantFields,
): Promise<{ product: ProductPage }> {
  return requestJson(variantsPath(shopId, productId), { method: 'POST', body });
}

export function updateVariant(
  shopId: string,
  productId: string,
  variantId: string,
  body: VariantFields,
): Promise<{ product: ProductPage }> {
  return requestJson(`${variantsPath(shopId, productId)}/${segment(variantId)}`, {
    method: 'PATCH',
    body,
  });
}

export function deleteVariant(
  shopId: string,
  productId: string,
  variantId: string,
): Promise<{ product: ProductPage }> {
  return requestJson(`${variantsPath(shopId, productId)}/${segment(variantId)}`, {
    method: 'DELETE',
  });
}
