import type { Knex } from 'knex';

// When an app instance claimed an outbox message for sending (status `sending`). A message
// whose claim is older than the claim time limit was claimed by an instance that died while
// sending (SIGKILL, a lost machine): another instance takes it back (decision 0049).

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
