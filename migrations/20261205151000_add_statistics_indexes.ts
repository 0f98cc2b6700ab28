import type { Knex } from 'knex';

// Indexes the statistics' aggregate queries use (decision 0038): parcels counted from the
// status history by the status reached and when, the shop's orders by the day they came in
// already have (shop_id, created_at), a resident's earlier orders by (user_id, created_at).

export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('order_status_events', (table) => {
    table.index(['to_status', 'at', 'order_id'], 'order_status_events_to_status_at');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('order_status_events', (table) => {
    table.dropIndex(['to_status', 'at', 'order_id'], 'order_status_events_to_status_at');
  });
}
