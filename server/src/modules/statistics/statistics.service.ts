import { swedishDateOf } from '@e-galleria/shared/calendar-dates';
import { addDays } from '@e-galleria/shared/calendar-dates';
import { localInstant } from '@e-galleria/shared/local-time';
import type {
  MunicipalityStatistics,
  RegionStatistics,
  ShopMonth,
  ShopStatistics,
  StatisticsQuery,
} from '@e-galleria/shared/statistics';
import {
  monthsOf,
  periodProblems,
  previousYearPeriod,
  type StatisticsPeriod,
} from '@e-galleria/shared/statistics-periods';
import type { MonthBucket } from '../../db/month-buckets.ts';
import { AppError } from '../../errors.ts';
import { authorize, type Actor } from '../auth/access.port.ts';
import type { ParcelStatistics } from '../counter/parcel-statistics.service.ts';
import type { DeliveryStatistics } from '../deliveries/delivery-statistics.service.ts';
import type { MunicipalitiesService } from '../municipalities/municipalities.service.ts';
import type { GalleriaStatistics } from '../orders/reports/galleria-statistics.service.ts';
import type { ServicePointDirectory } from '../service-points/service-point-directory.service.ts';
import type { ShopDirectory } from '../shops/shop-directory.service.ts';
import {
  deliveryTotals,
  galleriaTotals,
  parcelTotals,
  periodFigures,
} from './statistics-figures.ts';

/** A period as instants and Swedish months: [start, end) and each month clipped to it. */
function bucketsOf(period: StatisticsPeriod) {
  const startOf = (date: string) => localInstant(date, 0);
  const buckets: MonthBucket[] = monthsOf(period).map((month) => {
    const first = `${month}-01`;
    const nextMonth = addDays(`${month}-28`, 4).slice(0, 7);
    const from = first < period.from ? period.from : first;
    const end =
      `${nextMonth}-01` > addDays(period.to, 1) ? addDays(period.to, 1) : `${nextMonth}-01`;
    return { month, start: startOf(from), end: startOf(end) };
  });
  return {
    buckets,
    months: buckets.map((bucket) => bucket.month),
    range: { start: startOf(period.from), end: startOf(addDays(period.to, 1)) },
  };
}

/**
 * Statistics for the municipality, the region and a shop (decision 0038): the orders
 * module's and the counter's figures, computed by the database, composed here with the
 * same period a year earlier. Counts and sums only: nobody is named.
 */
export function createStatisticsService(deps: {
  galleria: GalleriaStatistics;
  parcels: ParcelStatistics;
  deliveries: DeliveryStatistics;
  municipalities: MunicipalitiesService;
  servicePoints: ServicePointDirectory;
  shops: ShopDirectory;
  now: () => number;
}) {
  function checkPeriod(query: StatisticsQuery): StatisticsPeriod {
    const problems = periodProblems(query, swedishDateOf(deps.now()));
    if (problems.length > 0)
      throw new AppError('validation_failed', 'The period is not one we can show.', {
        fieldErrors: problems,
      });
    return { from: query.from, to: query.to };
  }

  async function figuresOf(municipalityIds: readonly string[], period: StatisticsPeriod) {
    const { buckets, months, range } = bucketsOf(period);
    const [galleria, parcels, deliveries, points] = await Promise.all([
      deps.galleria.municipalities(municipalityIds, buckets, range),
      deps.parcels.months(municipalityIds, buckets, range),
      deps.deliveries.municipalities(municipalityIds, buckets, range),
      deps.servicePoints.listActive(municipalityIds),
    ]);
    return {
      galleria,
      parcels,
      deliveries,
      figures: periodFigures(period, galleria, parcels, deliveries, months, points),
    };
  }

  async function shopPeriod(shopId: string, period: StatisticsPeriod) {
    const { buckets, months, range } = bucketsOf(period);
    const [rows, deliveries] = await Promise.all([
      deps.galleria.shop(shopId, buckets, range),
      deps.deliveries.shop(shopId, buckets, range),
    ]);
    const monthRows: ShopMonth[] = months.map((month) => {
      const sold = rows.months.filter((row) => row.month === month);
      const pickups = rows.pickups.find((row) => row.month === month);
      return {
        month,
        orders: sold.reduce((sum, row) => sum + row.orders, 0),
        turnoverOre: sold.reduce((sum, row) => sum + row.turnover_ore, 0),
        pickedUpAtPoint: pickups?.at_point ?? 0,
        pickedUpAtShop: pickups?.at_shop ?? 0,
      };
    });
    const total = (key: Exclude<keyof ShopMonth, 'month'>) =>
      monthRows.reduce((sum, row) => sum + row[key], 0);
    return {
      months: monthRows,
      totals: {
        orders: total('orders'),
        turnoverOre: total('turnoverOre'),
        pickedUpAtPoint: total('pickedUpAtPoint'),
        pickedUpAtShop: total('pickedUpAtShop'),
      },
      homeDelivery: {
        totals: {
          deliveries: deliveries.months.reduce((sum, row) => sum + row.deliveries, 0),
          households: deliveries.households,
        },
        months: months.map((month) => {
          const row = deliveries.months.find((candidate) => candidate.month === month);
          return { month, deliveries: row?.deliveries ?? 0, households: row?.households ?? 0 };
        }),
      },
    };
  }

  return {
    async municipality(
      actor: Actor | null,
      slug: string,
      query: StatisticsQuery,
    ): Promise<MunicipalityStatistics> {
      const municipality = await deps.municipalities.findOrThrow(slug);
      authorize(actor, 'municipality.statistics.read', deps.municipalities.scopeOf(municipality));
      const period = checkPeriod(query);
      const [current, previous] = await Promise.all([
        figuresOf([municipality.id], period),
        figuresOf([municipality.id], previousYearPeriod(period)),
      ]);
      return {
        municipality: { slug: municipality.slug, name: municipality.name },
        current: current.figures,
        previous: previous.figures,
      };
    },

    async region(actor: Actor | null, query: StatisticsQuery): Promise<RegionStatistics> {
      authorize(actor, 'region.statistics.read', { region: await deps.municipalities.regionId() });
      const period = checkPeriod(query);
      const previousPeriod = previousYearPeriod(period);
      const municipalities = await deps.municipalities.listForRegionAdmin(actor);
      const ids = municipalities.map((municipality) => municipality.id);
      const [current, previous] = await Promise.all([
        figuresOf(ids, period),
        figuresOf(ids, previousPeriod),
      ]);
      return {
        region: { name: (await deps.municipalities.region()).name },
        period,
        previousPeriod,
        current: current.figures,
        previous: previous.figures,
        municipalities: municipalities.map((municipality) => ({
          slug: municipality.slug,
          name: municipality.name,
          current: {
            galleria: galleriaTotals(current.galleria, municipality.id),
            servicePoints: parcelTotals(current.parcels, municipality.id),
            homeDelivery: deliveryTotals(current.deliveries, municipality.id),
          },
          previous: {
            galleria: galleriaTotals(previous.galleria, municipality.id),
            servicePoints: parcelTotals(previous.parcels, municipality.id),
            homeDelivery: deliveryTotals(previous.deliveries, municipality.id),
          },
        })),
      };
    },

    async shop(
      actor: Actor | null,
      shopId: string,
      query: StatisticsQuery,
    ): Promise<ShopStatistics> {
      const { shop } = await deps.shops.authorized(actor, shopId, 'shop.statistics.read');
      const period = checkPeriod(query);
      const previousPeriod = previousYearPeriod(period);
      const [current, previous] = await Promise.all([
        shopPeriod(shop.id, period),
        shopPeriod(shop.id, previousPeriod),
      ]);
      return { shop: { id: shop.id, name: shop.name }, period, previousPeriod, current, previous };
    },
  };
}

export type StatisticsService = ReturnType<typeof createStatisticsService>;
