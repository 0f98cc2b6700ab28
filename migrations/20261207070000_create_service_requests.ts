import type { Knex } from 'knex';

// Service requests (förfrågningar, decision 0071): a resident asks a shop for a service it
// does at the resident's home on request. Not an order: no payment, no order steps. The shop
// calls back and marks it answered or declines it. A request is erased 180 days after it was
// made (the hourly cleanup), so the address and phone are not kept longer than the talk
// about them takes.

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('service_requests', (table) => {
    table.string('id', 36).primary();
    table.string('shop_id', 36).notNullable().references('shops.id').onDelete('CASCADE');
    // The product may be removed later; the title as it was asked for stays with the request.
    table.string('product_id', 36).references('products.id').onDelete('SET NULL');
    table.string('product_title', 150).notNullable();
    /** The account that asked, if someone was logged in. */
    table.string('user_id', 36).references('users.id').onDelete('SET NULL');
    table.string('name', 120).notNullable();
    table.string('email', 254).notNullable();
    table.string('phone', 30).notNullable();
    table.string('street_address', 120).notNullable();
    table.string('postal_code', 5).notNullable();
    table.string('village', 80).notNullable();
    table.string('preferred_time', 500).notNullable();
    table.string('message', 1000);
    /** The receipt's and the decline mail's language. */
    table.string('locale', 5).notNullable();
    table.string('status', 16).notNullable();
    table.string('decline_reason', 300);
    table.bigInteger('created_at').notNullable();
    table.bigInteger('handled_at');
    table.string('handled_by_user_id', 36).references('users.id').onDelete('SET NULL');
    // The shop's list, newest first; the hourly erasure by age.
    table.index(['shop_id', 'created_at']);
    table.index(['created_at']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('service_requests');
}
