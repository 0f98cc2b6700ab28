import type { DecidedOrAskedStatus } from '@e-galleria/shared/household-eligibility';
import type {
  ApplyForEligibilityBody,
  CreateHouseholdBody,
  CreateHouseholdContactBody,
  MunicipalityHousehold,
  ResidentHousehold,
  ShopHousehold,
  ShopHouseholdMatch,
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

const shopHouseholdsPath = (shopId: string) => `/v1/shops/${segment(shopId)}/households`;

/** A caller's household, found by name words or phone, among the shop's municipality's. */
export function searchShopHouseholds(
  shopId: string,
  q: string,
  signal?: AbortSignal,
): Promise<ListResponse<ShopHouseholdMatch>> {
  return requestJson(`${shopHouseholdsPath(shopId)}?${new URLSearchParams({ q }).toString()}`, {
    signal,
  });
}

export function fetchShopHousehold(
  shopId: string,
  id: string,
  signal?: AbortSignal,
): Promise<{ household: ShopHousehold }> {
  return requestJson(`${shopHouseholdsPath(shopId)}/${segment(id)}`, { signal });
}

/** A caller without an account, taken down by the shop. */
export function createShopContact(
  shopId: string,
  body: CreateHouseholdContactBody,
): Promise<{ household: ShopHousehold }> {
  return requestJson(shopHouseholdsPath(shopId), { method: 'POST', body });
}
