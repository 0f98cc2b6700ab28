import type { Knex } from 'knex';

// Households for home delivery (decision 0020): a delivery address in a municipality, for a
// resident's account or for a contact without one (a guest's checkout, an order by phone), and
// the municipality's eligibility decision. Personal data: decision 0021 says what is kept, who
// sees it and for how long. Delivery notes may point at a household, so erasing one blanks its
// personal columns and keeps the row as an anonymous key.

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('households', (table) => {
    table.string('id', 36).primary();
    table.string('municipality_id', 36).notNullable().references('municipalities.id');
    /** The resident's account; null for contacts without one and for erased households. */
    table.string('user_id', 36).references('users.id');
    /** account | checkout | shop: where the household was first written down. */
    table.string('created_via', 20).notNullable();
    /** The shop and the staff member who took it down by phone. */
    table.string('created_by_shop_id', 36).references('shops.id');
    table.string('created_by_user_id', 36).references('users.id');
    // The personal columns: all null once the household is erased.
    table.string('name', 120);
    /** What a guest or a caller gave, for the order's confirmation; accounts have their own. */
    table.string('contact_email', 254);
    table.string('street_address', 120);
    /** Five digits. */
    table.string('postal_code', 5);
    table.string('village', 80);
    table.string('door_code', 20);
    table.string('driver_note', 300);
    table.string('phone', 30);
    /** The phone's digits in national form (0…), for shop staff's search. */
    table.string('phone_digits', 20);
    /** The name folded for search, between spaces, so a word prefix is `% word`. */
    table.string('search_name', 130);
    /**
     * A hash of a guest's e-mail and address: the same guest ordering to the same door again
     * finds the same household, and only they can (the unique index below decides races).
     */
    table.string('guest_key', 64);
    /** none | applied | approved | declined | revoked (shared/src/household-eligibility.ts). */
    table.string('eligibility_status', 20).notNullable().defaultTo('none');
    /** age | disability | no_car | distance | other: a category, never care or medical details. */
    table.string('eligibility_reason', 20);
    table.bigInteger('applied_at');
    table.bigInteger('decided_at');
    table.string('decided_by_user_id', 36).references('users.id');
    /** Why it was declined or revoked, as the resident is told. */
    table.string('decision_reason', 500);
    /** The last change of street or postal code: a decision older than it may need a look. */
    table.bigInteger('address_changed_at').notNullable();
    /** The last order to it or change of it: the retention rule counts from here. */
    table.bigInteger('last_used_at').notNullable();
    table.bigInteger('erased_at');
    table.bigInteger('created_at').notNullable();
    table.bigInteger('updated_at').notNullable();
    // One household per resident and municipality; nulls (contacts) never collide.
    table.unique(['user_id', 'municipality_id']);
    table.unique(['municipality_id', 'guest_key']);
    table.index(['municipality_id', 'eligibility_status', 'applied_at']);
    table.index(['municipality_id', 'phone_digits']);
    table.index(['last_used_at']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('households');
}
