import type { Knex } from 'knex';

// Refunds of card payments made outside e-galleria, in the payment provider's dashboard
// (decision 0070). The galleria's own refunds are on their shop orders (`refund_id`); one
// made elsewhere changed nothing here before, so the orders still read as paid and the shop's
// share stayed with the shop. Each is kept once (the provider's refund id), with the checkout
// it paid for when the payment is ours, and erased with that checkout.

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('outside_refunds', (table) => {
    table.string('refund_id', 255).primary();
    table.string('payment_intent_id', 255);
    table.string('checkout_id', 36).references('checkouts.id').onDelete('CASCADE');
    table.integer('amount_ore').notNullable();
    /** The provider's reason when it gives one (duplicate, fraudulent, requested_by_customer). */
    table.string('reason', 40);
    /** When the provider made it, and when we heard of it (epoch ms). */
    table.bigInteger('refunded_at').notNullable();
    table.bigInteger('recorded_at').notNullable();
    table.index(['checkout_id']);
  });
  // A refund names its payment, not our checkout: found by the payment's id.
  await knex.schema.alterTable('checkouts', (table) => {
    table.index(['payment_intent_id'], 'checkouts_by_payment_intent');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('checkouts', (table) => {
    table.dropIndex([], 'checkouts_by_payment_intent');
  });
  await knex.schema.dropTable('outside_refunds');
}
