import type { Knex } from 'knex';

// Service points: the village places where residents collect goods (DESIGN §3). Orders will
// reference them, so a point is closed by its status and its row is never deleted.

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('service_points', (table) => {
    table.string('id', 36).primary();
    /** The municipality whose admins run the point. */
    table.string('municipality_id', 36).notNullable().references('municipalities.id');
    /** Unique in the region, like shop slugs: /arjeplog/servicepunkter/laisvall is one point. */
    table.string('slug', 80).notNullable().unique();
    table.string('name', 120).notNullable();
    /** village_shop | fuel_station | library | parcel_locker | other (shared/src/service-points.ts). */
    table.string('kind', 30).notNullable();
    /** The galleria shop that hosts the point, or else a free-text organisation in host_name. */
    table.string('host_shop_id', 36).references('shops.id').onDelete('SET NULL');
    table.string('host_name', 120);
    table.string('street_address', 200).notNullable();
    table.string('postal_code', 10).notNullable();
    table.string('village', 80).notNullable();
    /** WGS 84 degrees; six decimals are about ten centimetres, plenty for a map pin. */
    table.decimal('latitude', 9, 6);
    table.decimal('longitude', 9, 6);
    /** JSON, the same shape as a shop's opening hours; read whole, never queried. */
    table.text('opening_hours').notNullable().defaultTo('{"weekly":[],"exceptions":[]}');
    /** JSON array of amenity codes, e.g. ["fridge","freezer"]; read whole. */
    table.text('amenities').notNullable().defaultTo('[]');
    /** Days a parcel waits at the point before it goes back to the shop. */
    table.integer('hold_days').notNullable().defaultTo(14);
    /** active | closed. */
    table.string('status', 20).notNullable().defaultTo('active');
    table.bigInteger('created_at').notNullable();
    table.bigInteger('updated_at').notNullable();
    table.index(['municipality_id', 'status', 'name']);
    table.index(['host_shop_id']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('service_points');
}
