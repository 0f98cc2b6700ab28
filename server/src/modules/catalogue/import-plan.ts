import type { ImportRow } from './catalogue-csv.ts';
import type { ProductRow, VariantRow } from './products.repository.ts';

export type PlannedRow =
  | { kind: 'create'; row: ImportRow; categoryId: string }
  | {
      kind: 'update';
      row: ImportRow;
      product: ProductRow;
      variant: VariantRow;
      productChanges: Partial<ProductRow>;
      variantChanges: Partial<VariantRow>;
    }
  | { kind: 'unchanged'; row: ImportRow };

function changed<Row extends object>(current: Row, wanted: Partial<Row>): Partial<Row> {
  const changes: Partial<Row> = {};
  for (const key of Object.keys(wanted) as (keyof Row)[]) {
    const value = wanted[key];
    if (current[key] !== value) changes[key] = value;
  }
  return changes;
}

/**
 * What one row does to the catalogue: create an article, update the one with its SKU, or
 * nothing when the file says what the catalogue already holds (so a re-import is a no-op).
 * A SKU of a product with several variants updates that variant's price, stock and content.
 */
export function planRow(
  row: ImportRow,
  categoryId: string,
  existing: { variant: VariantRow; product: ProductRow } | undefined,
): PlannedRow {
  if (!existing) return { kind: 'create', row, categoryId };
  const { product, variant } = existing;
  const isSingle = product.variant_count === 1;
  const trackStock = isSingle ? row.stock !== null : product.track_stock;
  const productChanges = isSingle
    ? changed(product, {
        title: row.title,
        description: row.description,
        category_id: categoryId,
        vat_class: row.vatClass,
        unit: row.unit,
        storage_class: row.storageClass,
        track_stock: trackStock,
        status: row.status ?? product.status,
      })
    : {};
  const variantChanges = changed(variant, {
    price_ore: row.priceOre,
    stock: trackStock ? (row.stock ?? 0) : null,
    content_amount: row.contentAmount,
    content_unit: row.contentUnit,
  });
  if (Object.keys(productChanges).length === 0 && Object.keys(variantChanges).length === 0)
    return { kind: 'unchanged', row };
  return { kind: 'update', row, product, variant, productChanges, variantChanges };
}
