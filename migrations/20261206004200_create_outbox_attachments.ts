import type { Knex } from 'knex';

// Files attached to an outbox mail (decision 0044): stored with the mail in the same
// transaction, so every delivery attempt sends the same bytes.

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('outbox_attachments', (table) => {
    table.string('id', 36).primary();
    table
      .string('message_id', 36)
      .notNullable()
      .references('outbox_messages.id')
      .onDelete('CASCADE');
    table.integer('position').notNullable();
    table.string('filename', 200).notNullable();
    table.string('content_type', 100).notNullable();
    table.binary('content').notNullable();
    table.unique(['message_id', 'position']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('outbox_attachments');
}
