import type { Knex } from 'knex';

// An order a shop took by phone and placed on a resident's behalf (issue 13, assisted
// ordering): who placed it, from which shop, and the household it is for. Null for the
// resident's own checkouts. The contact e-mail stays required by the column; a household
// without one is written with an empty address, which no mail is sent to.

export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('checkouts', (table) => {
    table.string('placed_by_user_id', 36).references('users.id');
    table.string('placed_by_shop_id', 36).references('shops.id');
    /** The staff member's name as it was, for the order's history. */
    table.string('placed_by_name', 120);
    table.string('household_id', 36).references('households.id');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('checkouts', (table) => {
    table.dropColumn('household_id');
    table.dropColumn('placed_by_name');
    table.dropColumn('placed_by_shop_id');
    table.dropColumn('placed_by_user_id');
  });
}
