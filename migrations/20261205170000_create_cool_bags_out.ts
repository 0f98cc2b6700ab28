import type { Knex } from 'knex';

// Cool bags out per shop and household (decision 0020, "Cool bags out as a running total"):
// kept by the deliveries module in the transaction that records a delivery, so the shop's list
// reads one row per household instead of summing its whole delivery history on every request.
// Filled here from the notes delivered so far.

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('cool_bags_out', (table) => {
    table.string('shop_id', 36).notNullable().references('shops.id');
    table.string('household_id', 36).notNullable().references('households.id');
    /** Bags delivered less bags taken back at this shop's deliveries; may go below zero. */
    table.integer('bags_out').notNullable();
    /** The recipient and village as on the household's latest delivery, for the shop's list. */
    table.string('recipient_name', 200).notNullable();
    table.string('village', 100).notNullable();
    table.bigInteger('updated_at').notNullable();
    table.primary(['shop_id', 'household_id']);
    table.index(['household_id']);
  });
  await knex.raw(`
    insert into cool_bags_out (shop_id, household_id, bags_out, recipient_name, village, updated_at)
    select shop_id, household_id, sum(cool_bags) - sum(cool_bags_returned),
      max(recipient_name), max(village), max(updated_at)
    from delivery_notes where outcome = 'delivered'
    group by shop_id, household_id`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('cool_bags_out');
}
