import { swedishDateOf } from '@e-galleria/shared/calendar-dates';
import {
  claimYearSchema,
  householdReferencePattern,
  type SubsidyClaimHouseholdIdentity,
  type SubsidyClaimKind,
  type SubsidyClaimsOverview,
  type SubsidyClaimView,
} from '@e-galleria/shared/subsidy-claims';
import {
  computeSubsidyClaim,
  ruleOn,
  SubsidyRuleMissing,
  type SubsidyClaim,
} from '@e-galleria/shared/subsidy';
import { isAllowed } from '@e-galleria/shared/authorization';
import { compareSwedish } from '@e-galleria/shared/swedish-order';
import { AppError, notFound } from '../../errors.ts';
import { authorize, type Actor } from '../auth/access.port.ts';
import type { ApprovedYear } from '../carrier-reports/approved-reports.service.ts';
import type { LocalityPlacesService } from '../home-delivery/locality-places.service.ts';
import type { HouseholdPlacesService } from '../households/household-places.service.ts';
import type { HouseholdIdentities } from '../households/households.module.ts';
import type { MunicipalitiesService } from '../municipalities/municipalities.service.ts';
import type { SubsidyRulesService } from '../subsidy/subsidy-rules.service.ts';
import { claimHouseholds, referenceOf } from './claim-households.ts';

/**
 * Where a kind of claim gets its approved figures: home delivery from the carriers' approved
 * monthly reports; shopping trips (inköpsturer) add a source of their own when they exist.
 */
export type ClaimSource = {
  ofYear: (municipalityId: string, year: number) => Promise<ApprovedYear>;
};

function yearError(code: string, message: string): AppError {
  return new AppError('validation_failed', message, {
    fieldErrors: [{ field: 'year', code, message }],
  });
}

/**
 * The yearly subsidy claim (decision 0043): a municipality's approved figures of a calendar
 * year — summed by the database behind the carrier reports' door — each household's place
 * from home delivery's list, the rules from the subsidy module, fed to `computeSubsidyClaim`.
 * A year not begun is refused; the running year is preliminary.
 */
export function createSubsidyClaimsService(deps: {
  sources: Record<SubsidyClaimKind, ClaimSource>;
  households: HouseholdPlacesService;
  identities: HouseholdIdentities;
  localities: LocalityPlacesService;
  rules: SubsidyRulesService;
  municipalities: MunicipalitiesService;
  now: () => number;
}) {
  function yearOf(text: string) {
    const parsed = claimYearSchema.safeParse(text);
    if (!parsed.success) throw yearError('invalid_format', 'A year as YYYY, 2000–2100.');
    const current = Number(swedishDateOf(deps.now()).slice(0, 4));
    if (parsed.data > current) throw yearError('year_not_started', 'The year has not begun.');
    return {
      year: parsed.data,
      status: parsed.data === current ? 'preliminary' : 'final',
    } as const;
  }

  async function claimOf(municipalityId: string, year: number, kind: SubsidyClaimKind) {
    const [approved, places, rules] = await Promise.all([
      deps.sources[kind].ofYear(municipalityId, year),
      deps.localities.placesOf(municipalityId),
      deps.rules.rulesForClaims(),
    ]);
    const postalCodes = await deps.households.postalCodesOf(municipalityId, [
      ...new Set(approved.deliveries.map((row) => row.householdId)),
    ]);
    const households = claimHouseholds({
      municipalityId,
      rows: approved.deliveries,
      postalCodes,
      places,
      rules: rules.rules,
    });
    let figures: SubsidyClaim;
    try {
      figures = computeSubsidyClaim({
        year,
        carrierCostsOre: approved.totals.costOre,
        residentFeesOre: approved.totals.feesOre,
        households: households.deliveries,
        rules: rules.rules,
        priceBaseAmounts: rules.priceBaseAmounts,
      });
    } catch (error) {
      if (error instanceof SubsidyRuleMissing)
        throw yearError('no_subsidy_rule', `${error.message} The region admin adds it.`);
      throw error;
    }
    const caps = new Set(
      households.deliveries
        .filter((household) => household.outsideLargeLocality)
        .flatMap((household) => household.deliveries)
        .map((day) => ruleOn(rules.rules, day.date)?.capPerDeliveryOre ?? 0),
    );
    return {
      approved,
      households: households.table,
      figures,
      caps: [...caps].sort((a, b) => a - b),
    };
  }

  /** The municipality whose claim is asked for, and an asker allowed to read it. */
  async function claimReader(actor: Actor | null, slug: string) {
    if (!actor) throw new AppError('unauthenticated');
    const municipality = await deps.municipalities.findOrThrow(slug);
    const scope = deps.municipalities.scopeOf(municipality);
    const reader = authorize(actor, 'municipality.subsidy_claim.read', scope);
    return { reader, municipality, scope };
  }

  return {
    /** GET …/municipalities/:slug/subsidy-claims/:year: the claim with what it stands on. */
    async claim(
      actor: Actor | null,
      slug: string,
      yearText: string,
      kind: SubsidyClaimKind,
    ): Promise<SubsidyClaimView> {
      const { reader, municipality, scope } = await claimReader(actor, slug);
      const { year, status } = yearOf(yearText);
      const claim = await claimOf(municipality.id, year, kind);
      return {
        municipality: { name: municipality.name, slug: municipality.slug },
        kind,
        status,
        capsPerDeliveryOre: claim.caps,
        figures: claim.figures,
        reports: claim.approved.reports,
        canOpenReports: isAllowed(reader.roles, 'municipality.carrier_reports.read', scope),
        canIdentifyHouseholds: isAllowed(reader.roles, 'municipality.households.read', scope),
        households: claim.households,
      };
    },

    /**
     * GET …/subsidy-claims/:year/households/:reference: whom a pseudonym of the year's claim
     * stands for, to the municipality's own admins (the region sees references only). The
     * pseudonym is a hash, so it is found among the year's households, never reversed.
     */
    async identify(
      actor: Actor | null,
      slug: string,
      yearText: string,
      referenceText: string,
    ): Promise<SubsidyClaimHouseholdIdentity> {
      const { reader, municipality, scope } = await claimReader(actor, slug);
      // Before any lookup, so the region is refused alike whether a reference exists or not.
      authorize(reader, 'municipality.households.read', scope);
      const reference = referenceText.trim().toUpperCase();
      if (!householdReferencePattern.test(reference))
        throw new AppError('validation_failed', 'A reference as H-1234ABCD.', {
          fieldErrors: [
            { field: 'reference', code: 'invalid_format', message: 'A reference as H-1234ABCD.' },
          ],
        });
      const { year } = yearOf(yearText);
      const claim = await claimOf(municipality.id, year, 'home_delivery');
      const line = claim.households.find((household) => household.reference === reference);
      const householdId = [
        ...new Set(claim.approved.deliveries.map((row) => row.householdId)),
      ].find((id) => referenceOf(municipality.id, id) === reference);
      if (!line || !householdId) throw notFound(`A household ${reference} in the claim of ${year}`);
      const household = await deps.identities.identify(actor, slug, householdId);
      return { year, line, household };
    },

    /** GET …/region/subsidy-claims/:year: every municipality's claim side by side. */
    async overview(
      actor: Actor | null,
      yearText: string,
      kind: SubsidyClaimKind,
    ): Promise<SubsidyClaimsOverview> {
      if (!actor) throw new AppError('unauthenticated');
      authorize(actor, 'region.subsidy_claims.read', {
        region: await deps.municipalities.regionId(),
      });
      const { year, status } = yearOf(yearText);
      const municipalities = await deps.municipalities.listForRegionAdmin(actor);
      const rows: SubsidyClaimsOverview['municipalities'] = [];
      // One after the other: the region's page leaves connections free for everyone else.
      for (const municipality of municipalities) {
        const claim = await claimOf(municipality.id, year, kind);
        rows.push({
          municipality: { name: municipality.name, slug: municipality.slug },
          approvedReports: claim.approved.totals.reports,
          figures: claim.figures,
        });
      }
      rows.sort((a, b) => compareSwedish(a.municipality.name, b.municipality.name));
      const sum = (pick: (figures: SubsidyClaim) => number) =>
        rows.reduce((total, row) => total + pick(row.figures), 0);
      return {
        year,
        kind,
        status,
        municipalities: rows,
        totals: {
          netCostOre: sum((figures) => figures.netCostOre),
          eligibleDeliveries: sum((figures) => figures.eligibleDeliveries),
          claimOre: sum((figures) => figures.claimOre),
        },
      };
    },
  };
}

export type SubsidyClaimsService = ReturnType<typeof createSubsidyClaimsService>;
