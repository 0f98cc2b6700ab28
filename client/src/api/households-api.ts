import type { DecidedOrAskedStatus } from '@e-galleria/shared/household-eligibility';
import type {
  ApplyForEligibilityBody,
  CreateHouseholdBody,
  MunicipalityHousehold,
  ResidentHousehold,
  UpdateHouseholdBody,
} from '@e-galleria/shared/households';
import type { ListResponse } from '@e-galleria/shared/lists';
import { requestJson, requestWithoutResult } from './http-client.ts';

const segment = encodeURIComponent;
const ownPath = (id: string) => `/v1/me/households/${segment(id)}`;

export function listMyHouseholds(signal?: AbortSignal): Promise<ListResponse<ResidentHousehold>> {
  return requestJson('/v1/me/households', { signal });
}

export function createHousehold(
  body: CreateHouseholdBody,
): Promise<{ household: ResidentHousehold }> {
  return requestJson('/v1/me/households', { method: 'POST', body });
}

export function updateHousehold(
  id: string,
  body: UpdateHouseholdBody,
): Promise<{ household: ResidentHousehold }> {
  return requestJson(ownPath(id), { method: 'PUT', body });
}

export function removeHousehold(id: string): Promise<void> {
  return requestWithoutResult(ownPath(id), { method: 'DELETE' });
}

export function applyForEligibility(
  id: string,
  body: ApplyForEligibilityBody,
): Promise<{ household: ResidentHousehold }> {
  return requestJson(`${ownPath(id)}/application`, { method: 'POST', body });
}

export function withdrawApplication(id: string): Promise<{ household: ResidentHousehold }> {
  return requestJson(`${ownPath(id)}/application`, { method: 'DELETE' });
}

export function listMunicipalityHouseholds(
  municipalitySlug: string,
  query: { status: DecidedOrAskedStatus; cursor?: string },
  signal?: AbortSignal,
): Promise<ListResponse<MunicipalityHousehold>> {
  const search = new URLSearchParams({
    status: query.status,
    ...(query.cursor ? { cursor: query.cursor } : {}),
  });
  return requestJson(
    `/v1/admin/municipalities/${segment(municipalitySlug)}/households?${search.toString()}`,
    { signal },
  );
}

export function decideOnHousehold(
  id: string,
  decision: { kind: 'approve' } | { kind: 'decline' | 'revoke'; reason: string },
): Promise<{ household: MunicipalityHousehold }> {
  return requestJson(`/v1/admin/households/${segment(id)}/${decision.kind}`, {
    method: 'POST',
    ...(decision.kind === 'approve' ? {} : { body: { reason: decision.reason } }),
  });
}
