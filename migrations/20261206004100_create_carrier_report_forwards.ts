import type { Knex } from 'knex';

// An approved carrier report forwarded as it is (its PDF) by the municipality's admin, e.g. to
// the county board's registry (issue 14, decision 0044): the report's history of where it went.

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('carrier_report_forwards', (table) => {
    table.string('id', 36).primary();
    table.string('report_id', 36).notNullable().references('carrier_reports.id');
    table.string('to_address', 254).notNullable();
    table.string('message', 1000);
    table.string('user_id', 36).references('users.id').onDelete('SET NULL');
    table.string('user_name', 200).notNullable();
    table.bigInteger('created_at').notNullable();
    table.index(['report_id', 'created_at']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('carrier_report_forwards');
}
