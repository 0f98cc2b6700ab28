import type { Knex } from 'knex';

// Shops, the categories shops and goods are filed under, listings in neighbouring
// municipalities, and the audit log of what admins and owners did.

const categories: { slug: string; sv: string; en: string; position: number }[] = [
  { slug: 'livsmedel', sv: 'Livsmedel', en: 'Groceries', position: 10 },
  { slug: 'bageri', sv: 'Bageri och konditori', en: 'Bakery', position: 20 },
  { slug: 'fisk-och-vilt', sv: 'Fisk och vilt', en: 'Fish and game', position: 30 },
  { slug: 'jarn-och-bygg', sv: 'Järn och bygg', en: 'Hardware and building', position: 40 },
  { slug: 'halsa-och-skonhet', sv: 'Hälsa och skönhet', en: 'Health and beauty', position: 50 },
  { slug: 'tvatt-och-stad', sv: 'Tvätt och städ', en: 'Laundry and cleaning', position: 60 },
  { slug: 'hantverk', sv: 'Hantverk och slöjd', en: 'Crafts', position: 70 },
  {
    slug: 'klader-och-friluft',
    sv: 'Kläder och friluftsliv',
    en: 'Clothing and outdoors',
    position: 80,
  },
  {
    slug: 'resor-och-transport',
    sv: 'Resor och transport',
    en: 'Trips and transport',
    position: 90,
  },
  { slug: 'ovrigt', sv: 'Övrigt', en: 'Other', position: 1000 },
];

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('categories', (table) => {
    table.string('id', 36).primary();
    table.string('slug', 60).notNullable().unique();
    /** JSON { sv, en }: category names are data, translated like municipality texts. */
    table.text('name').notNullable();
    table.integer('position').notNullable();
  });
  await knex('categories').insert(
    categories.map((category) => ({
      id: `cat-${category.slug}`,
      slug: category.slug,
      name: JSON.stringify({ sv: category.sv, en: category.en }),
      position: category.position,
    })),
  );

  await knex.schema.createTable('shops', (table) => {
    table.string('id', 36).primary();
    /** The home municipality: its admins review the shop and see its data. */
    table.string('municipality_id', 36).notNullable().references('municipalities.id');
    /** Unique in the region, so /arjeplog/butiker/x and /arvidsjaur/butiker/x are one shop. */
    table.string('slug', 80).notNullable().unique();
    table.string('name', 120).notNullable();
    /** draft → submitted → published | returned (→ submitted …); published ↔ suspended. */
    table.string('status', 20).notNullable().defaultTo('draft');
    table.string('org_number', 13);
    table.string('vat_number', 20);
    table.string('street_address', 200);
    table.string('postal_code', 10);
    table.string('city', 80);
    table.string('village', 80);
    /** Markdown from the shop; rendered without HTML so no script can run. */
    table.text('description').notNullable().defaultTo('');
    /** images.id of the logo and cover photo (no foreign key, as for municipality logos). */
    table.string('logo_image_id', 36);
    table.string('cover_image_id', 36);
    table.string('contact_email', 254);
    table.string('contact_phone', 40);
    table.string('website_url', 300);
    /** JSON: weekly intervals and dated exceptions (holidays); read whole, never queried. */
    table.text('opening_hours').notNullable().defaultTo('{"weekly":[],"exceptions":[]}');
    table.text('review_comment');
    table.bigInteger('submitted_at');
    table.bigInteger('published_at');
    table.bigInteger('created_at').notNullable();
    table.bigInteger('updated_at').notNullable();
    table.index(['municipality_id', 'status', 'name']);
  });

  await knex.schema.createTable('shop_categories', (table) => {
    table.string('shop_id', 36).notNullable().references('shops.id').onDelete('CASCADE');
    table.string('category_id', 36).notNullable().references('categories.id');
    table.primary(['shop_id', 'category_id']);
    table.index(['category_id']);
  });

  /** A shop shown in a neighbouring municipality's galleria, at the shop's request. */
  await knex.schema.createTable('shop_listings', (table) => {
    table.string('shop_id', 36).notNullable().references('shops.id').onDelete('CASCADE');
    table.string('municipality_id', 36).notNullable().references('municipalities.id');
    /** requested → approved | declined, decided by that municipality's admins. */
    table.string('status', 20).notNullable();
    table.bigInteger('requested_at').notNullable();
    table.bigInteger('decided_at');
    table.string('decided_by_user_id', 36).references('users.id').onDelete('SET NULL');
    table.primary(['shop_id', 'municipality_id']);
    table.index(['municipality_id', 'status']);
  });

  await knex.schema.createTable('audit_events', (table) => {
    table.string('id', 36).primary();
    /** Whose log it is: the municipality whose admins may read it. */
    table.string('municipality_id', 36).notNullable().references('municipalities.id');
    table.string('shop_id', 36).references('shops.id').onDelete('SET NULL');
    table.string('actor_user_id', 36).references('users.id').onDelete('SET NULL');
    table.string('action', 60).notNullable();
    /** JSON with what changed, e.g. { comment } on a return. Never personal data beyond ids. */
    table.text('details').notNullable().defaultTo('{}');
    table.bigInteger('created_at').notNullable();
    table.index(['municipality_id', 'created_at']);
    table.index(['shop_id', 'created_at']);
  });
}

export async function down(knex: Knex): Promise<void> {
  for (const table of ['audit_events', 'shop_listings', 'shop_categories', 'shops', 'categories']) {
    await knex.schema.dropTableIfExists(table);
  }
}
