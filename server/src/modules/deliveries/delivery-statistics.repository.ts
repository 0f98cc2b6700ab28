import type { Knex } from 'knex';
import type { Queryable } from '../../db/database.ts';
import { monthBucketsCte, type MonthBucket } from '../../db/month-buckets.ts';
import { rawRows } from '../../db/raw-rows.ts';

/** Delivered notes and the distinct households they reached, in one group of a period. */
export type DeliveryCountRow = {
  municipality_id: string;
  deliveries: number;
  households: number;
};
export type DeliveryMonthRow = DeliveryCountRow & { month: string };
export type DeliveryVillageRow = DeliveryCountRow & { village: string };
export type DeliveryShopRow = DeliveryCountRow & { shop_id: string; name: string };
export type DeliveryCarrierRow = DeliveryCountRow & { carrier_id: string; name: string };

const n = (value: unknown) => Number(value ?? 0);

function counts<Row extends DeliveryCountRow>(row: Row): Row {
  return { ...row, deliveries: n(row.deliveries), households: n(row.households) };
}

/**
 * Home delivery's figures per municipality (decision 0038): only delivered notes count, by the
 * time they were delivered; households are counted distinct within each group (a household
 * served in two months counts in each month, once in the period). Aggregate statements only.
 */
export function createDeliveryStatisticsRepository(knex: Knex) {
  const where = (municipalityIds: readonly string[]) =>
    `dn.municipality_id IN (${municipalityIds.map(() => '?').join(', ')})
     AND dn.outcome = 'delivered' AND dn.delivered_at >= ? AND dn.delivered_at < ?`;

  async function grouped<Row extends DeliveryCountRow>(
    db: Queryable,
    municipalityIds: readonly string[],
    range: { start: number; end: number },
    select: { columns: string[]; join: string },
  ): Promise<Row[]> {
    const result: unknown = await db.raw(
      `SELECT ${['dn.municipality_id', ...select.columns].join(', ')},
              COUNT(*) AS deliveries, COUNT(DISTINCT dn.household_id) AS households
         FROM delivery_notes dn ${select.join}
        WHERE ${where(municipalityIds)}
        GROUP BY ${['dn.municipality_id', ...select.columns].join(', ')}`,
      [...municipalityIds, range.start, range.end] as Knex.RawBinding[],
    );
    return rawRows<Row>(result).map(counts);
  }

  return {
    async months(
      municipalityIds: readonly string[],
      buckets: readonly MonthBucket[],
      range: { start: number; end: number },
      db: Queryable = knex,
    ): Promise<DeliveryMonthRow[]> {
      const cte = monthBucketsCte(buckets);
      const result: unknown = await db.raw(
        `WITH ${cte.sql}
         SELECT dn.municipality_id, b.month,
                COUNT(*) AS deliveries, COUNT(DISTINCT dn.household_id) AS households
           FROM delivery_notes dn
          CROSS JOIN buckets b
          WHERE ${where(municipalityIds)}
            AND dn.delivered_at >= b.start_ms AND dn.delivered_at < b.end_ms
          GROUP BY dn.municipality_id, b.month`,
        [...cte.bindings, ...municipalityIds, range.start, range.end] as Knex.RawBinding[],
      );
      return rawRows<DeliveryMonthRow>(result).map(counts);
    },

    /** The period as a whole: a household served in several months counts once. */
    totals: (
      municipalityIds: readonly string[],
      range: { start: number; end: number },
      db: Queryable = knex,
    ) => grouped<DeliveryCountRow>(db, municipalityIds, range, { columns: [], join: '' }),

    villages: (
      municipalityIds: readonly string[],
      range: { start: number; end: number },
      db: Queryable = knex,
    ) =>
      grouped<DeliveryVillageRow>(db, municipalityIds, range, {
        columns: ['dn.village'],
        join: '',
      }),

    shops: (
      municipalityIds: readonly string[],
      range: { start: number; end: number },
      db: Queryable = knex,
    ) =>
      grouped<DeliveryShopRow>(db, municipalityIds, range, {
        columns: ['dn.shop_id', 's.name'],
        join: 'JOIN shops s ON s.id = dn.shop_id',
      }),

    carriers: (
      municipalityIds: readonly string[],
      range: { start: number; end: number },
      db: Queryable = knex,
    ) =>
      grouped<DeliveryCarrierRow>(db, municipalityIds, range, {
        columns: ['dn.carrier_id', 'c.name'],
        join: 'JOIN carriers c ON c.id = dn.carrier_id',
      }),

    /** A shop's own deliveries per month, and its households over the period. */
    async shopMonths(
      shopId: string,
      buckets: readonly MonthBucket[],
      range: { start: number; end: number },
      db: Queryable = knex,
    ): Promise<{
      months: { month: string; deliveries: number; households: number }[];
      households: number;
    }> {
      const cte = monthBucketsCte(buckets);
      const shopWhere = `dn.shop_id = ? AND dn.outcome = 'delivered'
                         AND dn.delivered_at >= ? AND dn.delivered_at < ?`;
      const [months, total] = await Promise.all([
        db.raw(
          `WITH ${cte.sql}
           SELECT b.month, COUNT(*) AS deliveries, COUNT(DISTINCT dn.household_id) AS households
             FROM delivery_notes dn
            CROSS JOIN buckets b
            WHERE ${shopWhere}
              AND dn.delivered_at >= b.start_ms AND dn.delivered_at < b.end_ms
            GROUP BY b.month`,
          [...cte.bindings, shopId, range.start, range.end] as Knex.RawBinding[],
        ) as Promise<unknown>,
        db.raw(
          `SELECT COUNT(DISTINCT dn.household_id) AS households FROM delivery_notes dn
            WHERE ${shopWhere}`,
          [shopId, range.start, range.end],
        ) as Promise<unknown>,
      ]);
      return {
        months: rawRows<{ month: string; deliveries: number; households: number }>(months).map(
          (row) => ({
            month: row.month,
            deliveries: n(row.deliveries),
            households: n(row.households),
          }),
        ),
        households: n(rawRows<{ households: unknown }>(total)[0]?.households),
      };
    },
  };
}

export type DeliveryStatisticsRepository = ReturnType<typeof createDeliveryStatisticsRepository>;
