import type { Knex } from 'knex';

// The reversal of a shop's transfer is recorded like the transfer and the refund, so the minute
// job can retry one that failed, and can reverse a transfer that was still on its way when the
// order ended (its refund found nothing to take back then).

// Statuses in which an order ends without delivery (shared/src/order-status.ts, as of now).
const endedWithoutDelivery = ['declined', 'cancelled', 'expired', 'returned'];

export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('shop_orders', (table) => {
    table.string('transfer_reversal_id', 255);
  });
  // Until now a refund came only after the transfer was reversed: such orders are settled, and
  // Stripe's id of that reversal was not kept.
  await knex('shop_orders')
    .whereIn('status', endedWithoutDelivery)
    .whereNotNull('transfer_id')
    .whereNotNull('refund_id')
    .update({ transfer_reversal_id: 'not_recorded' });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('shop_orders', (table) => {
    table.dropColumn('transfer_reversal_id');
  });
}
