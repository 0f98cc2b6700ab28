import type { ProductPage } from '@e-galleria/shared/catalogue';
import { addVariant, deleteVariant, updateVariant } from '../../api/catalogue-api.ts';
import type { VariantInput } from './product-form-body.ts';

/**
 * Brings the product's variants in line with the form: changed ones are patched, new ones
 * added, removed ones deleted (last, so a product never drops to none on the way).
 */
export async function saveVariants(
  shopId: string,
  product: ProductPage,
  rows: readonly VariantInput[],
): Promise<void> {
  const kept = new Set(rows.map((row) => row.id).filter(Boolean));
  for (const row of rows) {
    const { id, ...fields } = row;
    const existing = product.variants.find((variant) => variant.id === id);
    if (!existing) {
      await addVariant(shopId, product.id, fields);
      continue;
    }
    const isChanged =
      existing.name !== fields.name ||
      existing.sku !== fields.sku ||
      existing.priceOre !== fields.priceOre ||
      existing.stock !== fields.stock;
    if (isChanged) await updateVariant(shopId, product.id, existing.id, fields);
  }
  for (const variant of product.variants) {
    if (!kept.has(variant.id)) await deleteVariant(shopId, product.id, variant.id);
  }
}
