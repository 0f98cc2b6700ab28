import type { Knex } from 'knex';

// The deliveries module's tables (decision 0020): one note per home-delivered order with the
// address as it was at checkout, the carrier's runs (körningar), and the commands a carrier's
// phone sent, kept so a replay from its offline queue lands once. Money in öre, times in epoch
// ms, dates 'YYYY-MM-DD' (Swedish calendar dates).

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('delivery_runs', (table) => {
    table.string('id', 36).primary();
    table.string('carrier_id', 36).notNullable().references('carriers.id');
    table.string('municipality_id', 36).notNullable().references('municipalities.id');
    table.string('date', 10).notNullable();
    /** The route as the driver names it (often the zone's name). */
    table.string('route', 80).notNullable();
    table.string('vehicle', 40).notNullable();
    /** Kilometres driven, in tenths (a car's trip meter); null until the run is closed. */
    table.integer('km_tenths');
    table.bigInteger('started_at').notNullable();
    table.bigInteger('closed_at');
    table.string('created_by_user_id', 36).references('users.id').onDelete('SET NULL');
    table.string('closed_by_user_id', 36).references('users.id').onDelete('SET NULL');
    table.bigInteger('created_at').notNullable();
    table.bigInteger('updated_at').notNullable();
    table.index(['carrier_id', 'date']);
    // The subsidy report (issue 14) reads a municipality's runs by period.
    table.index(['municipality_id', 'date']);
  });

  await knex.schema.createTable('delivery_notes', (table) => {
    table.string('order_id', 36).primary().references('shop_orders.id');
    table.string('municipality_id', 36).notNullable().references('municipalities.id');
    table.string('shop_id', 36).notNullable().references('shops.id');
    table.string('household_id', 36).notNullable().references('households.id');
    table.string('zone_id', 36).notNullable().references('delivery_zones.id');
    /** The route day it is driven out. */
    table.string('date', 10).notNullable();
    table.string('carrier_id', 36).references('carriers.id');
    /** The driver's order of the day (1, 2, …); null until the carrier arranges it. */
    table.integer('sequence');
    // The address as it was at checkout: a household that moves later does not move this order.
    table.string('recipient_name', 120).notNullable();
    table.string('street_address', 120).notNullable();
    table.string('postal_code', 5).notNullable();
    table.string('village', 80).notNullable();
    table.string('door_code', 20);
    table.string('phone', 30).notNullable();
    table.string('driver_note', 300);
    table.integer('fee_ore').notNullable();
    table.boolean('is_subsidised').notNullable();
    /** Cool bags (kylväskor) delivered with the order; the household hands them back later. */
    table.integer('cool_bags').notNullable();
    /** Cool bags the driver took back from the household at this delivery. */
    table.integer('cool_bags_returned').notNullable().defaultTo(0);
    /** What the driver collects at the door (pay on delivery), else 0. */
    table.integer('collect_ore').notNullable();
    /** What the driver took, recorded once with the delivery. */
    table.integer('collected_ore');
    /** delivered | not_home | refused, once the driver has been at the door. */
    table.string('outcome', 20);
    table.bigInteger('assigned_at');
    table.bigInteger('handed_at');
    table.bigInteger('delivered_at');
    table.bigInteger('failed_at');
    table.string('run_id', 36).references('delivery_runs.id');
    /** When the resident was told "on its way today": claimed once, by the morning job. */
    table.bigInteger('on_its_way_sent_at');
    table.bigInteger('created_at').notNullable();
    table.bigInteger('updated_at').notNullable();
    table.index(['carrier_id', 'date']);
    table.index(['shop_id', 'date']);
    // A shop's notes still open (no outcome, or failed and not yet sent again).
    table.index(['shop_id', 'outcome']);
    // Cool bags out per household of a shop: summed from the index alone.
    table.index(['shop_id', 'household_id', 'outcome', 'cool_bags', 'cool_bags_returned']);
    // Cool bags out per household: summed from the index alone.
    table.index(['household_id', 'outcome', 'cool_bags', 'cool_bags_returned']);
    table.index(['date', 'on_its_way_sent_at']);
    table.index(['municipality_id', 'date']);
  });

  // Each command a carrier's phone sent, under the id the phone gave it: a replay finds it and
  // answers the same, and nothing is delivered, failed, started or closed twice.
  await knex.schema.createTable('delivery_commands', (table) => {
    table.string('id', 64).primary();
    table.string('carrier_id', 36).notNullable().references('carriers.id');
    /** deliver | fail | start_run | close_run */
    table.string('kind', 20).notNullable();
    /** The order (deliver, fail) or the run (start_run, close_run) it was about. */
    table.string('target_id', 36).notNullable();
    table.string('user_id', 36).references('users.id').onDelete('SET NULL');
    table.bigInteger('at').notNullable();
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('delivery_commands');
  await knex.schema.dropTableIfExists('delivery_notes');
  await knex.schema.dropTableIfExists('delivery_runs');
}
