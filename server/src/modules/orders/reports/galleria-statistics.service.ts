import type { Database } from '../../../db/database.ts';
import type { MonthBucket } from '../../../db/month-buckets.ts';
import { createStatisticsRepository, type Range } from './statistics.repository.ts';

/**
 * The orders module's door for statistics (decision 0038): the galleria's figures per
 * municipality, month, shop, category and VAT rate, and a shop's own months with its pickups,
 * each an aggregate statement on the reader connections. Who may see them is the statistics
 * module's question.
 */
export function createGalleriaStatistics(deps: { database: Database }) {
  const statistics = createStatisticsRepository(deps.database.reader);
  return {
    async municipalities(
      municipalityIds: readonly string[],
      buckets: readonly MonthBucket[],
      range: Range,
    ) {
      const scope = { municipalityIds };
      const [months, residents, newResidents, shops, lines] = await Promise.all([
        statistics.months(scope, buckets, range),
        statistics.residents(scope, range),
        statistics.newResidents(scope, buckets, range),
        statistics.shops(scope, range),
        statistics.lines(scope, range),
      ]);
      return { months, residents, newResidents, shops, ...lines };
    },

    async shop(shopId: string, buckets: readonly MonthBucket[], range: Range) {
      const [months, pickups] = await Promise.all([
        statistics.months({ shopId }, buckets, range),
        statistics.pickupsOfShop(shopId, buckets, range),
      ]);
      return { months, pickups };
    },
  };
}

export type GalleriaStatistics = ReturnType<typeof createGalleriaStatistics>;
