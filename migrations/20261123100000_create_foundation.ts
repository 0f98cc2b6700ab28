import type { Knex } from 'knex';

// Timestamps are epoch milliseconds (BIGINT) on both engines; see server/src/db/database.ts.

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('regions', (table) => {
    table.string('id', 36).primary();
    table.string('slug', 60).notNullable().unique();
    table.string('name', 120).notNullable();
    table.bigInteger('created_at').notNullable();
  });

  await knex.schema.createTable('municipalities', (table) => {
    table.string('id', 36).primary();
    table.string('region_id', 36).notNullable().references('regions.id');
    table.string('slug', 60).notNullable().unique();
    table.string('name', 120).notNullable();
    table.string('status', 20).notNullable().defaultTo('onboarding');
    table.string('contact_email', 254);
    table.string('contact_phone', 40);
    table.string('primary_color', 7).notNullable().defaultTo('#1d4f91');
    table.string('logo_path', 200);
    /** JSON: { title: {sv, en?}, intro: {sv, en?} } — texts per language grow with locales. */
    table.text('front_page').notNullable();
    table.bigInteger('created_at').notNullable();
    table.bigInteger('updated_at').notNullable();
    table.index(['region_id', 'name']);
  });

  await knex.schema.createTable('users', (table) => {
    table.string('id', 36).primary();
    /** Stored lowercased; the unique index is what makes registration race-free. */
    table.string('email', 254).notNullable().unique();
    table.string('name', 120).notNullable();
    table.string('password_hash', 200);
    table.string('locale', 5).notNullable().defaultTo('sv');
    table.bigInteger('created_at').notNullable();
    table.bigInteger('updated_at').notNullable();
    table.bigInteger('last_login_at');
  });

  await knex.schema.createTable('role_assignments', (table) => {
    table.string('id', 36).primary();
    table.string('user_id', 36).notNullable().references('users.id').onDelete('CASCADE');
    table.string('role', 40).notNullable();
    table.string('scope_type', 20).notNullable();
    table.string('scope_id', 36).notNullable();
    table.bigInteger('created_at').notNullable();
    table.unique(['user_id', 'role', 'scope_type', 'scope_id']);
    table.index(['scope_type', 'scope_id']);
  });

  await knex.schema.createTable('sessions', (table) => {
    /** SHA-256 of the cookie's token: a leaked table does not leak sessions. */
    table.string('id', 64).primary();
    table.string('user_id', 36).notNullable().references('users.id').onDelete('CASCADE');
    table.bigInteger('created_at').notNullable();
    table.bigInteger('expires_at').notNullable();
    table.index(['user_id']);
    table.index(['expires_at']);
  });

  await knex.schema.createTable('password_reset_tokens', (table) => {
    table.string('id', 64).primary();
    table.string('user_id', 36).notNullable().references('users.id').onDelete('CASCADE');
    table.bigInteger('created_at').notNullable();
    table.bigInteger('expires_at').notNullable();
    table.bigInteger('used_at');
    table.index(['user_id']);
  });

  await knex.schema.createTable('invitations', (table) => {
    table.string('id', 36).primary();
    table.string('token_hash', 64).notNullable().unique();
    table.string('email', 254).notNullable();
    table.string('role', 40).notNullable();
    table.string('scope_type', 20).notNullable();
    table.string('scope_id', 36).notNullable();
    table.string('locale', 5).notNullable();
    table.string('invited_by_user_id', 36).references('users.id').onDelete('SET NULL');
    table.string('accepted_by_user_id', 36).references('users.id').onDelete('SET NULL');
    table.bigInteger('created_at').notNullable();
    table.bigInteger('expires_at').notNullable();
    table.bigInteger('accepted_at');
    table.index(['scope_type', 'scope_id']);
  });

  await knex.schema.createTable('outbox_messages', (table) => {
    table.string('id', 36).primary();
    table.string('to_address', 254).notNullable();
    table.string('subject', 300).notNullable();
    table.text('text_body').notNullable();
    table.string('locale', 5).notNullable();
    table.string('kind', 60).notNullable();
    /** pending → sent | failed; without SMTP a message stays `kept` in the outbox. */
    table.string('status', 20).notNullable();
    table.integer('attempts').notNullable().defaultTo(0);
    table.text('last_error');
    table.bigInteger('created_at').notNullable();
    table.bigInteger('sent_at');
    table.index(['status', 'created_at']);
  });

  // Fixed-window counters shared by every app instance (server/src/db/rate-limiter.ts).
  await knex.schema.createTable('rate_limits', (table) => {
    table.string('key', 255).primary();
    table.integer('points').notNullable().defaultTo(0);
    table.bigInteger('expire');
  });
}

export async function down(knex: Knex): Promise<void> {
  for (const table of [
    'rate_limits',
    'outbox_messages',
    'invitations',
    'password_reset_tokens',
    'sessions',
    'role_assignments',
    'users',
    'municipalities',
    'regions',
  ]) {
    await knex.schema.dropTableIfExists(table);
  }
}
