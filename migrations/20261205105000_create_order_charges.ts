import type { Knex } from 'knex';

// What an order costs besides its goods (the home-delivery fee, decision 0020): a row of its
// own with its VAT rate, so the receipt shows VAT per rate with it and the lines stay goods.

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('order_charges', (table) => {
    table.string('id', 36).primary();
    table.string('order_id', 36).notNullable().references('shop_orders.id').onDelete('CASCADE');
    /** What it is for: home_delivery_fee. */
    table.string('kind', 30).notNullable();
    table.string('title', 150).notNullable();
    table.integer('amount_ore').notNullable();
    table.string('vat_class', 20).notNullable();
    table.integer('vat_rate_basis_points').notNullable();
    table.index(['order_id']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('order_charges');
}
