import type { Database } from '../../db/database.ts';
import type { MunicipalitiesService } from '../municipalities/municipalities.service.ts';
import { createSubsidyRulesRepository } from './subsidy-rules.repository.ts';
import { createSubsidyRulesService } from './subsidy-rules.service.ts';
import { createSubsidyRouter } from './subsidy.router.ts';

/**
 * The home-delivery subsidy (DESIGN §6, decision 0038): its dated rules now; the yearly
 * claim joins here when the carriers' approved reports exist, computed by
 * `shared/src/subsidy.ts` from `service.rulesForClaims()` and the reports' figures.
 */
export function createSubsidyModule(deps: {
  database: Database;
  municipalities: MunicipalitiesService;
  now: () => number;
}) {
  const service = createSubsidyRulesService({
    rules: createSubsidyRulesRepository(deps.database.knex),
    transaction: deps.database.transaction,
    regionId: deps.municipalities.regionId,
    now: deps.now,
  });
  return { service, router: createSubsidyRouter({ rules: service }) };
}

export type SubsidyModule = ReturnType<typeof createSubsidyModule>;
