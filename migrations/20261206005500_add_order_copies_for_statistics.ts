import type { Knex } from 'knex';

// The statistics read a municipality's order lines, charges and parcel steps of a period
// (decision 0045). Reached through their orders, each is a probe into an index ordered by order
// id, where one municipality's rows lie scattered among the region's: a page read per order.
// So each row gets a copy of what the statistics search by, taken from its order when it is
// written — the order's shop and time (lines, charges), the service point it is picked up at
// (status events) — which an order never changes after checkout; the indexes below then hold
// one municipality's period as a few ranges. Whether an order still counts (its status) is
// still read from the order itself, at the time of the read.

export async function up(knex: Knex): Promise<void> {
  for (const table of ['order_lines', 'order_charges'] as const) {
    await knex.schema.alterTable(table, (columns) => {
      columns.string('shop_id', 36);
      columns.bigInteger('order_created_at');
    });
    await knex.raw(
      `UPDATE ${table}
          SET shop_id = (SELECT o.shop_id FROM shop_orders o WHERE o.id = ${table}.order_id),
              order_created_at =
                (SELECT o.created_at FROM shop_orders o WHERE o.id = ${table}.order_id)`,
    );
  }
  await knex.schema.alterTable('order_status_events', (columns) => {
    columns.string('pickup_point_id', 36);
  });
  await knex.raw(
    `UPDATE order_status_events
        SET pickup_point_id = (SELECT o.service_point_id FROM shop_orders o
                                WHERE o.id = order_status_events.order_id
                                  AND o.fulfilment_method = 'pickup_at_service_point')`,
  );
  await knex.schema.alterTable('order_lines', (table) => {
    table.dropIndex([], 'order_lines_statistics');
    table.index(
      [
        'shop_id',
        'order_created_at',
        'order_id',
        'vat_rate_basis_points',
        'line_total_ore',
        'product_id',
      ],
      'order_lines_statistics',
    );
  });
  await knex.schema.alterTable('order_charges', (table) => {
    table.index(
      ['shop_id', 'order_created_at', 'order_id', 'vat_rate_basis_points', 'amount_ore'],
      'order_charges_statistics',
    );
  });
  await knex.schema.alterTable('order_status_events', (table) => {
    table.index(['pickup_point_id', 'to_status', 'at', 'order_id'], 'order_status_events_points');
  });
  // The parcels no longer start from the points' orders.
  await knex.schema.alterTable('shop_orders', (table) => {
    table.dropIndex([], 'shop_orders_service_point_statistics');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('shop_orders', (table) => {
    table.index(
      ['service_point_id', 'created_at', 'fulfilment_method', 'id'],
      'shop_orders_service_point_statistics',
    );
  });
  await knex.schema.alterTable('order_status_events', (table) => {
    table.dropIndex([], 'order_status_events_points');
  });
  await knex.schema.alterTable('order_charges', (table) => {
    table.dropIndex([], 'order_charges_statistics');
  });
  await knex.schema.alterTable('order_lines', (table) => {
    table.dropIndex([], 'order_lines_statistics');
    table.index(
      ['order_id', 'vat_rate_basis_points', 'line_total_ore', 'product_id'],
      'order_lines_statistics',
    );
  });
  await knex.schema.alterTable('order_status_events', (table) => {
    table.dropColumn('pickup_point_id');
  });
  for (const table of ['order_charges', 'order_lines'] as const) {
    await knex.schema.alterTable(table, (columns) => {
      columns.dropColumn('order_created_at');
      columns.dropColumn('shop_id');
    });
  }
}
