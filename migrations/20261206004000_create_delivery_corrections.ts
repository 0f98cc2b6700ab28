import type { Knex } from 'knex';

// Corrections of a carrier's recorded runs and deliveries (issue 14, decision 0044): a closed
// run's kilometres, or what a delivery note counts as in the monthly report, changed by the
// carrier's staff with a reason. Each change is a history row: who, when, which field from →
// to, and why. Values are integers: kilometres in tenths, öre, 1/0 for delivered.
//
// `report_outcome` on a note is what the monthly report counts it as when a correction said
// so ('delivered' | 'not_delivered'); null means as recorded at the door. The order's own
// state is not changed by a correction.

export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('delivery_notes', (table) => {
    table.string('report_outcome', 20);
  });
  await knex.schema.createTable('delivery_corrections', (table) => {
    table.string('id', 36).primary();
    table.string('carrier_id', 36).notNullable().references('carriers.id');
    table.string('municipality_id', 36).notNullable().references('municipalities.id');
    /** YYYY-MM: the month of the run's or note's day. */
    table.string('month', 7).notNullable();
    table.string('run_id', 36).references('delivery_runs.id');
    table.string('order_id', 36).references('delivery_notes.order_id');
    /** km | delivered | collected */
    table.string('field', 20).notNullable();
    table.bigInteger('from_value');
    table.bigInteger('to_value');
    table.string('reason', 500).notNullable();
    table.string('user_id', 36).references('users.id').onDelete('SET NULL');
    /** The name of who corrected, as it was: the history outlives an account. */
    table.string('user_name', 200).notNullable();
    table.bigInteger('created_at').notNullable();
    table.index(['carrier_id', 'month', 'created_at']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('delivery_corrections');
  await knex.schema.alterTable('delivery_notes', (table) => {
    table.dropColumn('report_outcome');
  });
}
