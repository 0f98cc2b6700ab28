import type { Knex } from 'knex';

// The home-delivery subsidy's rules as dated data (DESIGN §6, decision 0038), owned by the
// `subsidy` module and edited by the region admin. Never constants in code: a claim uses the
// rules of the year its deliveries were made. Money in öre, shares in basis points.

/** Förordning 2000:284 20 §: 60 kr per household and delivery from 1 January 2011 (SFS
 * 2010:1709). DESIGN §6 says 100 kr "now" without a date: 2024-01-01 is our assumption, kept
 * as an editable row (decision 0038). */
const rules = [
  { validFrom: '2011-01-01', validTo: '2023-12-31', capPerDeliveryOre: 6_000 },
  { validFrom: '2024-01-01', validTo: null, capPerDeliveryOre: 10_000 },
];

/** The price base amount (prisbasbelopp) of each year, in kronor, as Statistics Sweden set it. */
const priceBaseAmountsKr: Record<number, number> = {
  2011: 42_800,
  2012: 44_000,
  2013: 44_500,
  2014: 44_400,
  2015: 44_500,
  2016: 44_300,
  2017: 44_800,
  2018: 45_500,
  2019: 46_500,
  2020: 47_300,
  2021: 47_600,
  2022: 48_300,
  2023: 52_500,
  2024: 57_300,
  2025: 58_800,
  2026: 59_200,
};

// A fixed moment, so the seeded rows are the same wherever the migration runs.
const seededAt = Date.UTC(2026, 11, 5, 15, 0, 0);

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('subsidy_rules', (table) => {
    table.string('id', 36).primary();
    /** 'YYYY-MM-DD', inclusive. */
    table.string('valid_from', 10).notNullable().unique();
    /** 'YYYY-MM-DD', inclusive; null while in force. Periods never overlap (checked on write). */
    table.string('valid_to', 10);
    table.integer('cap_per_delivery_ore').notNullable();
    /** 5000 = 50 % of the municipality's net cost. */
    table.integer('share_basis_points').notNullable();
    table.bigInteger('created_at').notNullable();
    table.bigInteger('updated_at').notNullable();
  });

  await knex.schema.createTable('price_base_amounts', (table) => {
    table.integer('year').primary();
    table.integer('amount_ore').notNullable();
    table.bigInteger('updated_at').notNullable();
  });

  await knex('subsidy_rules').insert(
    rules.map((rule, index) => ({
      // Fixed ids: the seeded rows are the same rows everywhere.
      id: `00000000-0000-4000-8000-00000000005${index}`,
      valid_from: rule.validFrom,
      valid_to: rule.validTo,
      cap_per_delivery_ore: rule.capPerDeliveryOre,
      share_basis_points: 5_000,
      created_at: seededAt,
      updated_at: seededAt,
    })),
  );
  await knex('price_base_amounts').insert(
    Object.entries(priceBaseAmountsKr).map(([year, kr]) => ({
      year: Number(year),
      amount_ore: kr * 100,
      updated_at: seededAt,
    })),
  );
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('price_base_amounts');
  await knex.schema.dropTable('subsidy_rules');
}
