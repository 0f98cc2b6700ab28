import type { Knex } from 'knex';
import type { Dialect } from '../../db/database.ts';
import { jsonArrayRows } from '../../db/json-array.ts';

export type ApprovedReportRow = {
  id: string;
  month: string;
  carrier_name: string;
  carrier_slug: string;
  delivery_count: number;
  household_count: number;
  cost_ore: number;
  fees_ore: number;
  decided_at: number | null;
};

export type ApprovedTotalsRow = {
  reports: number;
  cost_ore: number;
  fees_ore: number;
  deliveries: number;
};

export type ApprovedDeliveryRow = {
  household_id: string;
  date: string;
  village: string;
  deliveries: number;
};

/**
 * The approved reports of a municipality's months between two (inclusive), summed by the
 * database (decision 0043): the totals from the report's columns, the deliveries per household
 * and day from the submitted lines (a household two carriers served on one day is one row).
 * The index on (municipality_id, status, month) finds the rows.
 */
export function createApprovedReportsRepository(knex: Knex, dialect: Dialect) {
  const approved = (db: Knex, municipalityId: string, from: string, to: string) =>
    db('carrier_reports as r')
      .where('r.municipality_id', municipalityId)
      .where('r.status', 'approved')
      .whereBetween('r.month', [from, to]);

  return {
    async list(municipalityId: string, from: string, to: string): Promise<ApprovedReportRow[]> {
      const rows = await approved(knex, municipalityId, from, to)
        .join('carriers as c', 'c.id', 'r.carrier_id')
        .orderBy([{ column: 'r.month' }, { column: 'c.name' }])
        .select<Record<string, unknown>[]>(
          'r.id',
          'r.month',
          'c.name as carrier_name',
          'c.slug as carrier_slug',
          'r.delivery_count',
          'r.household_count',
          'r.cost_ore',
          'r.fees_ore',
          'r.decided_at',
        );
      return rows.map((row) => ({
        id: String(row.id),
        month: String(row.month),
        carrier_name: String(row.carrier_name),
        carrier_slug: String(row.carrier_slug),
        delivery_count: Number(row.delivery_count),
        household_count: Number(row.household_count),
        cost_ore: Number(row.cost_ore),
        fees_ore: Number(row.fees_ore),
        decided_at: row.decided_at === null ? null : Number(row.decided_at),
      }));
    },

    async totals(municipalityId: string, from: string, to: string): Promise<ApprovedTotalsRow> {
      const row: Record<string, unknown> | undefined = await approved(
        knex,
        municipalityId,
        from,
        to,
      )
        .first()
        .count({ reports: '*' })
        .sum({ cost_ore: 'r.cost_ore', fees_ore: 'r.fees_ore', deliveries: 'r.delivery_count' });
      return {
        reports: Number(row?.reports ?? 0),
        cost_ore: Number(row?.cost_ore ?? 0),
        fees_ore: Number(row?.fees_ore ?? 0),
        deliveries: Number(row?.deliveries ?? 0),
      };
    },

    async deliveriesByHouseholdAndDay(
      municipalityId: string,
      from: string,
      to: string,
    ): Promise<ApprovedDeliveryRow[]> {
      const line = jsonArrayRows(dialect, 'r.snapshot', 'line');
      const household = line.text('householdId');
      const date = line.text('date');
      const rows = await approved(knex, municipalityId, from, to)
        .joinRaw(line.join)
        .groupByRaw(`${household}, ${date}`)
        .orderByRaw(`${household}, ${date}`)
        .select<Record<string, unknown>[]>(
          knex.raw(`${household} AS household_id`),
          knex.raw(`${date} AS date`),
          knex.raw(`MAX(${line.text('village')}) AS village`),
          knex.raw(`SUM(${line.integer('deliveries')}) AS deliveries`),
        );
      return rows.map((row) => ({
        household_id: String(row.household_id),
        date: String(row.date),
        village: String(row.village),
        deliveries: Number(row.deliveries),
      }));
    },
  };
}

export type ApprovedReportsRepository = ReturnType<typeof createApprovedReportsRepository>;
