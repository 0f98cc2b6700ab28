import type { Knex } from 'knex';
import type { Queryable } from '../../../db/database.ts';
import { monthBucketsCte, monthOfSql, type MonthBucket } from '../../../db/month-buckets.ts';

/** Orders that were sold: not waiting for payment, and not ended without delivery. */
export const unsoldStatuses = ['awaiting_payment', 'expired', 'declined', 'cancelled', 'returned'];

/** Which orders a figure counts: of these municipalities' shops, or of one shop. */
export type OrderScope = { municipalityIds: readonly string[] } | { shopId: string };

export type Range = { start: number; end: number };

const marks = (values: readonly unknown[]) => values.map(() => '?').join(', ');

function scopeSql(scope: OrderScope, alias: string, shopAlias: string) {
  if ('shopId' in scope) return { sql: `${alias}.shop_id = ?`, bindings: [scope.shopId] };
  return {
    sql: `${shopAlias}.municipality_id IN (${marks(scope.municipalityIds)})`,
    bindings: [...scope.municipalityIds],
  };
}

const n = (value: unknown) => Number(value ?? 0);

export type MunicipalityMonthRow = {
  municipality_id: string;
  month: string;
  orders: number;
  turnover_ore: number;
  residents: number;
};

/**
 * The galleria's figures, each one aggregate statement (decision 0038): counts and sums per
 * municipality and Swedish month, shop, category and VAT rate. Money is summed as integers.
 */
export function createStatisticsRepository(knex: Knex) {
  async function rows<Row>(db: Queryable, sql: string, bindings: readonly unknown[]) {
    const result: unknown = await db.raw(sql, bindings as Knex.RawBinding[]);
    // SQLite answers the rows, PostgreSQL a result with them.
    return (Array.isArray(result) ? result : (result as { rows: Row[] }).rows) as Row[];
  }

  return {
    /** Orders, turnover and distinct residents per municipality and month. */
    async months(
      scope: OrderScope,
      buckets: readonly MonthBucket[],
      range: Range,
      db: Queryable = knex,
    ) {
      const month = monthOfSql('so.created_at', buckets);
      const where = scopeSql(scope, 'so', 's');
      const result = await rows<MunicipalityMonthRow>(
        db,
        `SELECT municipality_id, month, COUNT(*) AS orders, SUM(total_ore) AS turnover_ore,
                COUNT(DISTINCT user_id) AS residents
           FROM (SELECT s.municipality_id, ${month.sql} AS month, so.total_ore, so.user_id
                   FROM shop_orders so
                   JOIN shops s ON s.id = so.shop_id
                  WHERE ${where.sql} AND so.created_at >= ? AND so.created_at < ?
                    AND so.status NOT IN (${marks(unsoldStatuses)})) sold
          GROUP BY municipality_id, month`,
        [...month.bindings, ...where.bindings, range.start, range.end, ...unsoldStatuses],
      );
      return result.map((row) => ({
        municipality_id: row.municipality_id,
        month: row.month,
        orders: n(row.orders),
        turnover_ore: n(row.turnover_ore),
        residents: n(row.residents),
      }));
    },

    /** Distinct residents of the whole period per municipality (months cannot be summed). */
    async residents(scope: OrderScope, range: Range, db: Queryable = knex) {
      const where = scopeSql(scope, 'so', 's');
      const result = await rows<{ municipality_id: string; residents: number }>(
        db,
        `SELECT s.municipality_id, COUNT(DISTINCT so.user_id) AS residents
           FROM shop_orders so JOIN shops s ON s.id = so.shop_id
          WHERE ${where.sql} AND so.created_at >= ? AND so.created_at < ?
            AND so.status NOT IN (${marks(unsoldStatuses)})
          GROUP BY s.municipality_id`,
        [...where.bindings, range.start, range.end, ...unsoldStatuses],
      );
      return result.map((row) => ({
        municipality_id: row.municipality_id,
        residents: n(row.residents),
      }));
    },

    /**
     * Residents whose first sold order in a municipality's galleria falls in the period, per
     * month of that first order: each counted once, in the month they started.
     */
    async newResidents(
      scope: { municipalityIds: readonly string[] },
      buckets: readonly MonthBucket[],
      range: Range,
      db: Queryable = knex,
    ) {
      const cte = monthBucketsCte(buckets);
      const where = scopeSql(scope, 'so', 's');
      const result = await rows<{ municipality_id: string; month: string; residents: number }>(
        db,
        `WITH ${cte.sql},
         firsts AS (
           SELECT s.municipality_id, so.user_id, MIN(so.created_at) AS first_at
             FROM shop_orders so JOIN shops s ON s.id = so.shop_id
            WHERE ${where.sql} AND so.created_at >= ? AND so.created_at < ?
              AND so.user_id IS NOT NULL AND so.status NOT IN (${marks(unsoldStatuses)})
            GROUP BY s.municipality_id, so.user_id)
         -- CROSS JOIN keeps the residents the outer loop on SQLite: each is checked once.
         SELECT f.municipality_id, b.month, COUNT(*) AS residents
           FROM firsts f
          CROSS JOIN buckets b
          WHERE f.first_at >= b.start_ms AND f.first_at < b.end_ms
            -- A scalar subquery with LIMIT, not NOT EXISTS: PostgreSQL would turn that into an
            -- anti join over every earlier order; this probes each resident's by index.
            AND (SELECT 1 FROM shop_orders e JOIN shops es ON es.id = e.shop_id
                  WHERE e.user_id = f.user_id AND e.created_at < ?
                    AND es.municipality_id = f.municipality_id
                    AND e.status NOT IN (${marks(unsoldStatuses)})
                  LIMIT 1) IS NULL
          GROUP BY f.municipality_id, b.month`,
        [
          ...cte.bindings,
          ...where.bindings,
          range.start,
          range.end,
          ...unsoldStatuses,
          range.start,
          ...unsoldStatuses,
        ],
      );
      return result.map((row) => ({
        municipality_id: row.municipality_id,
        month: row.month,
        residents: n(row.residents),
      }));
    },

    /** Orders and turnover per shop. */
    async shops(scope: OrderScope, range: Range, db: Queryable = knex) {
      const where = scopeSql(scope, 'so', 's');
      const result = await rows<{
        shop_id: string;
        name: string;
        orders: number;
        turnover_ore: number;
      }>(
        db,
        `SELECT so.shop_id, s.name, COUNT(*) AS orders, SUM(so.total_ore) AS turnover_ore
           FROM shop_orders so JOIN shops s ON s.id = so.shop_id
          WHERE ${where.sql} AND so.created_at >= ? AND so.created_at < ?
            AND so.status NOT IN (${marks(unsoldStatuses)})
          GROUP BY so.shop_id, s.name`,
        [...where.bindings, range.start, range.end, ...unsoldStatuses],
      );
      return result.map((row) => ({
        shop_id: row.shop_id,
        name: row.name,
        orders: n(row.orders),
        turnover_ore: n(row.turnover_ore),
      }));
    },

    /**
     * The sold lines read once (materialized), then counted two ways: orders and turnover per
     * product category (an order may touch several), and gross per municipality and VAT rate,
     * the orders' charges (a delivery fee) included. Lines and charges are found by the copy
     * of their order's shop and time (decision 0045), a range of an index per shop, and kept
     * unless their order is among the period's unsold ones (an order of the period is either):
     * its status is read from the order now, so a cancellation or a return after the month
     * counts at once. The unsold are the few, so they are what each line is looked up among.
     */
    async lines(scope: OrderScope, range: Range, db: Queryable = knex) {
      const where = scopeSql(scope, 'so', 's');
      const unsold = `${where.sql} AND so.created_at >= ? AND so.created_at < ?
            AND so.status IN (${marks(unsoldStatuses)})`;
      const unsoldBindings = [...where.bindings, range.start, range.end, ...unsoldStatuses];
      const copied = (alias: string) => {
        const scoped = scopeSql(scope, alias, 's');
        return {
          sql: `${scoped.sql} AND ${alias}.order_created_at >= ? AND ${alias}.order_created_at < ?`,
          bindings: [...scoped.bindings, range.start, range.end],
        };
      };
      const line = copied('l');
      const charge = copied('ch');
      const result = await rows<{
        kind: 'category' | 'rate';
        municipality_id: string;
        key: string;
        name: string | null;
        orders: number;
        gross_ore: number;
      }>(
        db,
        `WITH unsold AS MATERIALIZED (
           SELECT so.id FROM shop_orders so JOIN shops s ON s.id = so.shop_id WHERE ${unsold}),
         sold_lines AS MATERIALIZED (
           SELECT s.municipality_id, l.order_id, p.category_id,
                  l.vat_rate_basis_points AS rate, l.line_total_ore AS gross
             FROM shops s
             JOIN order_lines l ON l.shop_id = s.id
             JOIN products p ON p.id = l.product_id
            WHERE ${line.sql} AND l.order_id NOT IN (SELECT id FROM unsold))
         -- Grouped first, then named: the few groups look up their category's name.
         SELECT 'category' AS kind, g.municipality_id, g.category_id AS key, c.name,
                g.orders, g.gross_ore
           FROM (SELECT municipality_id, category_id, COUNT(DISTINCT order_id) AS orders,
                        SUM(gross) AS gross_ore
                   FROM sold_lines GROUP BY municipality_id, category_id) g
           JOIN categories c ON c.id = g.category_id
         UNION ALL
         SELECT 'rate', municipality_id, CAST(rate AS VARCHAR(10)), NULL, 0, SUM(gross)
           FROM sold_lines GROUP BY municipality_id, rate
         UNION ALL
         SELECT 'rate', s.municipality_id, CAST(ch.vat_rate_basis_points AS VARCHAR(10)), NULL, 0,
                SUM(ch.amount_ore)
           FROM shops s
           JOIN order_charges ch ON ch.shop_id = s.id
          WHERE ${charge.sql} AND ch.order_id NOT IN (SELECT id FROM unsold)
          GROUP BY s.municipality_id, ch.vat_rate_basis_points`,
        [...unsoldBindings, ...line.bindings, ...charge.bindings],
      );
      const perCategory = new Map<
        string,
        { category_id: string; name: string; orders: number; turnover_ore: number }
      >();
      const grossPerRate: { municipality_id: string; rate: number; gross_ore: number }[] = [];
      for (const row of result) {
        if (row.kind === 'rate') {
          grossPerRate.push({
            municipality_id: row.municipality_id,
            rate: n(row.key),
            gross_ore: n(row.gross_ore),
          });
          continue;
        }
        // The same category in several municipalities (the region's view) is one row.
        const seen = perCategory.get(row.key);
        perCategory.set(row.key, {
          category_id: row.key,
          name: row.name ?? '{}',
          orders: (seen?.orders ?? 0) + n(row.orders),
          turnover_ore: (seen?.turnover_ore ?? 0) + n(row.gross_ore),
        });
      }
      return { categories: [...perCategory.values()], grossPerRate };
    },

    /**
     * A shop's orders collected per month, at a service point or at the shop itself (not booked
     * times done there): from the shop's orders of the period and the half-year before it (an
     * order is collected within weeks of being placed), then the collections in the period.
     */
    async pickupsOfShop(
      shopId: string,
      buckets: readonly MonthBucket[],
      range: Range,
      db: Queryable = knex,
    ) {
      const cte = monthBucketsCte(buckets);
      const result = await rows<{ month: string; at_point: number; at_shop: number }>(
        db,
        `WITH ${cte.sql}
         SELECT b.month,
                SUM(CASE WHEN so.fulfilment_method = 'pickup_at_service_point' THEN 1 ELSE 0 END)
                  AS at_point,
                SUM(CASE WHEN so.fulfilment_method = 'pickup_in_shop' THEN 1 ELSE 0 END) AS at_shop
           FROM shop_orders so
           JOIN order_status_events ev ON ev.order_id = so.id
           JOIN buckets b ON ev.at >= b.start_ms AND ev.at < b.end_ms
          WHERE so.shop_id = ? AND so.created_at >= ? AND so.created_at < ?
            AND ev.to_status = 'collected' AND ev.at >= ? AND ev.at < ?
            -- A booked time done is not goods collected (decision 0067).
            AND ev.event <> 'perform'
          GROUP BY b.month`,
        [
          ...cte.bindings,
          shopId,
          range.start - 180 * 86_400_000,
          range.end,
          range.start,
          range.end,
        ],
      );
      return result.map((row) => ({
        month: row.month,
        at_point: n(row.at_point),
        at_shop: n(row.at_shop),
      }));
    },
  };
}

export type StatisticsRepository = ReturnType<typeof createStatisticsRepository>;
