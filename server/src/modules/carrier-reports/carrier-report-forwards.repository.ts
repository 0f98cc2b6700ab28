import type { Knex } from 'knex';

/** An approved report's PDF mailed on, as the report's history shows it. */
export type CarrierReportForwardRow = {
  id: string;
  report_id: string;
  to_address: string;
  message: string | null;
  user_id: string | null;
  user_name: string;
  created_at: number;
};

export function createCarrierReportForwardsRepository(knex: Knex) {
  return {
    insert: (row: CarrierReportForwardRow, db: Knex = knex) =>
      db('carrier_report_forwards').insert(row),

    /** The forwards of these reports, newest first. */
    ofReports: async (reportIds: readonly string[], db: Knex = knex) => {
      if (reportIds.length === 0) return [];
      const rows = await db('carrier_report_forwards')
        .whereIn('report_id', reportIds)
        .orderBy([
          { column: 'created_at', order: 'desc' },
          { column: 'id', order: 'desc' },
        ])
        .select<Record<string, unknown>[]>('*');
      // PostgreSQL answers bigints as strings.
      return rows.map((row): CarrierReportForwardRow => ({
        ...(row as CarrierReportForwardRow),
        created_at: Number(row.created_at),
      }));
    },
  };
}

export type CarrierReportForwardsRepository = ReturnType<
  typeof createCarrierReportForwardsRepository
>;
