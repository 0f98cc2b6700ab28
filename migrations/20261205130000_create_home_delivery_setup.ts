import type { Knex } from 'knex';

// Home delivery's set-up (decision 0020), owned by the `home-delivery` module: the
// municipality's settings, its zones (villages and postal codes with route days), its carriers
// and the zones they drive, its agreements with shops, and each shop's opt-in. Money in öre,
// times in epoch ms, dates as 'YYYY-MM-DD' (Swedish calendar dates).

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('home_delivery_settings', (table) => {
    table.string('municipality_id', 36).primary().references('municipalities.id');
    table.boolean('is_enabled').notNullable();
    /** What a household pays per delivery, VAT included. */
    table.integer('fee_ore').notNullable();
    /** What a household the municipality approved pays instead (often less, or 0). */
    table.integer('subsidised_fee_ore').notNullable();
    /** The fee's VAT class (shared/src/vat.ts): a delivery is a service at the standard rate. */
    table.string('fee_vat_class', 20).notNullable();
    /** everyone | approved: everyone in a zone, or only households the municipality approved. */
    table.string('eligibility', 20).notNullable();
    /** A trial period for everyone (e.g. 2027): outside it only approved households may order. */
    table.string('trial_starts_on', 10);
    table.string('trial_ends_on', 10);
    /** Shown on the municipality's public page: how to order by phone. */
    table.string('phone', 30);
    table.string('public_note', 1000);
    table.bigInteger('updated_at').notNullable();
  });

  await knex.schema.createTable('delivery_zones', (table) => {
    table.string('id', 36).primary();
    table.string('municipality_id', 36).notNullable().references('municipalities.id');
    table.string('name', 80).notNullable();
    /**
     * JSON array read whole, never queried: the route days, [{ weekday, cutoffWeekday,
     * cutoffTime }] as pickup schedules (shared/src/pickup-schedule.ts).
     */
    table.text('route_days').notNullable();
    table.boolean('is_active').notNullable();
    table.bigInteger('created_at').notNullable();
    table.bigInteger('updated_at').notNullable();
    table.unique(['municipality_id', 'name']);
  });

  // The municipality's list of places: a postal code and village in one zone. The subsidy
  // only covers households outside localities of more than 3,000 inhabitants, kept per place.
  await knex.schema.createTable('delivery_zone_places', (table) => {
    table.string('id', 36).primary();
    table.string('zone_id', 36).notNullable().references('delivery_zones.id').onDelete('CASCADE');
    table.string('municipality_id', 36).notNullable().references('municipalities.id');
    table.string('postal_code', 5).notNullable();
    table.string('village', 80).notNullable();
    table.boolean('is_large_locality').notNullable();
    table.unique(['municipality_id', 'postal_code', 'village']);
    table.index(['zone_id']);
  });

  await knex.schema.createTable('carriers', (table) => {
    table.string('id', 36).primary();
    table.string('municipality_id', 36).notNullable().references('municipalities.id');
    table.string('slug', 80).notNullable().unique();
    table.string('name', 120).notNullable();
    /** Swedish organisation number, NNNNNN-NNNN. */
    table.string('org_number', 11).notNullable();
    table.string('contact_name', 120);
    table.string('contact_email', 254);
    table.string('contact_phone', 30);
    table.boolean('is_active').notNullable();
    table.bigInteger('created_at').notNullable();
    table.bigInteger('updated_at').notNullable();
    table.unique(['municipality_id', 'name']);
  });

  // The zones a carrier drives and on which of the zone's route days (ISO weekdays).
  await knex.schema.createTable('carrier_zones', (table) => {
    table.string('carrier_id', 36).notNullable().references('carriers.id').onDelete('CASCADE');
    table.string('zone_id', 36).notNullable().references('delivery_zones.id').onDelete('CASCADE');
    /** JSON array of ISO weekdays, read whole. */
    table.text('weekdays').notNullable();
    table.primary(['carrier_id', 'zone_id']);
    table.index(['zone_id']);
  });

  await knex.schema.createTable('home_delivery_agreements', (table) => {
    table.string('id', 36).primary();
    table.string('municipality_id', 36).notNullable().references('municipalities.id');
    table.string('shop_id', 36).notNullable().references('shops.id');
    /** standard | trial | subsidised: what kind of agreement (avtal) it is. */
    table.string('kind', 20).notNullable();
    table.string('valid_from', 10).notNullable();
    /** Null: until further notice. */
    table.string('valid_to', 10);
    table.string('note', 1000);
    table.bigInteger('created_at').notNullable();
    table.bigInteger('updated_at').notNullable();
    table.index(['shop_id', 'valid_from']);
    table.index(['municipality_id']);
  });

  await knex.schema.createTable('shop_home_delivery', (table) => {
    table.string('shop_id', 36).primary().references('shops.id');
    table.boolean('is_enabled').notNullable();
    /** The shop's extra fee per delivery on top of the municipality's, VAT included. */
    table.integer('extra_fee_ore').notNullable();
    /** Hours before the zone's cut-off the shop stops taking orders for that route day. */
    table.integer('extra_cutoff_hours').notNullable();
    table.bigInteger('updated_at').notNullable();
  });

  // The zones a shop delivers to and the carriers it hands over to.
  await knex.schema.createTable('shop_delivery_zones', (table) => {
    table.string('shop_id', 36).notNullable().references('shops.id');
    table.string('zone_id', 36).notNullable().references('delivery_zones.id').onDelete('CASCADE');
    table.primary(['shop_id', 'zone_id']);
  });
  await knex.schema.createTable('shop_carriers', (table) => {
    table.string('shop_id', 36).notNullable().references('shops.id');
    table.string('carrier_id', 36).notNullable().references('carriers.id').onDelete('CASCADE');
    table.primary(['shop_id', 'carrier_id']);
    table.index(['carrier_id']);
  });
}

export async function down(knex: Knex): Promise<void> {
  for (const table of [
    'shop_carriers',
    'shop_delivery_zones',
    'shop_home_delivery',
    'home_delivery_agreements',
    'carrier_zones',
    'carriers',
    'delivery_zone_places',
    'delivery_zones',
    'home_delivery_settings',
  ]) {
    await knex.schema.dropTableIfExists(table);
  }
}
