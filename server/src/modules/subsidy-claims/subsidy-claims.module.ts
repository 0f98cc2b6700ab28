import type { ApprovedReportsService } from '../carrier-reports/approved-reports.service.ts';
import type { LocalityPlacesService } from '../home-delivery/locality-places.service.ts';
import type { HouseholdPlacesService } from '../households/household-places.service.ts';
import type { HouseholdIdentities } from '../households/households.module.ts';
import type { MunicipalitiesService } from '../municipalities/municipalities.service.ts';
import type { SubsidyRulesService } from '../subsidy/subsidy-rules.service.ts';
import { createSubsidyClaimsRouter } from './subsidy-claims.router.ts';
import { createSubsidyClaimsService } from './subsidy-claims.service.ts';

/**
 * The yearly subsidy claim (issue 14, decision 0043). Owns no table: it reads the carriers'
 * approved reports, the households' postal codes, home delivery's places and the subsidy's
 * rules through their doors and computes the claim with `shared/src/subsidy.ts`.
 */
export function createSubsidyClaimsModule(deps: {
  approvedReports: ApprovedReportsService;
  households: HouseholdPlacesService;
  identities: HouseholdIdentities;
  localities: LocalityPlacesService;
  rules: SubsidyRulesService;
  municipalities: MunicipalitiesService;
  now: () => number;
}) {
  const service = createSubsidyClaimsService({
    // Shopping trips (inköpsturer) become a second source here when they exist.
    sources: { home_delivery: deps.approvedReports },
    households: deps.households,
    identities: deps.identities,
    localities: deps.localities,
    rules: deps.rules,
    municipalities: deps.municipalities,
    now: deps.now,
  });
  return { service, router: createSubsidyClaimsRouter({ claims: service }) };
}
