import { createCarrierMonthRepository } from './carrier-month.repository.ts';
import type { Database } from '../../db/database.ts';

export type CarrierMonthFigures = {
  lines: {
    date: string;
    householdId: string;
    householdName: string;
    village: string;
    deliveries: number;
    feeOre: number;
  }[];
  deliveries: number;
  households: number;
  feesOre: number;
  runs: number;
  kmTenths: number;
};

/**
 * The deliveries module's door for a carrier's monthly report (issue 14): what its recorded
 * runs and delivered notes add up to between two dates, inclusive. It reads; it never changes
 * a note or a run.
 */
export function createCarrierMonthService(deps: { database: Database }) {
  const figures = createCarrierMonthRepository(deps.database.knex);
  return {
    async month(
      carrierId: string,
      municipalityId: string,
      from: string,
      to: string,
    ): Promise<CarrierMonthFigures> {
      const [lines, notes, runs] = await Promise.all([
        figures.lines(carrierId, municipalityId, from, to),
        figures.noteTotals(carrierId, municipalityId, from, to),
        figures.runTotals(carrierId, municipalityId, from, to),
      ]);
      return {
        lines: lines.map((line) => ({
          date: line.date,
          householdId: line.household_id,
          householdName: line.recipient_name,
          village: line.village,
          deliveries: line.deliveries,
          feeOre: line.fee_ore,
        })),
        deliveries: notes.deliveries,
        households: notes.households,
        feesOre: notes.feeOre,
        runs: runs.runs,
        kmTenths: runs.kmTenths,
      };
    },
  };
}

export type CarrierMonthService = ReturnType<typeof createCarrierMonthService>;
