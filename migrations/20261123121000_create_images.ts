import type { Knex } from 'knex';

// Uploaded images. The files (one per width and format, named `<key_base>-<width>.<ext>`)
// live in file storage; this row is what pages need to build `srcset` without listing
// files. Whoever shows an image (a municipality's logo, a shop's logo or cover, a product's
// photos through product_images) refers to images.id.

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('images', (table) => {
    table.string('id', 36).primary();
    /** Content hash of the upload and profile: the same bytes give the same file names. */
    table.string('key_base', 64).notNullable();
    /** `logo`, `cover` or `product` (shared/src/image-profiles.ts). */
    table.string('profile', 20).notNullable();
    /** Of the largest rendition. */
    table.integer('width').notNullable();
    table.integer('height').notNullable();
    /** JSON arrays, read whole and never queried: e.g. [160, 320, 640] and ["webp", "jpeg"]. */
    table.text('widths').notNullable();
    table.text('formats').notNullable();
    /** Whose image it is, for authorization and clean-up: e.g. `shop` + shops.id. */
    table.string('owner_type', 30).notNullable();
    table.string('owner_id', 36).notNullable();
    table.bigInteger('created_at').notNullable();
    table.index(['owner_type', 'owner_id']);
  });
  // The municipality's logo moves from a bare file key (logo_path, kept for logos uploaded
  // before) to an image. No foreign key: SQLite cannot add one to an existing table without
  // rebuilding it, and the service only ever sets ids it has just created.
  await knex.schema.alterTable('municipalities', (table) => {
    table.string('logo_image_id', 36);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('municipalities', (table) => {
    table.dropColumn('logo_image_id');
  });
  await knex.schema.dropTable('images');
}
