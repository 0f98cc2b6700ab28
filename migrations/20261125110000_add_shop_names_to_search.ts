import type { Knex } from 'knex';
import { reindexShopProducts } from '../server/src/modules/catalogue/reindex-shop.ts';

// Search documents now hold the shop's name (so "silvervägens" finds the shop's goods):
// existing documents are rewritten once.

export async function up(knex: Knex): Promise<void> {
  const shops = await knex('shops').select<{ id: string }[]>('id');
  for (const shop of shops) await reindexShopProducts(knex, shop.id);
}

export async function down(): Promise<void> {
  // The longer documents are harmless to an older version: nothing to undo.
}
