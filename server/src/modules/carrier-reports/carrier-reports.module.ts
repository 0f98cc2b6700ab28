import type { Database } from '../../db/database.ts';
import type { CarrierMonthService } from '../deliveries/carrier-month.service.ts';
import type { CarrierDirectory } from '../deliveries/carriers.port.ts';
import type { RunCorrectionsService } from '../deliveries/run-corrections.service.ts';
import type { MailService } from '../mail/mail.service.ts';
import type { MunicipalitiesService } from '../municipalities/municipalities.service.ts';
import type { UsersService } from '../users/users.service.ts';
import { createCarrierReportCorrectionsService } from './carrier-report-corrections.service.ts';
import { createCarrierReportForwardsRepository } from './carrier-report-forwards.repository.ts';
import { createCarrierReportForwardsService } from './carrier-report-forwards.service.ts';
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
  corrections: RunCorrectionsService;
  municipalities: MunicipalitiesService;
  users: UsersService;
  mail: MailService;
  publicUrl: string;
  now: () => number;
}) {
  const reports = createCarrierReportsRepository(deps.database.knex);
  const forwards = createCarrierReportForwardsRepository(deps.database.knex);
  const transaction = deps.database.transaction;
  const service = createCarrierReportsService({ ...deps, reports, forwards, transaction });
  const corrections = createCarrierReportCorrectionsService({
    ...deps,
    reports,
    report: service,
    corrections: deps.corrections,
    transaction,
  });
  const forwarding = createCarrierReportForwardsService({
    ...deps,
    reports,
    report: service,
    forwards,
    transaction,
  });
  return {
    service,
    router: createCarrierReportsRouter({ reports: service, corrections, forwards: forwarding }),
  };
}
