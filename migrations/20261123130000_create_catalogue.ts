import type { Knex } from 'knex';

// The catalogue: goods and services of shops, their variants, dated VAT rates, the search
// index, and CSV import jobs. Money is integer öre including VAT.

export async function up(knex: Knex): Promise<void> {
  /** Rates are data with validity dates (DESIGN §5): a new decision is a new row. */
  await knex.schema.createTable('vat_rates', (table) => {
    table.increments('id');
    table.string('vat_class', 20).notNullable();
    table.integer('rate_basis_points').notNullable();
    /** ISO dates, inclusive; valid_to null while no end is decided. */
    table.string('valid_from', 10).notNullable();
    table.string('valid_to', 10);
    table.unique(['vat_class', 'valid_from']);
  });
  // Swedish VAT as decided on this day (food at 6 % from 2026-04-01 to 2027-12-31); later
  // decisions are rows added by later migrations.
  await knex('vat_rates').insert([
    { vat_class: 'standard', rate_basis_points: 2500, valid_from: '2020-01-01', valid_to: null },
    {
      vat_class: 'food',
      rate_basis_points: 1200,
      valid_from: '2020-01-01',
      valid_to: '2026-03-31',
    },
    { vat_class: 'food', rate_basis_points: 600, valid_from: '2026-04-01', valid_to: '2027-12-31' },
    { vat_class: 'food', rate_basis_points: 1200, valid_from: '2028-01-01', valid_to: null },
    { vat_class: 'reduced', rate_basis_points: 600, valid_from: '2020-01-01', valid_to: null },
  ]);

  await knex.schema.createTable('products', (table) => {
    table.string('id', 36).primary();
    table.string('shop_id', 36).notNullable().references('shops.id').onDelete('CASCADE');
    table.string('kind', 10).notNullable();
    table.string('title', 150).notNullable();
    /** Markdown from the shop; rendered without HTML so no script can run. */
    table.text('description').notNullable().defaultTo('');
    table.string('category_id', 36).notNullable().references('categories.id');
    /** draft → published ↔ archived. */
    table.string('status', 12).notNullable();
    table.string('vat_class', 20).notNullable();
    table.string('unit', 10).notNullable();
    table.string('storage_class', 10).notNullable();
    table.boolean('track_stock').notNullable();
    // Kept in step with the variants by the catalogue service, so listings sort and filter
    // on one row per product without aggregating variants.
    table.integer('price_from_ore').notNullable();
    table.boolean('is_in_stock').notNullable();
    table.integer('comparison_price_ore');
    table.string('comparison_unit', 10);
    table.integer('variant_count').notNullable();
    table.bigInteger('published_at');
    table.bigInteger('created_at').notNullable();
    table.bigInteger('updated_at').notNullable();
    // Listing orders: newest, price both ways; each ends in id for keyset paging.
    table.index(['status', 'published_at', 'id']);
    table.index(['status', 'price_from_ore', 'id']);
    table.index(['shop_id', 'status', 'published_at']);
    table.index(['shop_id', 'updated_at']);
    table.index(['category_id', 'status']);
  });

  await knex.schema.createTable('product_variants', (table) => {
    table.string('id', 36).primary();
    table.string('product_id', 36).notNullable().references('products.id').onDelete('CASCADE');
    table.string('shop_id', 36).notNullable().references('shops.id').onDelete('CASCADE');
    /** Null for the one variant of a product sold in a single form. */
    table.string('name', 80);
    table.string('sku', 64).notNullable();
    table.integer('price_ore').notNullable();
    /** Null when the product does not track stock. */
    table.integer('stock');
    /** Content for the comparison price: grams, millilitres or pieces. */
    table.integer('content_amount');
    table.string('content_unit', 5);
    table.integer('position').notNullable();
    table.bigInteger('created_at').notNullable();
    table.bigInteger('updated_at').notNullable();
    table.unique(['shop_id', 'sku']);
    table.index(['product_id', 'position']);
  });

  /** The service side of a product of kind `service`. */
  await knex.schema.createTable('product_services', (table) => {
    table.string('product_id', 36).primary().references('products.id').onDelete('CASCADE');
    table.integer('duration_minutes').notNullable();
    /** slots (time slots with a capacity) | on_request. */
    table.string('booking_mode', 12).notNullable();
    table.integer('slot_capacity');
    /** in_shop | at_home | at_service_point. */
    table.string('location', 20).notNullable();
    /** JSON { weekly: [{weekday, start, end}], exceptions: [{date, intervals}] }; read whole. */
    table.text('availability').notNullable();
  });

  /** Up to 8 photos of a product, in order; the files are behind images.id. */
  await knex.schema.createTable('product_images', (table) => {
    table.string('product_id', 36).notNullable().references('products.id').onDelete('CASCADE');
    table.string('image_id', 36).notNullable().references('images.id');
    table.integer('position').notNullable();
    table.primary(['product_id', 'image_id']);
    /** Dense 0…n-1: the listing joins the first photo as position 0. */
    table.unique(['product_id', 'position']);
  });

  await knex.schema.createTable('catalogue_imports', (table) => {
    table.string('id', 36).primary();
    table.string('shop_id', 36).notNullable().references('shops.id').onDelete('CASCADE');
    table.string('created_by_user_id', 36).references('users.id').onDelete('SET NULL');
    /** running → completed | failed. */
    table.string('status', 12).notNullable();
    table.integer('total_rows').notNullable();
    table.integer('processed_rows').notNullable();
    table.integer('created_count').notNullable().defaultTo(0);
    table.integer('updated_count').notNullable().defaultTo(0);
    table.integer('unchanged_count').notNullable().defaultTo(0);
    table.text('failure');
    table.bigInteger('created_at').notNullable();
    table.bigInteger('finished_at');
    table.index(['shop_id', 'created_at']);
  });

  // The product search index as it was made on this day: SQLite FTS5, or a tsvector column
  // with a GIN index on PostgreSQL. Migrations keep their own copy of what they run, so a
  // landed migration never changes with the server's code.
  if (isSqlite(knex)) {
    // remove_diacritics 2 also folds what foldForSearch missed; title weighs more than body.
    await knex.raw(
      `CREATE VIRTUAL TABLE product_search USING fts5(
         product_id UNINDEXED, title, body,
         tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
       )`,
    );
  } else {
    await knex.schema.createTable('product_search', (table) => {
      table.string('product_id', 36).primary().references('products.id').onDelete('CASCADE');
      table.specificType('document', 'tsvector').notNullable();
    });
    await knex.raw('CREATE INDEX product_search_document ON product_search USING GIN (document)');
  }
}

// By the dialect, not the configured client: the app passes its own client classes
// (server/src/db/database.ts), whose dialect is still knex's.
function isSqlite(knex: Knex): boolean {
  return (knex.client as { dialect?: unknown }).dialect !== 'postgresql';
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('product_search');
  for (const table of [
    'catalogue_imports',
    'product_services',
    'product_images',
    'product_variants',
    'products',
    'vat_rates',
  ]) {
    await knex.schema.dropTableIfExists(table);
  }
}
