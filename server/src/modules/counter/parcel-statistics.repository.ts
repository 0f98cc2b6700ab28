import type { Knex } from 'knex';
import type { Queryable } from '../../db/database.ts';
import { monthBucketsCte, type MonthBucket } from '../../db/month-buckets.ts';

export type ParcelMonthRow = {
  municipality_id: string;
  service_point_id: string;
  name: string;
  month: string;
  checked_in: number;
  collected: number;
  returned: number;
  /** Of the parcels collected, milliseconds from check-in to collection, summed. */
  waited_ms: number;
  waited_count: number;
};

const n = (value: unknown) => Number(value ?? 0);

/**
 * How long before its check-in, collection or return a parcel's order can have been placed:
 * pickup dates lie weeks ahead at most and a point holds a parcel at most 60 days
 * (`maxHoldDays`), so 180 days is a generous bound. It lets the query start from the orders of
 * the municipality's points in a window (an index range) instead of every event of the region.
 */
const parcelLifeMs = 180 * 86_400_000;

/**
 * The service points' parcels per point and Swedish month, from the orders' status history
 * (decision 0038): checked in (→ arrived), collected, sent back (→ returning), and the wait
 * between check-in and collection. One aggregate statement.
 */
export function createParcelStatisticsRepository(knex: Knex) {
  return {
    async months(
      municipalityIds: readonly string[],
      buckets: readonly MonthBucket[],
      range: { start: number; end: number },
      db: Queryable = knex,
    ): Promise<ParcelMonthRow[]> {
      const cte = monthBucketsCte(buckets);
      const marks = municipalityIds.map(() => '?').join(', ');
      const result: unknown = await db.raw(
        `WITH ${cte.sql}
         SELECT sp.municipality_id, sp.id AS service_point_id, sp.name, b.month,
                SUM(CASE WHEN e.to_status = 'arrived' THEN 1 ELSE 0 END) AS checked_in,
                SUM(CASE WHEN e.to_status = 'collected' THEN 1 ELSE 0 END) AS collected,
                SUM(CASE WHEN e.to_status = 'returning' THEN 1 ELSE 0 END) AS returned,
                SUM(CASE WHEN a.at IS NOT NULL THEN e.at - a.at ELSE 0 END) AS waited_ms,
                SUM(CASE WHEN a.at IS NOT NULL THEN 1 ELSE 0 END) AS waited_count
           FROM service_points sp
           JOIN shop_orders so ON so.service_point_id = sp.id
           JOIN order_status_events e ON e.order_id = so.id
           -- A collection's check-in, for the days it waited (a parcel arrives once).
           LEFT JOIN order_status_events a
             ON a.order_id = so.id AND a.to_status = 'arrived' AND e.to_status = 'collected'
          CROSS JOIN buckets b
          WHERE sp.municipality_id IN (${marks})
            AND so.created_at >= ? AND so.created_at < ?
            AND so.fulfilment_method = 'pickup_at_service_point'
            AND e.to_status IN ('arrived', 'collected', 'returning')
            AND e.at >= ? AND e.at < ?
            AND e.at >= b.start_ms AND e.at < b.end_ms
          GROUP BY sp.municipality_id, sp.id, sp.name, b.month`,
        [
          ...cte.bindings,
          ...municipalityIds,
          range.start - parcelLifeMs,
          range.end,
          range.start,
          range.end,
        ] as Knex.RawBinding[],
      );
      const rows = (
        Array.isArray(result) ? result : (result as { rows: unknown[] }).rows
      ) as ParcelMonthRow[];
      return rows.map((row) => ({
        municipality_id: row.municipality_id,
        service_point_id: row.service_point_id,
        name: row.name,
        month: row.month,
        checked_in: n(row.checked_in),
        collected: n(row.collected),
        returned: n(row.returned),
        waited_ms: n(row.waited_ms),
        waited_count: n(row.waited_count),
      }));
    },
  };
}

export type ParcelStatisticsRepository = ReturnType<typeof createParcelStatisticsRepository>;
