import type { Knex } from 'knex';

// A carrier's monthly report to its municipality (issue 14): the figures of one month's runs
// and deliveries as the carrier submitted them, with the cost it invoices, kept as a snapshot
// so what the municipality approves does not move when a run is corrected later. One report
// per carrier and month; a returned report is submitted again in the same row. Money in öre.

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('carrier_reports', (table) => {
    table.string('id', 36).primary();
    table.string('carrier_id', 36).notNullable().references('carriers.id');
    table.string('municipality_id', 36).notNullable().references('municipalities.id');
    /** YYYY-MM */
    table.string('month', 7).notNullable();
    /** submitted | approved | returned */
    table.string('status', 20).notNullable();
    /** delivery | run: what the carrier's price is per. */
    table.string('cost_basis', 10).notNullable();
    table.integer('cost_unit_ore').notNullable();
    table.integer('cost_ore').notNullable();
    table.integer('delivery_count').notNullable();
    table.integer('household_count').notNullable();
    table.integer('run_count').notNullable();
    table.integer('km_tenths').notNullable();
    table.integer('fees_ore').notNullable();
    /** The report's lines as submitted (JSON). */
    table.text('snapshot').notNullable();
    table.string('comment', 1000);
    table.bigInteger('submitted_at').notNullable();
    table.string('submitted_by_user_id', 36).references('users.id').onDelete('SET NULL');
    table.bigInteger('decided_at');
    table.string('decided_by_user_id', 36).references('users.id').onDelete('SET NULL');
    table.bigInteger('created_at').notNullable();
    table.bigInteger('updated_at').notNullable();
    // Submitting twice at once lands once.
    table.unique(['carrier_id', 'month']);
    table.index(['municipality_id', 'status', 'month']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('carrier_reports');
}
