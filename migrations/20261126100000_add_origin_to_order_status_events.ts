import type { Knex } from 'knex';

// "From where" of every status change (issue 5): which surface fired it, the client's address
// minimised (IPv4 /24, IPv6 /48) and a coarse kind of device. Steps recorded before keep nulls:
// where they came from was not kept, and is not guessed now.

export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('order_status_events', (table) => {
    /** storefront, shop_admin, counter, municipality_admin, system, payment_provider */
    table.string('channel', 20);
    /** Already minimised when written; null for jobs and webhooks. */
    table.string('ip', 45);
    /** mobile, tablet, desktop or unknown; null when no browser fired it. */
    table.string('device', 10);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('order_status_events', (table) => {
    table.dropColumn('channel');
    table.dropColumn('ip');
    table.dropColumn('device');
  });
}
