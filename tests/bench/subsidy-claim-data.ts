import type { Knex } from 'knex';
import { newId } from '../../server/src/db/ids.ts';
import type { StatisticsRegion } from './statistics-data.ts';

// Approved carrier reports for the statistics benchmark's yearly subsidy claim (decision
// 0043): per municipality a carrier, a zone with six villages (the main town a locality of
// more than 3,000 inhabitants), 80 households, and one approved report a month over the
// benchmark's five years, whose lines add up to `deliveries` home deliveries in the region.

const villages = ['Centralorten', 'Norrby', 'Söderby', 'Västerås', 'Österås', 'Fjällnäs'];
export const householdsPerMunicipality = 80;

/** The months from `first` to `last` (YYYY-MM), inclusive. */
function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  let [year, month] = first.split('-').map(Number) as [number, number];
  for (;;) {
    const text = `${year}-${String(month).padStart(2, '0')}`;
    months.push(text);
    if (text >= last) return months;
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
  }
}

export type HomeDeliverySetup = {
  municipalityId: string;
  carrierId: string;
  zoneId: string;
  households: { id: string; name: string; village: string; postalCode: string }[];
};

/**
 * Per municipality a carrier, a zone with six villages (the main town a locality of more than
 * 3,000 inhabitants) and 80 approved households; the households are also listed in
 * `bench_households` (municipality index m, household index h) for INSERT … SELECT.
 */
export async function createHomeDeliverySetup(
  knex: Knex,
  region: StatisticsRegion,
  now: number,
): Promise<HomeDeliverySetup[]> {
  const setups: HomeDeliverySetup[] = [];
  for (const [m, municipality] of region.municipalities.entries()) {
    const carrierId = newId();
    await knex('carriers').insert({
      id: carrierId,
      municipality_id: municipality.id,
      slug: `${municipality.slug}-taxi`,
      name: `Taxi ${municipality.slug}`,
      org_number: '556000-0000',
      is_active: true,
      created_at: now,
      updated_at: now,
    });
    const zoneId = newId();
    await knex('delivery_zones').insert({
      id: zoneId,
      municipality_id: municipality.id,
      name: 'Hela kommunen',
      route_days: JSON.stringify([{ weekday: 2, cutoffWeekday: 1, cutoffTime: '12:00' }]),
      is_active: true,
      created_at: now,
      updated_at: now,
    });
    await knex('delivery_zone_places').insert(
      villages.map((village, v) => ({
        id: newId(),
        zone_id: zoneId,
        municipality_id: municipality.id,
        postal_code: `93${String(m).padStart(2, '0')}${v}`,
        village,
        is_large_locality: v === 0,
      })),
    );
    const households = Array.from({ length: householdsPerMunicipality }, (_, h) => ({
      id: newId(),
      municipality_id: municipality.id,
      created_via: 'checkout',
      name: `Hushåll ${h + 1}`,
      postal_code: `93${String(m).padStart(2, '0')}${h % villages.length}`,
      village: villages[h % villages.length] ?? '',
      eligibility_status: 'approved',
      address_changed_at: now,
      last_used_at: now,
      created_at: now,
      updated_at: now,
    }));
    await knex.batchInsert('households', households, 500);
    setups.push({
      municipalityId: municipality.id,
      carrierId,
      zoneId,
      households: households.map((household) => ({
        id: household.id,
        name: household.name,
        village: household.village,
        postalCode: household.postal_code,
      })),
    });
  }
  await knex.schema.createTable('bench_households', (table) => {
    table.integer('m');
    table.integer('h');
    table.string('id', 36);
    table.string('zone_id', 36);
    table.string('carrier_id', 36);
    table.string('village', 80);
    table.string('postal_code', 5);
    table.primary(['m', 'h']);
  });
  await knex.batchInsert(
    'bench_households',
    setups.flatMap((setup, m) =>
      setup.households.map((household, h) => ({
        m,
        h,
        id: household.id,
        zone_id: setup.zoneId,
        carrier_id: setup.carrierId,
        village: household.village,
        postal_code: household.postalCode,
      })),
    ),
    500,
  );
  return setups;
}

/** One approved report a month per municipality, whose lines add up to `deliveries`. */
export async function insertApprovedCarrierReports(
  knex: Knex,
  setups: readonly HomeDeliverySetup[],
  options: { deliveries: number; firstMonth: string; lastMonth: string; now: number },
): Promise<{ reports: number; deliveries: number }> {
  const { now } = options;
  const months = monthsBetween(options.firstMonth, options.lastMonth);
  const reportCount = setups.length * months.length;
  let written = 0;
  let reportIndex = 0;
  for (const { municipalityId, carrierId, households } of setups) {
    const reports = months.map((month) => {
      // The region's deliveries spread evenly over its reports, the remainder on the first.
      const count =
        Math.floor(options.deliveries / reportCount) +
        (reportIndex < options.deliveries % reportCount ? 1 : 0);
      reportIndex += 1;
      const lines = new Map<string, { date: string; household: number; deliveries: number }>();
      for (let j = 0; j < count; j++) {
        const household = (j * 7 + month.length + reportIndex) % householdsPerMunicipality;
        const date = `${month}-${String((j % 28) + 1).padStart(2, '0')}`;
        const key = `${date}|${household}`;
        const line = lines.get(key) ?? { date, household, deliveries: 0 };
        line.deliveries += 1;
        lines.set(key, line);
      }
      written += count;
      const snapshot = [...lines.values()].map((line) => {
        const household = households[line.household];
        return {
          date: line.date,
          householdId: household?.id ?? '',
          householdName: household?.name ?? '',
          village: household?.village ?? '',
          deliveries: line.deliveries,
          feeOre: line.deliveries * 2000,
        };
      });
      return {
        id: newId(),
        carrier_id: carrierId,
        municipality_id: municipalityId,
        month,
        status: 'approved',
        cost_basis: 'delivery',
        cost_unit_ore: 15_000,
        cost_ore: count * 15_000,
        delivery_count: count,
        household_count: new Set(snapshot.map((line) => line.householdId)).size,
        run_count: 4,
        km_tenths: 4_000,
        fees_ore: count * 2000,
        snapshot: JSON.stringify(snapshot),
        comment: null,
        submitted_at: now,
        submitted_by_user_id: null,
        decided_at: now,
        decided_by_user_id: null,
        created_at: now,
        updated_at: now,
      };
    });
    await knex.batchInsert('carrier_reports', reports, 100);
  }
  return { reports: reportCount, deliveries: written };
}
