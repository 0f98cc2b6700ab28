import type { Knex } from 'knex';

// The hourly sweep clears the network address and kind of device of order steps older than
// 540 days (decision 0016's addendum): it asks for the oldest steps that still have either.
// Partial, so the index holds only the steps the sweep has left to do, on both engines.

export async function up(knex: Knex): Promise<void> {
  await knex.raw(
    `CREATE INDEX order_status_events_with_origin ON order_status_events (at)
     WHERE ip IS NOT NULL OR device IS NOT NULL`,
  );
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('DROP INDEX IF EXISTS order_status_events_with_origin');
}
