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
                SUM(CASE WHEN ev.to_status = 'arrived' THEN 1 ELSE 0 END) AS checked_in,
                SUM(CASE WHEN ev.to_status = 'collected' THEN 1 ELSE 0 END) AS collected,
                SUM(CASE WHEN ev.to_status = 'returning' THEN 1 ELSE 0 END) AS returned,
                SUM(CASE WHEN ev.to_status = 'collected' THEN ev.at - (
                  SELECT MIN(a.at) FROM order_status_events a
                   WHERE a.order_id = ev.order_id AND a.to_status = 'arrived') END) AS waited_ms,
                SUM(CASE WHEN ev.to_status = 'collected' AND EXISTS (
                  SELECT 1 FROM order_status_events a
                   WHERE a.order_id = ev.order_id AND a.to_status = 'arrived') THEN 1 ELSE 0 END)
                  AS waited_count
           FROM order_status_events ev
           JOIN shop_orders so ON so.id = ev.order_id
           JOIN service_points sp ON sp.id = so.service_point_id
           JOIN buckets b ON ev.at >= b.start_ms AND ev.at < b.end_ms
          WHERE ev.to_status IN ('arrived', 'collected', 'returning')
            AND ev.at >= ? AND ev.at < ?
            AND so.fulfilment_method = 'pickup_at_service_point'
            AND sp.municipality_id IN (${marks})
          GROUP BY sp.municipality_id, sp.id, sp.name, b.month`,
        [...cte.bindings, range.start, range.end, ...municipalityIds] as Knex.RawBinding[],
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
