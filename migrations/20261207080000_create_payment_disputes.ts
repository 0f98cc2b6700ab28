import type { Knex } from 'knex';

// Card payments the cardholder disputed with their bank (`charge.dispute.created`): Stripe takes
// the money back unless the platform answers with evidence in time. Like a refund made in the
// dashboard (decision 0070), the order still reads as paid and the shop kept its share, so the
// region's admins are told and the dispute is kept once, with its checkout when the payment is
// ours, and erased with that checkout.

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('payment_disputes', (table) => {
    table.string('dispute_id', 255).primary();
    table.string('payment_intent_id', 255);
    table.string('checkout_id', 36).references('checkouts.id').onDelete('CASCADE');
    table.integer('amount_ore').notNullable();
    /** The bank's reason (fraudulent, product_not_received, …). */
    table.string('reason', 40);
    /** When it was opened, until when evidence can be sent, when we heard of it (epoch ms). */
    table.bigInteger('disputed_at').notNullable();
    table.bigInteger('evidence_due_at');
    table.bigInteger('recorded_at').notNullable();
    table.index(['checkout_id']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('payment_disputes');
}
