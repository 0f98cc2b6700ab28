import type { Knex } from 'knex';

// The language a shop writes its own texts in (decision 0073): its presentation, its goods'
// names and descriptions. The pages mark them with it, so a screen reader reads a Finnish shop's
// goods as Finnish on a Swedish page. Every shop so far wrote in Swedish.

export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('shops', (table) => {
    table.string('content_locale', 5).notNullable().defaultTo('sv');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('shops', (table) => {
    table.dropColumn('content_locale');
  });
}
