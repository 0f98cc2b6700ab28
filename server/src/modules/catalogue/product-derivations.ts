import type { ComparisonUnit, ContentUnit } from '@e-galleria/shared/catalogue';
import {
  compoundTails,
  foldForSearch,
  type SearchWord,
  searchWordsOf,
} from '@e-galleria/shared/search-text';
import type { SearchDocument } from '../../db/search-index.ts';
import type { ProductRow, VariantRow } from './products.repository.ts';

const comparisonUnitOf: Record<ContentUnit, ComparisonUnit> = {
  g: 'kg',
  ml: 'litre',
  piece: 'piece',
};
const comparisonBase: Record<ContentUnit, number> = { g: 1000, ml: 1000, piece: 1 };

/**
 * The highest comparison price shown: what products.comparison_price_ore (an integer column)
 * holds, 21 474 836,47 kr per kg, litre or piece.
 */
export const maxComparisonPriceOre = 2_147_483_647;

/**
 * Price per kg, litre or piece (jämförpris), rounded to whole öre. None when it would be more
 * than `maxComparisonPriceOre` (a gram at the highest price is 1 000 000 000 kr per kg): the
 * price and content the shop gave are valid, and a figure that large compares with nothing, so
 * the product is saved and listed without one rather than refused.
 */
export function comparisonPriceOf(
  variant: Pick<VariantRow, 'price_ore' | 'content_amount' | 'content_unit'>,
): { ore: number; unit: ComparisonUnit } | null {
  if (!variant.content_amount || !variant.content_unit) return null;
  const ore = Math.round(
    (variant.price_ore * comparisonBase[variant.content_unit]) / variant.content_amount,
  );
  if (ore > maxComparisonPriceOre) return null;
  return { ore, unit: comparisonUnitOf[variant.content_unit] };
}

export function isVariantInStock(trackStock: boolean, variant: Pick<VariantRow, 'stock'>) {
  return !trackStock || (variant.stock ?? 0) > 0;
}

/**
 * The columns a listing reads instead of aggregating variants; recomputed by the service on
 * every write of a product or its variants.
 */
export function deriveListingColumns(
  trackStock: boolean,
  variants: readonly VariantRow[],
): Pick<
  ProductRow,
  'price_from_ore' | 'is_in_stock' | 'comparison_price_ore' | 'comparison_unit' | 'variant_count'
> {
  const cheapest = [...variants].sort((a, b) => a.price_ore - b.price_ore)[0];
  const comparison = cheapest ? comparisonPriceOf(cheapest) : null;
  return {
    price_from_ore: cheapest?.price_ore ?? 0,
    is_in_stock: variants.some((variant) => isVariantInStock(trackStock, variant)),
    comparison_price_ore: comparison?.ore ?? null,
    comparison_unit: comparison?.unit ?? null,
    variant_count: variants.length,
  };
}

/**
 * A product's search document: its title weighs most; the body holds its variants, its
 * category's names and its shop's name (so "silvervägens" finds the shop's goods), its
 * description, and the endings of the title's long words (so "smörgås" finds "räksmörgås"). A shop's new name rewrites its products' documents (product-writes.ts, reindexShop).
 * The words a misspelt search may be corrected to are those of the title, the variants'
 * names, the category and the shop: what residents search for, not every word of a description.
 */
export function searchDocumentOf(
  product: Pick<ProductRow, 'id' | 'title' | 'description'>,
  variants: readonly Pick<VariantRow, 'name' | 'sku'>[],
  context: { categoryName: string; shopName: string },
): SearchDocument {
  const variantNames = variants.map((variant) => variant.name ?? '').join(' ');
  const variantWords = variants.map((variant) => `${variant.name ?? ''} ${variant.sku}`).join(' ');
  const title = foldForSearch(product.title);
  const body = foldForSearch(
    `${variantWords} ${context.categoryName} ${context.shopName} ${product.description}`,
  );
  // The title's compound heads (`smorgas` of `raksmorgas`) in the body, weighing less.
  return {
    productId: product.id,
    title,
    body: `${body} ${compoundTails(title).join(' ')}`.trim(),
    words: vocabularyOf(product.title, variantNames, context),
  };
}

/**
 * The words of a product a misspelt search may be corrected to: its title's, its variants'
 * names', its category's and its shop's (searchDocumentOf, and the nightly sweep that keeps
 * the vocabulary to what products still use: vocabulary-sweep.ts).
 */
export function vocabularyOf(
  title: string,
  variantNames: string,
  context: { categoryName: string; shopName: string },
): SearchWord[] {
  return searchWordsOf(`${title} ${variantNames} ${context.categoryName} ${context.shopName}`);
}

/** Category names are JSON { sv, en }: both languages are searchable. */
export function categorySearchText(nameJson: string): string {
  try {
    return Object.values(JSON.parse(nameJson) as Record<string, string>).join(' ');
  } catch {
    return '';
  }
}
