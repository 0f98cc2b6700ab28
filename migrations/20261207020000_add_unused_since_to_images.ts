import type { Knex } from 'knex';

// Since when the hourly sweep has seen an image unused (milliseconds, null while used or not
// yet seen so). An image is removed, files and all, only a day after that, not a day after its
// upload: a photo of years ago taken off its product goes a day later, so a copy of the files
// taken after a database backup still holds every image the backup names (decision 0063).
// Images already unused get their moment at the first sweep and wait their day from there.
//
// The sweep takes the marked images by that moment, and asks product_images, for every
// image, whether a product shows it; without an index on image_id alone (its key starts
// with product_id) each question, and PostgreSQL's foreign-key check of each removed image,
// reads the whole table.

export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('images', (table) => {
    table.bigInteger('unused_since');
    // Only the marked ones: the few the sweep clears or removes, never the many in use.
    table.index(['unused_since'], 'images_by_unused_since', {
      predicate: knex.whereNotNull('unused_since'),
    });
  });
  await knex.schema.alterTable('product_images', (table) => {
    table.index(['image_id'], 'product_images_by_image');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('product_images', (table) => {
    table.dropIndex([], 'product_images_by_image');
  });
  await knex.schema.alterTable('images', (table) => {
    table.dropIndex([], 'images_by_unused_since');
    table.dropColumn('unused_since');
  });
}
