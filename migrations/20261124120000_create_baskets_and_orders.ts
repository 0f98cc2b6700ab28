import type { Knex } from 'knex';

// Baskets (a resident's or a guest's), checkouts, one order per shop with its lines and
// status history, and handovers: what one resident collects at one service point on one day.

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('baskets', (table) => {
    table.string('id', 36).primary();
    /** A logged-in resident's basket; null for a guest's. */
    table.string('user_id', 36).unique().references('users.id').onDelete('CASCADE');
    /** A guest's basket is found by the hash of its cookie's token. */
    table.string('guest_token_hash', 64).unique();
    table.bigInteger('created_at').notNullable();
    table.bigInteger('updated_at').notNullable();
  });

  await knex.schema.createTable('basket_items', (table) => {
    table.string('id', 36).primary();
    table.string('basket_id', 36).notNullable().references('baskets.id').onDelete('CASCADE');
    table.string('product_id', 36).notNullable().references('products.id').onDelete('CASCADE');
    table
      .string('variant_id', 36)
      .notNullable()
      .references('product_variants.id')
      .onDelete('CASCADE');
    table.integer('quantity').notNullable();
    /** A service's slot start; 0 for goods, so one unique key covers both. */
    table.bigInteger('slot_start').notNullable().defaultTo(0);
    /** Until when the slot is held for this basket; null for goods. */
    table.bigInteger('hold_expires_at');
    table.bigInteger('created_at').notNullable();
    table.bigInteger('updated_at').notNullable();
    table.unique(['basket_id', 'variant_id', 'slot_start']);
    table.index(['product_id', 'slot_start', 'hold_expires_at']);
  });

  await knex.schema.createTable('checkouts', (table) => {
    table.string('id', 36).primary();
    table.string('user_id', 36).references('users.id').onDelete('SET NULL');
    /** A guest may read their confirmation with the basket cookie they checked out with. */
    table.string('guest_token_hash', 64);
    table.string('contact_name', 120).notNullable();
    table.string('contact_email', 254).notNullable();
    table.string('contact_phone', 30);
    /** The language of the mail about it (sv, en). */
    table.string('locale', 5).notNullable();
    /** pay_at_pickup | card */
    table.string('payment_method', 20).notNullable();
    /** awaiting_payment → confirmed | expired */
    table.string('status', 20).notNullable();
    table.integer('total_ore').notNullable();
    /** Who the Idempotency-Key belongs to (user or guest), so keys of two people never meet. */
    table.string('idempotency_scope', 80);
    table.string('idempotency_key', 100);
    /** A hash of the request, to refuse the same key with another body. */
    table.string('request_hash', 64);
    table.string('payment_session_id', 255);
    /** The hosted payment page, shown again when the same checkout is asked for again. */
    table.string('payment_url', 1000);
    table.string('payment_intent_id', 255);
    /** A card payment not completed by then releases the reservation. */
    table.bigInteger('expires_at');
    table.bigInteger('created_at').notNullable();
    table.bigInteger('updated_at').notNullable();
    table.unique(['idempotency_scope', 'idempotency_key']);
    table.index(['status', 'expires_at']);
    table.index(['user_id', 'created_at']);
  });

  await knex.schema.createTable('handovers', (table) => {
    table.string('id', 36).primary();
    table.string('service_point_id', 36).notNullable().references('service_points.id');
    /** The Swedish date from which it can be collected. */
    table.string('pickup_date', 10).notNullable();
    table.string('user_id', 36).references('users.id').onDelete('SET NULL');
    /** Lower-cased; with the user id, who "the same resident" is for a guest. */
    table.string('contact_email', 254).notNullable();
    /** The pickup code the resident shows; unique at its service point. */
    table.string('code', 12).notNullable();
    /** open → ready → collected (the next issue fills in the rest). */
    table.string('status', 20).notNullable();
    table.bigInteger('created_at').notNullable();
    table.bigInteger('updated_at').notNullable();
    table.unique(['service_point_id', 'code']);
    table.index(['service_point_id', 'pickup_date', 'contact_email', 'status']);
  });

  await knex.schema.createTable('shop_orders', (table) => {
    table.string('id', 36).primary();
    table.string('checkout_id', 36).notNullable().references('checkouts.id');
    table.string('shop_id', 36).notNullable().references('shops.id');
    table.string('user_id', 36).references('users.id').onDelete('SET NULL');
    /** shared/src/order-status.ts */
    table.string('status', 20).notNullable();
    table.string('fulfilment_method', 30).notNullable();
    table.string('service_point_id', 36).references('service_points.id');
    table.string('pickup_date', 10);
    table.bigInteger('ready_at');
    table.string('handover_id', 36).references('handovers.id');
    table.integer('total_ore').notNullable();
    table.string('decline_reason', 500);
    /** Card payment: the shop's share, sent when it accepts; the refund when it declines. */
    table.string('transfer_id', 255);
    table.integer('transfer_ore');
    table.string('refund_id', 255);
    table.bigInteger('created_at').notNullable();
    table.bigInteger('updated_at').notNullable();
    table.index(['shop_id', 'status', 'created_at']);
    table.index(['shop_id', 'created_at']);
    table.index(['checkout_id']);
    table.index(['user_id', 'created_at']);
  });

  await knex.schema.createTable('order_lines', (table) => {
    table.string('id', 36).primary();
    table.string('order_id', 36).notNullable().references('shop_orders.id').onDelete('CASCADE');
    table.string('product_id', 36).notNullable().references('products.id');
    table.string('variant_id', 36).notNullable().references('product_variants.id');
    /** Title and variant as sold: the receipt does not change when the catalogue does. */
    table.string('title', 150).notNullable();
    table.string('variant_name', 80);
    table.integer('quantity').notNullable();
    table.integer('unit_price_ore').notNullable();
    table.integer('line_total_ore').notNullable();
    table.string('vat_class', 20).notNullable();
    table.integer('vat_rate_basis_points').notNullable();
    table.string('storage_class', 10).notNullable();
    /** Whether this line took stock, so giving it back happens only for what was taken. */
    table.boolean('stock_reserved').notNullable();
    table.bigInteger('slot_start');
    table.bigInteger('slot_end');
    table.integer('position').notNullable();
    table.index(['order_id', 'position']);
    table.index(['product_id', 'slot_start']);
  });

  /** Every status change: who, when, from where (DESIGN §4, readable by shop and admin). */
  await knex.schema.createTable('order_status_events', (table) => {
    table.string('id', 36).primary();
    table.string('order_id', 36).notNullable().references('shop_orders.id').onDelete('CASCADE');
    table.string('from_status', 20);
    table.string('to_status', 20).notNullable();
    table.string('event', 30).notNullable();
    table.string('actor_user_id', 36).references('users.id').onDelete('SET NULL');
    /** The role or party that fired it: shop_staff, customer, system… */
    table.string('actor_kind', 30).notNullable();
    table.string('request_id', 80);
    table.string('reason', 500);
    table.bigInteger('at').notNullable();
    table.index(['order_id', 'at']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('order_status_events');
  await knex.schema.dropTable('order_lines');
  await knex.schema.dropTable('shop_orders');
  await knex.schema.dropTable('handovers');
  await knex.schema.dropTable('checkouts');
  await knex.schema.dropTable('basket_items');
  await knex.schema.dropTable('baskets');
}
