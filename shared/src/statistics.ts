import { z } from 'zod';

// The statistics pages' API (decision 0038): figures the database computed, counts and sums
// only. Periods and their rules are in the zod-free `statistics-periods.ts`.

export const statisticsQuerySchema = z.object({ from: z.iso.date(), to: z.iso.date() }).strict();
export type StatisticsQuery = z.infer<typeof statisticsQuerySchema>;

export type LocalizedName = { sv: string; en: string };

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

export type PeriodFigures = {
  period: { from: string; to: string };
  galleria: GalleriaFigures;
  servicePoints: ServicePointFigures;
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
  current: { galleria: GalleriaTotals; servicePoints: ParcelFigures };
  previous: { galleria: GalleriaTotals; servicePoints: ParcelFigures };
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
  current: { months: ShopMonth[]; totals: Omit<ShopMonth, 'month'> };
  previous: { months: ShopMonth[]; totals: Omit<ShopMonth, 'month'> };
};

export type ShopMonth = {
  month: string;
  orders: number;
  turnoverOre: number;
  /** Collected by the resident: at a service point or at the shop. */
  pickedUpAtPoint: number;
  pickedUpAtShop: number;
};
