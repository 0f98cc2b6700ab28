import type { z } from 'zod';
import type {
  MunicipalityPublic,
  MunicipalitySettings,
  MunicipalitySummary,
  UpdateMunicipalitySettingsBody,
  createMunicipalityBodySchema,
  regionSchema,
} from '@e-galleria/shared/municipalities';
import type { ListResponse } from '@e-galleria/shared/lists';
import type { MunicipalityToDo } from '@e-galleria/shared/to-do';
import { shrinkPhotoForUpload } from '../lib/shrink-photo.ts';
import { requestJson } from './http-client.ts';

export type Region = z.infer<typeof regionSchema>;
export type CreateMunicipalityBody = z.input<typeof createMunicipalityBodySchema>;

export function fetchRegion(signal?: AbortSignal): Promise<{ region: Region }> {
  return requestJson('/v1/region', { signal });
}

export function listMunicipalities(
  signal?: AbortSignal,
): Promise<ListResponse<MunicipalitySummary>> {
  return requestJson('/v1/municipalities', { signal });
}

export function fetchMunicipality(
  slug: string,
  signal?: AbortSignal,
): Promise<{ municipality: MunicipalityPublic }> {
  return requestJson(`/v1/municipalities/${encodeURIComponent(slug)}`, { signal });
}

export function listMunicipalitySettings(
  signal?: AbortSignal,
): Promise<ListResponse<MunicipalitySettings>> {
  return requestJson('/v1/admin/municipalities', { signal });
}

export function createMunicipality(
  body: CreateMunicipalityBody,
): Promise<{ municipality: MunicipalitySettings }> {
  return requestJson('/v1/admin/municipalities', { method: 'POST', body });
}

export function fetchMunicipalitySettings(
  slug: string,
  signal?: AbortSignal,
): Promise<{ municipality: MunicipalitySettings }> {
  return requestJson(`/v1/admin/municipalities/${encodeURIComponent(slug)}`, { signal });
}

/** What waits on the municipality; only its own admins may read it (403 for the region's). */
export function fetchMunicipalityToDo(
  slug: string,
  signal?: AbortSignal,
): Promise<MunicipalityToDo> {
  return requestJson(`/v1/admin/municipalities/${encodeURIComponent(slug)}/to-do`, { signal });
}

export function updateMunicipalitySettings(
  slug: string,
  body: UpdateMunicipalitySettingsBody,
): Promise<{ municipality: MunicipalitySettings }> {
  return requestJson(`/v1/admin/municipalities/${encodeURIComponent(slug)}`, {
    method: 'PATCH',
    body,
  });
}

/** `image` travels as a multipart field; the server decodes and re-encodes it. */
/** A photo goes shrunk to what the logo's renditions need (decision 0062). */
export async function uploadMunicipalityLogo(
  slug: string,
  image: File,
): Promise<{ municipality: MunicipalitySettings }> {
  const body = new FormData();
  body.append('image', await shrinkPhotoForUpload(image, 'logo'));
  return requestJson(`/v1/admin/municipalities/${encodeURIComponent(slug)}/logo`, {
    method: 'POST',
    body,
  });
}
