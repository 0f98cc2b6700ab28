import type { Database } from '../../db/database.ts';
import type { MonthBucket } from '../../db/month-buckets.ts';
import {
  createParcelStatisticsRepository,
  type ParcelMonthRow,
} from './parcel-statistics.repository.ts';

export type { ParcelMonthRow };

/**
 * The counter's door for statistics (decision 0038): the parcels of these municipalities'
 * service points per point and month, as the database counted them. Who may see them is the
 * statistics module's question.
 */
export function createParcelStatistics(deps: { database: Database }) {
  const parcels = createParcelStatisticsRepository(deps.database.reader);
  return {
    months: (
      municipalityIds: readonly string[],
      buckets: readonly MonthBucket[],
      range: { start: number; end: number },
    ) => parcels.months(municipalityIds, buckets, range),
  };
}

export type ParcelStatistics = ReturnType<typeof createParcelStatistics>;
