import type {
  SubsidyClaimHouseholdIdentity,
  SubsidyClaimsOverview,
  SubsidyClaimView,
} from '@e-galleria/shared/subsidy-claims';
import { requestJson } from './http-client.ts';

const claimPath = (slug: string, year: number) =>
  `/v1/admin/municipalities/${encodeURIComponent(slug)}/subsidy-claims/${year}`;

export function fetchSubsidyClaim(
  slug: string,
  year: number,
  signal?: AbortSignal,
): Promise<{ claim: SubsidyClaimView }> {
  return requestJson(claimPath(slug, year), { signal });
}

/** Where the claim downloads (plain links: the browser sends the session cookie). */
export const subsidyClaimFileUrl = (slug: string, year: number, kind: 'pdf' | 'csv') =>
  `/api${claimPath(slug, year)}/claim.${kind}`;

export function fetchSubsidyClaimsOverview(
  year: number,
  signal?: AbortSignal,
): Promise<{ overview: SubsidyClaimsOverview }> {
  return requestJson(`/v1/admin/region/subsidy-claims/${year}`, { signal });
}

/** Whom a reference of the year's claim stands for (the municipality's own admins). */
export function lookUpClaimHousehold(
  slug: string,
  year: number,
  reference: string,
  signal?: AbortSignal,
): Promise<SubsidyClaimHouseholdIdentity> {
  return requestJson(`${claimPath(slug, year)}/households/${encodeURIComponent(reference)}`, {
    signal,
  });
}
