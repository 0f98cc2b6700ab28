import type { Knex } from 'knex';

// When a sender claimed an outbox message (decision 0046). A message stays `sending` only while
// its sender lives: one claimed longer ago than the lease (its instance killed mid-send) is
// claimed again by the next mail run. Messages left `sending` before this column existed have
// no moment and count as abandoned.

export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('outbox_messages', (table) => {
    table.bigInteger('claimed_at');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('outbox_messages', (table) => {
    table.dropColumn('claimed_at');
  });
}
