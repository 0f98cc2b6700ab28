import type { Knex } from 'knex';

// The home-delivery statistics (decision 0038) read a municipality's delivered notes by the time
// they were delivered and group them by village, shop, carrier and household: this index
// carries every column they use, so the notes themselves (scattered among the region's) are
// not fetched. A shop's own figures start from the shop.

export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('delivery_notes', (table) => {
    table.index(
      [
        'municipality_id',
        'outcome',
        'delivered_at',
        'household_id',
        'shop_id',
        'carrier_id',
        'village',
      ],
      'delivery_notes_statistics',
    );
    table.index(
      ['shop_id', 'outcome', 'delivered_at', 'household_id'],
      'delivery_notes_shop_statistics',
    );
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('delivery_notes', (table) => {
    table.dropIndex([], 'delivery_notes_shop_statistics');
    table.dropIndex([], 'delivery_notes_statistics');
  });
}
