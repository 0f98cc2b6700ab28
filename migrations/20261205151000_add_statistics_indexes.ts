import type { Knex } from 'knex';

// Indexes the statistics' aggregate queries read instead of the tables (decision 0038). Rows
// of one municipality lie scattered among the region's (they are written as orders come), so
// a query that fetched each row would read a page per order; these carry every column the
// queries use, in the order they search by:
// - a shop's sold orders of a period: status, money, resident, and the id lines join on;
// - a service point's parcels by the time they were ordered;
// - a parcel's steps (arrived, collected, returning) and when;
// - an order's lines by VAT rate and product (for the category).

export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('shop_orders', (table) => {
    table.index(
      ['shop_id', 'created_at', 'status', 'total_ore', 'user_id', 'id'],
      'shop_orders_statistics',
    );
    table.index(
      ['service_point_id', 'created_at', 'fulfilment_method', 'id'],
      'shop_orders_service_point_statistics',
    );
  });
  await knex.schema.alterTable('order_status_events', (table) => {
    table.index(['order_id', 'to_status', 'at'], 'order_status_events_statistics');
  });
  await knex.schema.alterTable('order_lines', (table) => {
    table.index(
      ['order_id', 'vat_rate_basis_points', 'line_total_ore', 'product_id'],
      'order_lines_statistics',
    );
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('order_lines', (table) => {
    table.dropIndex([], 'order_lines_statistics');
  });
  await knex.schema.alterTable('order_status_events', (table) => {
    table.dropIndex([], 'order_status_events_statistics');
  });
  await knex.schema.alterTable('shop_orders', (table) => {
    table.dropIndex([], 'shop_orders_service_point_statistics');
    table.dropIndex([], 'shop_orders_statistics');
  });
}
