import type { Knex } from 'knex';
import { newId } from '../db/ids.ts';
import { writeSearchDocuments } from '../db/search-index.ts';
import {
  categorySearchText,
  deriveListingColumns,
  searchDocumentOf,
} from '../modules/catalogue/product-derivations.ts';
import type { ProductRow, VariantRow } from '../modules/catalogue/products.repository.ts';
import { demoCatalogue as catalogue } from './demo-catalogue-data.ts';

// An invented catalogue for the Arjeplog demo shops (DESIGN §7): groceries with chilled and
// frozen goods, hardware, fish and game, bread, and the hairdresser's and laundry's services.

/** Adds the demo catalogue to the demo shops that exist; shops it does not know are left empty. */
export async function seedDemoCatalogue(trx: Knex, now: number): Promise<void> {
  const shops = await trx('shops')
    .whereIn('name', Object.keys(catalogue))
    .select<{ id: string; name: string }[]>('id', 'name');
  const categories = await trx('categories').select<{ id: string; name: string }[]>('id', 'name');
  const categoryNames = new Map(categories.map((row) => [row.id, categorySearchText(row.name)]));
  let skuNumber = 1000;
  for (const shop of shops) {
    for (const spec of catalogue[shop.name] ?? []) {
      const id = newId();
      const trackStock = !spec.service;
      const variants: VariantRow[] = spec.variants.map((variant, position) => ({
        id: newId(),
        product_id: id,
        shop_id: shop.id,
        name: variant.name,
        sku: `DEMO-${(skuNumber += 1)}`,
        price_ore: variant.priceOre,
        stock: trackStock ? (variant.stock ?? 0) : null,
        content_amount: variant.content?.[0] ?? null,
        content_unit: variant.content?.[1] ?? null,
        position,
        created_at: now,
        updated_at: now,
      }));
      const product: ProductRow = {
        id,
        shop_id: shop.id,
        kind: spec.service ? 'service' : 'good',
        title: spec.title,
        description: spec.description ?? '',
        category_id: `cat-${spec.category}`,
        status: 'published',
        vat_class: spec.vatClass,
        unit: spec.unit ?? 'piece',
        storage_class: spec.storage ?? 'ambient',
        track_stock: trackStock,
        ...deriveListingColumns(trackStock, variants),
        published_at: now,
        created_at: now,
        updated_at: now,
      };
      await trx('products').insert(product);
      await trx('product_variants').insert(variants);
      if (spec.service)
        await trx('product_services').insert({
          product_id: id,
          duration_minutes: spec.service.minutes,
          booking_mode: spec.service.mode,
          slot_capacity: spec.service.mode === 'slots' ? (spec.service.capacity ?? 1) : null,
          location: spec.service.location,
          availability: JSON.stringify({
            weekly: spec.service.weekly ?? [],
            exceptions: [
              { date: '2026-12-24', intervals: [] },
              { date: '2026-12-25', intervals: [] },
            ],
          }),
        });
      await writeSearchDocuments(trx, [
        searchDocumentOf(product, variants, {
          categoryName: categoryNames.get(product.category_id) ?? '',
          shopName: shop.name,
        }),
      ]);
    }
  }
}
