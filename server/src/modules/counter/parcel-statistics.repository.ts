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
        `WITH ${cte.sql},
         parcels AS (
           SELECT sp.municipality_id, sp.id AS service_point_id, sp.name,
                  MIN(CASE WHEN e.to_status = 'arrived' THEN e.at END) AS arrived_at,
                  MIN(CASE WHEN e.to_status = 'collected' THEN e.at END) AS collected_at,
                  MIN(CASE WHEN e.to_status = 'returning' THEN e.at END) AS returned_at
             FROM service_points sp
             JOIN shop_orders so ON so.service_point_id = sp.id
             JOIN order_status_events e ON e.order_id = so.id
            WHERE sp.municipality_id IN (${marks})
              AND so.created_at >= ? AND so.created_at < ?
              AND so.fulfilment_method = 'pickup_at_service_point'
              AND e.to_status IN ('arrived', 'collected', 'returning')
            GROUP BY sp.municipality_id, sp.id, sp.name, so.id)
         SELECT p.municipality_id, p.service_point_id, p.name, b.month,
                SUM(CASE WHEN p.arrived_at >= b.start_ms AND p.arrived_at < b.end_ms
                         THEN 1 ELSE 0 END) AS checked_in,
                SUM(CASE WHEN p.collected_at >= b.start_ms AND p.collected_at < b.end_ms
                         THEN 1 ELSE 0 END) AS collected,
                SUM(CASE WHEN p.returned_at >= b.start_ms AND p.returned_at < b.end_ms
                         THEN 1 ELSE 0 END) AS returned,
                SUM(CASE WHEN p.collected_at >= b.start_ms AND p.collected_at < b.end_ms
                          AND p.arrived_at IS NOT NULL
                         THEN p.collected_at - p.arrived_at ELSE 0 END) AS waited_ms,
                SUM(CASE WHEN p.collected_at >= b.start_ms AND p.collected_at < b.end_ms
                          AND p.arrived_at IS NOT NULL THEN 1 ELSE 0 END) AS waited_count
           -- CROSS JOIN keeps the parcels the outer loop on SQLite: they are computed once.
           FROM parcels p
          CROSS JOIN buckets b
          WHERE (p.arrived_at >= b.start_ms AND p.arrived_at < b.end_ms)
             OR (p.collected_at >= b.start_ms AND p.collected_at < b.end_ms)
             OR (p.returned_at >= b.start_ms AND p.returned_at < b.end_ms)
          GROUP BY p.municipality_id, p.service_point_id, p.name, b.month`,
        [
          ...cte.bindings,
          ...municipalityIds,
          range.start - parcelLifeMs,
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
