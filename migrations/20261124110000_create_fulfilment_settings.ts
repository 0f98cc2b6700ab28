import type { Knex } from 'knex';

// How a shop's goods reach residents (issue 4): pickup in the shop, and pickup at the service
// points it serves on a schedule (DESIGN's pickup_schedule). Earliest dates are never stored:
// they are computed from these rows and the opening hours at the moment someone asks.

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('shop_fulfilment_settings', (table) => {
    table.string('shop_id', 36).primary().references('shops.id').onDelete('CASCADE');
    table.boolean('pickup_in_shop_enabled').notNullable();
    /** Minutes from the order until it can be handed over in the shop. */
    table.integer('preparation_minutes').notNullable();
    table.bigInteger('updated_at').notNullable();
  });
  await knex.schema.createTable('pickup_schedules', (table) => {
    table.string('shop_id', 36).notNullable().references('shops.id').onDelete('CASCADE');
    table.string('service_point_id', 36).notNullable().references('service_points.id');
    /** Switched off rather than deleted, so the owner can pause a route and keep its days. */
    table.boolean('is_active').notNullable();
    /**
     * JSON array read whole, never queried: [{ weekday, cutoffWeekday, cutoffTime }], ISO
     * weekdays and 'HH:MM' local time (shared/src/pickup-schedule.ts).
     */
    table.text('deliveries').notNullable();
    table.bigInteger('created_at').notNullable();
    table.bigInteger('updated_at').notNullable();
    table.primary(['shop_id', 'service_point_id']);
    // Which shops deliver to a point: the operator's and the checkout's question.
    table.index(['service_point_id']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('pickup_schedules');
  await knex.schema.dropTableIfExists('shop_fulfilment_settings');
}
