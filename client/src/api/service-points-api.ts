import type { Invitation } from '@e-galleria/shared/invitations';
import type { ListResponse } from '@e-galleria/shared/lists';
import type {
  CreateServicePointBody,
  InviteServicePointOperatorBody,
  MapSettings,
  ServicePointDetail,
  ServicePointOperator,
  ServicePointPage,
  ServicePointSummary,
  UpdateServicePointBody,
} from '@e-galleria/shared/service-points';
import { requestJson } from './http-client.ts';

const segment = encodeURIComponent;

export function listPublicServicePoints(
  municipalitySlug: string,
  signal?: AbortSignal,
): Promise<ListResponse<ServicePointSummary>> {
  return requestJson(`/v1/municipalities/${segment(municipalitySlug)}/service-points`, { signal });
}

export function fetchPublicServicePoint(
  idOrSlug: string,
  signal?: AbortSignal,
): Promise<{ servicePoint: ServicePointPage }> {
  return requestJson(`/v1/service-points/${segment(idOrSlug)}`, { signal });
}

export function fetchMapSettings(signal?: AbortSignal): Promise<MapSettings> {
  return requestJson('/v1/map-settings', { signal });
}

export function listMunicipalityServicePoints(
  municipalitySlug: string,
  signal?: AbortSignal,
): Promise<ListResponse<ServicePointDetail>> {
  return requestJson(`/v1/admin/municipalities/${segment(municipalitySlug)}/service-points`, {
    signal,
  });
}

export function createServicePoint(
  municipalitySlug: string,
  body: CreateServicePointBody,
): Promise<{ servicePoint: ServicePointDetail }> {
  return requestJson(`/v1/admin/municipalities/${segment(municipalitySlug)}/service-points`, {
    method: 'POST',
    body,
  });
}

const adminPointPath = (id: string) => `/v1/admin/service-points/${segment(id)}`;

export function fetchServicePoint(
  id: string,
  signal?: AbortSignal,
): Promise<{ servicePoint: ServicePointDetail }> {
  return requestJson(adminPointPath(id), { signal });
}

export function updateServicePoint(
  id: string,
  body: UpdateServicePointBody,
): Promise<{ servicePoint: ServicePointDetail }> {
  return requestJson(adminPointPath(id), { method: 'PATCH', body });
}

export function listServicePointOperators(
  id: string,
  signal?: AbortSignal,
): Promise<ListResponse<ServicePointOperator>> {
  return requestJson(`${adminPointPath(id)}/operators`, { signal });
}

export function listOperatorInvitations(
  id: string,
  signal?: AbortSignal,
): Promise<ListResponse<Invitation>> {
  return requestJson(`${adminPointPath(id)}/operator-invitations`, { signal });
}

export function inviteOperator(
  id: string,
  body: InviteServicePointOperatorBody,
): Promise<{ invitation: Invitation }> {
  return requestJson(`${adminPointPath(id)}/operator-invitations`, { method: 'POST', body });
}
