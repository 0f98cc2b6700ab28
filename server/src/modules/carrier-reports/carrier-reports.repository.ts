import type { Knex } from 'knex';
import type { CarrierReportStatus, CostBasis } from '@e-galleria/shared/carrier-reports';

/** A carrier's monthly report as submitted: its totals as columns, its lines as JSON. */
export type CarrierReportRow = {
  id: string;
  carrier_id: string;
  municipality_id: string;
  month: string;
  status: CarrierReportStatus;
  cost_basis: CostBasis;
  cost_unit_ore: number;
  cost_ore: number;
  delivery_count: number;
  household_count: number;
  run_count: number;
  km_tenths: number;
  fees_ore: number;
  snapshot: string;
  comment: string | null;
  submitted_at: number;
  submitted_by_user_id: string | null;
  decided_at: number | null;
  decided_by_user_id: string | null;
  created_at: number;
  updated_at: number;
};

/** A row of the municipality's list, with the carrier's name beside it. */
export type CarrierReportListRow = CarrierReportRow & {
  carrier_name: string;
  carrier_slug: string;
};

const numbers = [
  'cost_unit_ore',
  'cost_ore',
  'delivery_count',
  'household_count',
  'run_count',
  'km_tenths',
  'fees_ore',
  'submitted_at',
  'created_at',
  'updated_at',
] as const;

/** PostgreSQL answers bigints as strings. */
function read<Row extends CarrierReportRow>(row: Row): Row {
  const raw = row as Record<string, unknown>;
  const out: Record<string, unknown> = { ...raw };
  for (const key of numbers) out[key] = Number(raw[key]);
  out.decided_at = raw.decided_at === null ? null : Number(raw.decided_at);
  return out as Row;
}

export function createCarrierReportsRepository(knex: Knex) {
  return {
    find: async (carrierId: string, month: string, db: Knex = knex) => {
      const row = (await db('carrier_reports').where({ carrier_id: carrierId, month }).first()) as
        CarrierReportRow | undefined;
      return row && read(row);
    },

    findById: async (id: string, db: Knex = knex) => {
      const row = (await db('carrier_reports').where({ id }).first()) as
        CarrierReportRow | undefined;
      return row && read(row);
    },

    insert: (row: CarrierReportRow, db: Knex = knex) => db('carrier_reports').insert(row),

    /** Submits a returned report again; false when it is no longer returned. */
    resubmit: async (
      id: string,
      changes: Omit<
        CarrierReportRow,
        'id' | 'carrier_id' | 'municipality_id' | 'month' | 'created_at'
      >,
      db: Knex = knex,
    ) => (await db('carrier_reports').where({ id, status: 'returned' }).update(changes)) === 1,

    /**
     * The month's report held until commit (a write that changes nothing), with its status:
     * a correction and a submission of the same month queue up on PostgreSQL.
     */
    holdStatus: async (carrierId: string, month: string, db: Knex) => {
      await db('carrier_reports')
        .where({ carrier_id: carrierId, month })
        .update({ updated_at: db.ref('updated_at') });
      const row = await db('carrier_reports')
        .where({ carrier_id: carrierId, month })
        .first<{ status: CarrierReportStatus } | undefined>('status');
      return row?.status ?? null;
    },

    /** Approves or returns a submitted report; false when it is not submitted (any more). */
    decide: async (
      id: string,
      changes: {
        status: 'approved' | 'returned';
        comment: string | null;
        decided_at: number;
        decided_by_user_id: string;
        updated_at: number;
      },
      db: Knex = knex,
    ) => (await db('carrier_reports').where({ id, status: 'submitted' }).update(changes)) === 1,

    /** Reports submitted to a municipality and not yet decided (index municipality_id, status). */
    countSubmitted: async (municipalityId: string, db: Knex = knex) =>
      Number(
        (
          await db('carrier_reports')
            .where({ municipality_id: municipalityId, status: 'submitted' })
            .count<{ count: number | string }[]>({ count: '*' })
        )[0]?.count ?? 0,
      ),

    listOfMunicipality: async (municipalityId: string, db: Knex = knex) => {
      const rows = await db('carrier_reports as r')
        .join('carriers as c', 'c.id', 'r.carrier_id')
        .where('r.municipality_id', municipalityId)
        .orderBy([{ column: 'r.month', order: 'desc' }, { column: 'c.name' }])
        .select<CarrierReportListRow[]>('r.*', 'c.name as carrier_name', 'c.slug as carrier_slug');
      return rows.map(read);
    },
  };
}

export type CarrierReportsRepository = ReturnType<typeof createCarrierReportsRepository>;
