import type { Database } from '../../db/database.ts';
import type { MunicipalitiesService } from '../municipalities/municipalities.service.ts';
import { createAuditRepository } from './audit.repository.ts';
import { createAuditRouter } from './audit.router.ts';
import { createAuditService } from './audit.service.ts';

/** The municipality's log of what admins, owners and operators did. */
export function createAuditModule(deps: {
  database: Database;
  municipalities: MunicipalitiesService;
  now: () => number;
}) {
  const service = createAuditService({
    audit: createAuditRepository(deps.database.knex),
    municipalities: deps.municipalities,
    now: deps.now,
  });
  return { service, router: createAuditRouter({ audit: service }) };
}
