import type { Knex } from 'knex';

/** One household's delivered notes on one day, as the carrier's monthly report lists them. */
export type CarrierMonthLineRow = {
  date: string;
  household_id: string;
  recipient_name: string;
  village: string;
  deliveries: number;
  fee_ore: number;
};

/**
 * The figures of a carrier's month in one municipality, summed by the database (issue 14):
 * delivered notes only (a failed attempt is no delivery; a correction may say otherwise), closed runs only (an open run has
 * no kilometres yet).
 */
export function createCarrierMonthRepository(knex: Knex) {
  const delivered = (carrierId: string, municipalityId: string, from: string, to: string) =>
    knex('delivery_notes')
      .where({ carrier_id: carrierId, municipality_id: municipalityId })
      // What a correction says the note counts as, else what the door recorded (0044).
      .whereRaw("coalesce(report_outcome, outcome) = 'delivered'")
      .whereBetween('date', [from, to]);

  return {
    lines: async (carrierId: string, municipalityId: string, from: string, to: string) => {
      const rows = await delivered(carrierId, municipalityId, from, to)
        .groupBy('date', 'household_id', 'recipient_name', 'village')
        .orderBy([{ column: 'date' }, { column: 'recipient_name' }, { column: 'household_id' }])
        .select('date', 'household_id', 'recipient_name', 'village')
        .count({ deliveries: '*' })
        .sum({ fee_ore: 'fee_ore' });
      return (rows as Record<string, unknown>[]).map((row): CarrierMonthLineRow => ({
        date: String(row.date),
        household_id: String(row.household_id),
        recipient_name: String(row.recipient_name),
        village: String(row.village),
        deliveries: Number(row.deliveries),
        fee_ore: Number(row.fee_ore ?? 0),
      }));
    },

    noteTotals: async (carrierId: string, municipalityId: string, from: string, to: string) => {
      const row: Record<string, unknown> | undefined = await delivered(
        carrierId,
        municipalityId,
        from,
        to,
      )
        .first()
        .count({ deliveries: '*' })
        .countDistinct({ households: 'household_id' })
        .sum({ fee_ore: 'fee_ore' });
      return {
        deliveries: Number(row?.deliveries ?? 0),
        households: Number(row?.households ?? 0),
        feeOre: Number(row?.fee_ore ?? 0),
      };
    },

    runTotals: async (carrierId: string, municipalityId: string, from: string, to: string) => {
      const row: Record<string, unknown> | undefined = await knex('delivery_runs')
        .where({ carrier_id: carrierId, municipality_id: municipalityId })
        .whereNotNull('closed_at')
        .whereBetween('date', [from, to])
        .first()
        .count({ runs: '*' })
        .sum({ km_tenths: 'km_tenths' });
      return { runs: Number(row?.runs ?? 0), kmTenths: Number(row?.km_tenths ?? 0) };
    },
  };
}

export type CarrierMonthRepository = ReturnType<typeof createCarrierMonthRepository>;
