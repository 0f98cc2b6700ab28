import type { Knex } from 'knex';
import type { Queryable } from '../../db/database.ts';
import { monthOfSql, type MonthBucket } from '../../db/month-buckets.ts';

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
 * How long before its collection a parcel can have arrived: a point holds a parcel at most 60
 * days (`maxHoldDays`), so 180 days is a generous bound. It lets the wait be read from the
 * points' check-ins of a window (an index range) instead of a probe per parcel.
 */
const parcelLifeMs = 180 * 86_400_000;

/**
 * The service points' parcels per point and Swedish month, from the orders' status history
 * (decisions 0038, 0045): checked in (→ arrived), collected, sent back (→ returning), and the
 * wait between check-in and collection. Each step carries the point its order is picked up at
 * (copied when it is written), so a municipality's steps of a period are a few index ranges.
 * One aggregate statement.
 */
export function createParcelStatisticsRepository(knex: Knex) {
  return {
    async months(
      municipalityIds: readonly string[],
      buckets: readonly MonthBucket[],
      range: { start: number; end: number },
      db: Queryable = knex,
    ): Promise<ParcelMonthRow[]> {
      const month = monthOfSql('st.at', buckets);
      const marks = municipalityIds.map(() => '?').join(', ');
      const result: unknown = await db.raw(
        `WITH steps AS MATERIALIZED (
           SELECT e.pickup_point_id AS point_id, e.order_id, e.to_status, e.at
             FROM service_points sp
             JOIN order_status_events e ON e.pickup_point_id = sp.id
            WHERE sp.municipality_id IN (${marks})
              AND e.to_status IN ('arrived', 'collected', 'returning')
              AND e.at >= ? AND e.at < ?),
         -- The check-ins a collection of the period can have followed (a parcel arrives once).
         arrivals AS MATERIALIZED (
           SELECT e.order_id, e.at
             FROM service_points sp
             JOIN order_status_events e ON e.pickup_point_id = sp.id
            WHERE sp.municipality_id IN (${marks})
              AND e.to_status = 'arrived' AND e.at >= ? AND e.at < ?),
         -- Counted by point and month first, then named: the few groups look up their point.
         counted AS (
           SELECT step.point_id, step.month,
                  SUM(CASE WHEN step.to_status = 'arrived' THEN 1 ELSE 0 END) AS checked_in,
                  SUM(CASE WHEN step.to_status = 'collected' THEN 1 ELSE 0 END) AS collected,
                  SUM(CASE WHEN step.to_status = 'returning' THEN 1 ELSE 0 END) AS returned
             FROM (SELECT point_id, ${month.sql} AS month, to_status FROM steps st) step
            GROUP BY step.point_id, step.month),
         -- Each collection with its check-in: the days it waited, in the collection's month.
         waited AS (
           SELECT pair.point_id, pair.month, SUM(pair.waited) AS waited_ms,
                  COUNT(*) AS waited_count
             FROM (SELECT st.point_id, ${month.sql} AS month, st.at - a.at AS waited
                     FROM steps st JOIN arrivals a ON a.order_id = st.order_id
                    WHERE st.to_status = 'collected') pair
            GROUP BY pair.point_id, pair.month)
         SELECT sp.municipality_id, sp.id AS service_point_id, sp.name, c.month, c.checked_in,
                c.collected, c.returned, COALESCE(w.waited_ms, 0) AS waited_ms,
                COALESCE(w.waited_count, 0) AS waited_count
           FROM counted c
           JOIN service_points sp ON sp.id = c.point_id
           LEFT JOIN waited w ON w.point_id = c.point_id AND w.month = c.month`,
        [
          ...municipalityIds,
          range.start,
          range.end,
          ...municipalityIds,
          range.start - parcelLifeMs,
          range.end,
          ...month.bindings,
          ...month.bindings,
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
