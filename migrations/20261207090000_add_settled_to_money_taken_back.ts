import type { Knex } from 'knex';

// A refund made in the dashboard, or a disputed payment, is settled by hand (decision 0070):
// the region admin marks it so when done, and who did. The page lists the open ones first.

export async function up(knex: Knex): Promise<void> {
  for (const table of ['outside_refunds', 'payment_disputes'])
    await knex.schema.alterTable(table, (columns) => {
      columns.bigInteger('settled_at');
      columns.string('settled_by_user_id', 36).references('users.id').onDelete('SET NULL');
    });
}

export async function down(knex: Knex): Promise<void> {
  for (const table of ['outside_refunds', 'payment_disputes'])
    await knex.schema.alterTable(table, (columns) => {
      columns.dropForeign(['settled_by_user_id']);
      columns.dropColumn('settled_by_user_id');
      columns.dropColumn('settled_at');
    });
}
