import type { Locale } from './locales.ts';
import { z } from 'zod';
import { calendarDateSchema } from './calendar-date-schemas.ts';

// The statistics pages' API (decision 0038): figures the database computed, counts and sums
// only. Periods and their rules are in the zod-free `statistics-periods.ts`.

export const statisticsQuerySchema = z
  .object({ from: calendarDateSchema, to: calendarDateSchema })
  .strict();
export type StatisticsQuery = z.infer<typeof statisticsQuerySchema>;

export type LocalizedName = Record<Locale, string>;

export type VatFigure = { rateBasisPoints: number; grossOre: number; vatOre: number };

export type GalleriaTotals = {
  orders: number;
  turnoverOre: number;
  /** Residents with an account who ordered in the period (guests are not counted). */
  residents: number;
  /** Of them, those whose first order in this galleria was in the period. */
  newResidents: number;
  returningResidents: number;
  vat: VatFigure[];
};

export type GalleriaMonth = {
  month: string;
  orders: number;
  turnoverOre: number;
  residents: number;
  newResidents: number;
};

export type GalleriaFigures = {
  totals: GalleriaTotals;
  months: GalleriaMonth[];
  shops: { shopId: string; name: string; orders: number; turnoverOre: number }[];
  categories: { categoryId: string; name: LocalizedName; orders: number; turnoverOre: number }[];
};

export type ParcelFigures = {
  checkedIn: number;
  collected: number;
  returned: number;
  /** Of the parcels collected in the period, days from check-in to collection; null if none. */
  averageDaysWaiting: number | null;
};

export type ServicePointFigures = {
  totals: ParcelFigures;
  months: (ParcelFigures & { month: string })[];
  points: (ParcelFigures & {
    servicePointId: string;
    name: string;
    months: (ParcelFigures & { month: string })[];
  })[];
};

/** Delivered home deliveries and the households they reached (counted, never named). */
export type DeliveryCounts = { deliveries: number; households: number };

export type HomeDeliveryFigures = {
  /** The period as a whole: a household served in several months counts once. */
  totals: DeliveryCounts;
  months: (DeliveryCounts & { month: string })[];
  villages: (DeliveryCounts & { village: string })[];
  shops: (DeliveryCounts & { shopId: string; name: string })[];
  carriers: (DeliveryCounts & { carrierId: string; name: string })[];
};

export type PeriodFigures = {
  period: { from: string; to: string };
  galleria: GalleriaFigures;
  servicePoints: ServicePointFigures;
  homeDelivery: HomeDeliveryFigures;
};

export type MunicipalityStatistics = {
  municipality: { slug: string; name: string };
  current: PeriodFigures;
  /** The same period a year earlier. */
  previous: PeriodFigures;
};

export type RegionMunicipalityRow = {
  slug: string;
  name: string;
  current: { galleria: GalleriaTotals; servicePoints: ParcelFigures; homeDelivery: DeliveryCounts };
  previous: {
    galleria: GalleriaTotals;
    servicePoints: ParcelFigures;
    homeDelivery: DeliveryCounts;
  };
};

export type RegionStatistics = {
  region: { name: string };
  period: { from: string; to: string };
  previousPeriod: { from: string; to: string };
  /** The whole region, months and totals. */
  current: PeriodFigures;
  previous: PeriodFigures;
  municipalities: RegionMunicipalityRow[];
};

export type ShopStatistics = {
  shop: { id: string; name: string };
  period: { from: string; to: string };
  previousPeriod: { from: string; to: string };
  current: ShopPeriod;
  previous: ShopPeriod;
};

export type ShopPeriod = {
  months: ShopMonth[];
  totals: Omit<ShopMonth, 'month'>;
  /** The shop's own home deliveries that were delivered. */
  homeDelivery: { totals: DeliveryCounts; months: (DeliveryCounts & { month: string })[] };
};

export type ShopMonth = {
  month: string;
  orders: number;
  turnoverOre: number;
  /** Collected by the resident: at a service point or at the shop. */
  pickedUpAtPoint: number;
  pickedUpAtShop: number;
};
