import type { Knex } from 'knex';

// A registration waits here until its address is verified by the mailed link (decision 0027):
// no account exists before that, and the answer to registering never says whether one did.

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('registration_requests', (table) => {
    /** SHA-256 of the mailed link's token. */
    table.string('id', 64).primary();
    table.string('email', 254).notNullable();
    table.string('name', 120).notNullable();
    table.string('password_hash', 200).notNullable();
    table.string('locale', 5).notNullable();
    table.bigInteger('created_at').notNullable();
    table.bigInteger('expires_at').notNullable();
    table.bigInteger('used_at');
    table.index(['expires_at']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('registration_requests');
}
