import type { Database } from '../../db/database.ts';
import type { CarrierMonthService } from '../deliveries/carrier-month.service.ts';
import type { CarrierDirectory } from '../deliveries/carriers.port.ts';
import type { MailService } from '../mail/mail.service.ts';
import type { MunicipalitiesService } from '../municipalities/municipalities.service.ts';
import type { UsersService } from '../users/users.service.ts';
import { createCarrierReportsRepository } from './carrier-reports.repository.ts';
import { createCarrierReportsRouter } from './carrier-reports.router.ts';
import { createCarrierReportsService } from './carrier-reports.service.ts';

/**
 * The carriers' monthly reports (issue 14): figures read through the deliveries module's
 * door, submitted snapshots kept here, decided by the municipality. The yearly subsidy claim
 * reads the approved ones.
 */
export function createCarrierReportsModule(deps: {
  database: Database;
  carriers: CarrierDirectory;
  months: CarrierMonthService;
  municipalities: MunicipalitiesService;
  users: UsersService;
  mail: MailService;
  publicUrl: string;
  now: () => number;
}) {
  const service = createCarrierReportsService({
    ...deps,
    reports: createCarrierReportsRepository(deps.database.knex),
    transaction: deps.database.transaction,
  });
  return { service, router: createCarrierReportsRouter({ reports: service }) };
}
