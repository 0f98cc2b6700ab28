import type { Database } from '../../db/database.ts';
import type { MonthBucket } from '../../db/month-buckets.ts';
import {
  createDeliveryStatisticsRepository,
  type DeliveryCarrierRow,
  type DeliveryCountRow,
  type DeliveryMonthRow,
  type DeliveryShopRow,
  type DeliveryVillageRow,
} from './delivery-statistics.repository.ts';

export type {
  DeliveryCarrierRow,
  DeliveryCountRow,
  DeliveryMonthRow,
  DeliveryShopRow,
  DeliveryVillageRow,
};

type Range = { start: number; end: number };

/**
 * The deliveries module's door for statistics (decision 0038): delivered notes of these
 * municipalities (or of one shop) per month, village, shop and carrier, with the households
 * they reached counted, never named. Who may see them is the statistics module's question.
 */
export function createDeliveryStatistics(deps: { database: Database }) {
  const notes = createDeliveryStatisticsRepository(deps.database.reader);
  return {
    async municipalities(
      municipalityIds: readonly string[],
      buckets: readonly MonthBucket[],
      range: Range,
    ) {
      const [months, totals, villages, shops, carriers] = await Promise.all([
        notes.months(municipalityIds, buckets, range),
        notes.totals(municipalityIds, range),
        notes.villages(municipalityIds, range),
        notes.shops(municipalityIds, range),
        notes.carriers(municipalityIds, range),
      ]);
      return { months, totals, villages, shops, carriers };
    },

    shop: (shopId: string, buckets: readonly MonthBucket[], range: Range) =>
      notes.shopMonths(shopId, buckets, range),
  };
}

export type DeliveryStatistics = ReturnType<typeof createDeliveryStatistics>;
export type DeliveryStatisticsRows = Awaited<ReturnType<DeliveryStatistics['municipalities']>>;
