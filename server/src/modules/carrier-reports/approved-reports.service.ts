import type { Database } from '../../db/database.ts';
import { createApprovedReportsRepository } from './approved-reports.repository.ts';

/** An approved report as the yearly claim lists it. */
export type ApprovedReport = {
  id: string;
  month: string;
  carrier: { name: string; slug: string };
  deliveries: number;
  households: number;
  costOre: number;
  feesOre: number;
  decidedAt: number | null;
};

export type ApprovedYear = {
  reports: ApprovedReport[];
  totals: { reports: number; costOre: number; feesOre: number; deliveries: number };
  /** Deliveries per household and day, as the approved reports' lines add up. */
  deliveries: { householdId: string; date: string; village: string; deliveries: number }[];
};

/**
 * The carrier reports' door for the yearly subsidy claim (decision 0043): a municipality's
 * approved reports of a calendar year with their sums, read-only. Authorization is the
 * caller's: it answers only the municipality it is asked about.
 */
export function createApprovedReportsService(deps: { database: Database }) {
  const approved = createApprovedReportsRepository(deps.database.reader, deps.database.dialect);
  return {
    async ofYear(municipalityId: string, year: number): Promise<ApprovedYear> {
      const [from, to] = [`${year}-01`, `${year}-12`];
      const [reports, totals, deliveries] = await Promise.all([
        approved.list(municipalityId, from, to),
        approved.totals(municipalityId, from, to),
        approved.deliveriesByHouseholdAndDay(municipalityId, from, to),
      ]);
      return {
        reports: reports.map((row) => ({
          id: row.id,
          month: row.month,
          carrier: { name: row.carrier_name, slug: row.carrier_slug },
          deliveries: row.delivery_count,
          households: row.household_count,
          costOre: row.cost_ore,
          feesOre: row.fees_ore,
          decidedAt: row.decided_at,
        })),
        totals: {
          reports: totals.reports,
          costOre: totals.cost_ore,
          feesOre: totals.fees_ore,
          deliveries: totals.deliveries,
        },
        deliveries: deliveries.map((row) => ({
          householdId: row.household_id,
          date: row.date,
          village: row.village,
          deliveries: row.deliveries,
        })),
      };
    },
  };
}

export type ApprovedReportsService = ReturnType<typeof createApprovedReportsService>;
