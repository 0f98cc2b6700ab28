import type {
  GalleriaFigures,
  DeliveryCounts,
  GalleriaTotals,
  HomeDeliveryFigures,
  LocalizedName,
  ParcelFigures,
  PeriodFigures,
  ServicePointFigures,
} from '@e-galleria/shared/statistics';
import { vatIncludedIn } from '@e-galleria/shared/vat';
import type { ParcelMonthRow } from '../counter/parcel-statistics.service.ts';
import type { DeliveryStatisticsRows } from '../deliveries/delivery-statistics.service.ts';
import type { GalleriaStatistics } from '../orders/reports/galleria-statistics.service.ts';

// Turns the database's aggregate rows into the page's figures: rows are few (per municipality
// and month, shop, category, rate), so only sums of sums happen here (decision 0038).

export type GalleriaRows = Awaited<ReturnType<GalleriaStatistics['municipalities']>>;

const dayMs = 86_400_000;

/** Of the rows of these municipalities only (all when null). */
function of<Row extends { municipality_id: string }>(rows: readonly Row[], id: string | null) {
  return id === null ? rows : rows.filter((row) => row.municipality_id === id);
}

export function galleriaTotals(rows: GalleriaRows, municipalityId: string | null): GalleriaTotals {
  const months = of(rows.months, municipalityId);
  const residents = of(rows.residents, municipalityId).reduce((sum, row) => sum + row.residents, 0);
  const newResidents = of(rows.newResidents, municipalityId).reduce(
    (sum, row) => sum + row.residents,
    0,
  );
  const grossByRate = new Map<number, number>();
  for (const row of of(rows.grossPerRate, municipalityId))
    grossByRate.set(row.rate, (grossByRate.get(row.rate) ?? 0) + row.gross_ore);
  return {
    orders: months.reduce((sum, row) => sum + row.orders, 0),
    turnoverOre: months.reduce((sum, row) => sum + row.turnover_ore, 0),
    residents,
    newResidents,
    returningResidents: residents - newResidents,
    vat: [...grossByRate.entries()]
      .sort(([a], [b]) => b - a)
      .map(([rateBasisPoints, grossOre]) => ({
        rateBasisPoints,
        grossOre,
        vatOre: vatIncludedIn(grossOre, rateBasisPoints),
      })),
  };
}

export function galleriaFigures(rows: GalleriaRows, monthKeys: readonly string[]): GalleriaFigures {
  return {
    totals: galleriaTotals(rows, null),
    months: monthKeys.map((month) => {
      const inMonth = rows.months.filter((row) => row.month === month);
      return {
        month,
        orders: inMonth.reduce((sum, row) => sum + row.orders, 0),
        turnoverOre: inMonth.reduce((sum, row) => sum + row.turnover_ore, 0),
        residents: inMonth.reduce((sum, row) => sum + row.residents, 0),
        newResidents: rows.newResidents
          .filter((row) => row.month === month)
          .reduce((sum, row) => sum + row.residents, 0),
      };
    }),
    shops: rows.shops
      .map((row) => ({
        shopId: row.shop_id,
        name: row.name,
        orders: row.orders,
        turnoverOre: row.turnover_ore,
      }))
      .sort((a, b) => b.turnoverOre - a.turnoverOre || a.name.localeCompare(b.name, 'sv')),
    categories: rows.categories
      .map((row) => ({
        categoryId: row.category_id,
        name: JSON.parse(row.name) as LocalizedName,
        orders: row.orders,
        turnoverOre: row.turnover_ore,
      }))
      .sort((a, b) => b.turnoverOre - a.turnoverOre),
  };
}

function parcelFigures(rows: readonly ParcelMonthRow[]): ParcelFigures {
  let waitedMs = 0;
  let waitedCount = 0;
  const figures = { checkedIn: 0, collected: 0, returned: 0 };
  for (const row of rows) {
    figures.checkedIn += row.checked_in;
    figures.collected += row.collected;
    figures.returned += row.returned;
    waitedMs += row.waited_ms;
    waitedCount += row.waited_count;
  }
  return {
    ...figures,
    // One decimal: a day is the unit people think in.
    averageDaysWaiting:
      waitedCount === 0 ? null : Math.round((waitedMs / waitedCount / dayMs) * 10) / 10,
  };
}

export function parcelTotals(rows: readonly ParcelMonthRow[], municipalityId: string | null) {
  return parcelFigures(of(rows, municipalityId));
}

export function servicePointFigures(
  rows: readonly ParcelMonthRow[],
  monthKeys: readonly string[],
  activePoints: readonly { id: string; name: string }[],
): ServicePointFigures {
  const names = new Map(activePoints.map((point) => [point.id, point.name]));
  for (const row of rows) names.set(row.service_point_id, row.name);
  const monthsOf = (pointRows: readonly ParcelMonthRow[]) =>
    monthKeys.map((month) => ({
      month,
      ...parcelFigures(pointRows.filter((row) => row.month === month)),
    }));
  return {
    totals: parcelFigures(rows),
    months: monthsOf(rows),
    points: [...names.entries()]
      .map(([servicePointId, name]) => {
        const pointRows = rows.filter((row) => row.service_point_id === servicePointId);
        return { servicePointId, name, ...parcelFigures(pointRows), months: monthsOf(pointRows) };
      })
      .sort((a, b) => a.name.localeCompare(b.name, 'sv')),
  };
}

function deliveryCounts(rows: readonly DeliveryCounts[]): DeliveryCounts {
  // Households are distinct within each row's group (a municipality): rows of different
  // municipalities hold different households, so their sum is exact.
  return {
    deliveries: rows.reduce((sum, row) => sum + row.deliveries, 0),
    households: rows.reduce((sum, row) => sum + row.households, 0),
  };
}

export function deliveryTotals(
  rows: DeliveryStatisticsRows,
  municipalityId: string | null,
): DeliveryCounts {
  return deliveryCounts(of(rows.totals, municipalityId));
}

/** Groups the same key of several municipalities (the region's villages, shops, carriers). */
function summedBy<Row extends DeliveryCounts>(rows: readonly Row[], keyOf: (row: Row) => string) {
  const byKey = new Map<string, { row: Row; counts: DeliveryCounts[] }>();
  for (const row of rows) {
    const entry = byKey.get(keyOf(row)) ?? { row, counts: [] };
    entry.counts.push(row);
    byKey.set(keyOf(row), entry);
  }
  return [...byKey.values()].map(({ row, counts }) => ({ row, ...deliveryCounts(counts) }));
}

const byDeliveries = (a: DeliveryCounts & { name: string }, b: DeliveryCounts & { name: string }) =>
  b.deliveries - a.deliveries || a.name.localeCompare(b.name, 'sv');

export function homeDeliveryFigures(
  rows: DeliveryStatisticsRows,
  monthKeys: readonly string[],
): HomeDeliveryFigures {
  return {
    totals: deliveryTotals(rows, null),
    months: monthKeys.map((month) => ({
      month,
      ...deliveryCounts(rows.months.filter((row) => row.month === month)),
    })),
    villages: summedBy(rows.villages, (row) => row.village)
      .map(({ row, deliveries, households }) => ({
        village: row.village,
        name: row.village,
        deliveries,
        households,
      }))
      .sort(byDeliveries)
      .map(({ village, deliveries, households }) => ({ village, deliveries, households })),
    shops: summedBy(rows.shops, (row) => row.shop_id)
      .map(({ row, deliveries, households }) => ({
        shopId: row.shop_id,
        name: row.name,
        deliveries,
        households,
      }))
      .sort(byDeliveries),
    carriers: summedBy(rows.carriers, (row) => row.carrier_id)
      .map(({ row, deliveries, households }) => ({
        carrierId: row.carrier_id,
        name: row.name,
        deliveries,
        households,
      }))
      .sort(byDeliveries),
  };
}

export function periodFigures(
  period: { from: string; to: string },
  galleria: GalleriaRows,
  parcels: readonly ParcelMonthRow[],
  deliveries: DeliveryStatisticsRows,
  monthKeys: readonly string[],
  activePoints: readonly { id: string; name: string }[],
): PeriodFigures {
  return {
    period,
    galleria: galleriaFigures(galleria, monthKeys),
    servicePoints: servicePointFigures(parcels, monthKeys, activePoints),
    homeDelivery: homeDeliveryFigures(deliveries, monthKeys),
  };
}
