import type { Knex } from 'knex';

// Stripe: the webhook events we have processed, shops' Connect accounts, and each
// municipality's platform fee. Timestamps are epoch milliseconds (BIGINT).

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('payment_events', (table) => {
    /** Stripe's event id (evt_…): the primary key is what makes each event run once. */
    table.string('id', 255).primary();
    table.string('type', 100).notNullable();
    /** When Stripe created the event, so the log shows deliveries out of order. */
    table.bigInteger('event_created_at').notNullable();
    table.bigInteger('created_at').notNullable();
    /** Set in the same transaction as the handler's changes; null is never committed today. */
    table.bigInteger('processed_at');
    table.index(['type', 'created_at']);
  });

  await knex.schema.createTable('shop_payment_accounts', (table) => {
    table.string('shop_id', 36).primary().references('shops.id').onDelete('CASCADE');
    table.string('stripe_account_id', 255).notNullable().unique();
    table.boolean('charges_enabled').notNullable().defaultTo(false);
    table.boolean('payouts_enabled').notNullable().defaultTo(false);
    table.boolean('details_submitted').notNullable().defaultTo(false);
    /**
     * When Stripe's view of the account that we hold was true (an event's `created`, or the
     * time we read it): an older account.updated arriving late never overwrites a newer one.
     */
    table.bigInteger('status_as_of').notNullable();
    table.bigInteger('created_at').notNullable();
    table.bigInteger('updated_at').notNullable();
  });

  await knex.schema.alterTable('municipalities', (table) => {
    /** The galleria's share of each card payment to a shop, in basis points (250 = 2.5 %). */
    table.integer('platform_fee_basis_points').notNullable().defaultTo(0);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('municipalities', (table) => {
    table.dropColumn('platform_fee_basis_points');
  });
  await knex.schema.dropTableIfExists('shop_payment_accounts');
  await knex.schema.dropTableIfExists('payment_events');
}
