import type { ParcelStatistics } from '../counter/parcel-statistics.service.ts';
import type { DeliveryStatistics } from '../deliveries/delivery-statistics.service.ts';
import type { MunicipalitiesService } from '../municipalities/municipalities.service.ts';
import type { GalleriaStatistics } from '../orders/reports/galleria-statistics.service.ts';
import type { ServicePointDirectory } from '../service-points/service-point-directory.service.ts';
import type { ShopDirectory } from '../shops/shop-directory.service.ts';
import { createStatisticsRouter } from './statistics.router.ts';
import { createStatisticsService } from './statistics.service.ts';

/**
 * Statistics (decision 0038): owns no table. It asks the modules that own the rows for their
 * aggregates — orders for the galleria, the counter for parcels, the deliveries module for
 * home deliveries — through doors of the same shape.
 */
export function createStatisticsModule(deps: {
  galleria: GalleriaStatistics;
  parcels: ParcelStatistics;
  deliveries: DeliveryStatistics;
  municipalities: MunicipalitiesService;
  servicePoints: ServicePointDirectory;
  shops: ShopDirectory;
  now: () => number;
}) {
  const service = createStatisticsService(deps);
  return { service, router: createStatisticsRouter({ statistics: service }) };
}
