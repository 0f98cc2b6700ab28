import type { Knex } from 'knex';

// A carrier's failed-delivery command keeps what it recorded (not_home | refused), so a replay
// answers as the first did even after the shop has sent the order out again and the note has
// forgotten the failed attempt (decision 0020, "Later additions").

export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('delivery_commands', (table) => {
    /** delivered | not_home | refused for deliver and fail; null for runs. */
    table.string('outcome', 20);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('delivery_commands', (table) => {
    table.dropColumn('outcome');
  });
}
