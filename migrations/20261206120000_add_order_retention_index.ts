import type { Knex } from 'knex';

// The hourly retention sweep (decision 0057) asks for the orders placed before a cutoff, the
// oldest first: without an index by time alone that is a scan of every order every hour.

export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('shop_orders', (table) => {
    table.index(['created_at', 'id'], 'shop_orders_by_age');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('shop_orders', (table) => {
    table.dropIndex([], 'shop_orders_by_age');
  });
}
