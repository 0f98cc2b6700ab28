import type { z } from 'zod';
import type { Invitation } from '@e-galleria/shared/invitations';
import type { ListResponse } from '@e-galleria/shared/lists';
import type {
  AdminShopListItem,
  AuditEvent,
  Category,
  InviteShopBody,
  ListingRequest,
  ShopCount,
  ShopDetail,
  ShopPage,
  ShopStatus,
  ShopSummary,
  UpdateShopProfileBody,
  inviteStaffBodySchema,
} from '@e-galleria/shared/shops';
import { shrinkPhotoForUpload } from '../lib/shrink-photo.ts';
import { requestJson, requestWithoutResult } from './http-client.ts';

const segment = encodeURIComponent;

export function listCategories(signal?: AbortSignal): Promise<ListResponse<Category>> {
  return requestJson('/v1/categories', { signal });
}

/** How many published shops each municipality's galleria shows. */
export function listShopCounts(signal?: AbortSignal): Promise<ListResponse<ShopCount>> {
  return requestJson('/v1/region/shop-counts', { signal });
}

export function listPublicShops(
  municipalitySlug: string,
  filters: { category?: string; village?: string; openNow?: boolean },
  signal?: AbortSignal,
): Promise<ListResponse<ShopSummary>> {
  const query = new URLSearchParams();
  if (filters.category) query.set('category', filters.category);
  if (filters.village) query.set('village', filters.village);
  if (filters.openNow) query.set('openNow', '1');
  const search = query.size > 0 ? `?${query.toString()}` : '';
  return requestJson(`/v1/municipalities/${segment(municipalitySlug)}/shops${search}`, { signal });
}

export function fetchPublicShop(
  municipalitySlug: string,
  shopSlug: string,
  signal?: AbortSignal,
): Promise<{ shop: ShopPage }> {
  return requestJson(`/v1/municipalities/${segment(municipalitySlug)}/shops/${segment(shopSlug)}`, {
    signal,
  });
}

export function fetchShop(shopId: string, signal?: AbortSignal): Promise<{ shop: ShopDetail }> {
  return requestJson(`/v1/shops/${segment(shopId)}`, { signal });
}

export function updateShopProfile(
  shopId: string,
  body: UpdateShopProfileBody,
): Promise<{ shop: ShopDetail }> {
  return requestJson(`/v1/shops/${segment(shopId)}`, { method: 'PATCH', body });
}

export function submitShop(shopId: string): Promise<{ shop: ShopDetail }> {
  return requestJson(`/v1/shops/${segment(shopId)}/submit`, { method: 'POST' });
}

export function requestListing(
  shopId: string,
  municipalitySlug: string,
): Promise<{ shop: ShopDetail }> {
  return requestJson(`/v1/shops/${segment(shopId)}/listings`, {
    method: 'POST',
    body: { municipalitySlug },
  });
}

export function listStaffInvitations(
  shopId: string,
  signal?: AbortSignal,
): Promise<ListResponse<Invitation>> {
  return requestJson(`/v1/shops/${segment(shopId)}/staff-invitations`, { signal });
}

export function inviteStaff(
  shopId: string,
  body: z.input<typeof inviteStaffBodySchema>,
): Promise<{ invitation: Invitation }> {
  return requestJson(`/v1/shops/${segment(shopId)}/staff-invitations`, { method: 'POST', body });
}

const adminPath = (municipalitySlug: string) =>
  `/v1/admin/municipalities/${segment(municipalitySlug)}`;

export function listMunicipalityShops(
  municipalitySlug: string,
  status: ShopStatus | null,
  signal?: AbortSignal,
): Promise<ListResponse<AdminShopListItem>> {
  const search = status ? `?status=${status}` : '';
  return requestJson(`${adminPath(municipalitySlug)}/shops${search}`, { signal });
}

export function inviteShop(
  municipalitySlug: string,
  body: InviteShopBody,
): Promise<{ shop: AdminShopListItem; invitation: Invitation }> {
  return requestJson(`${adminPath(municipalitySlug)}/shop-invitations`, { method: 'POST', body });
}

export type ReviewAction = 'approve' | 'return' | 'suspend' | 'reinstate';

export function reviewShop(
  shopId: string,
  action: ReviewAction,
  comment?: string,
): Promise<{ shop: ShopDetail }> {
  return requestJson(`/v1/admin/shops/${segment(shopId)}/${action}`, {
    method: 'POST',
    ...(action === 'return' ? { body: { comment: comment ?? '' } } : {}),
  });
}

export function listListingRequests(
  municipalitySlug: string,
  signal?: AbortSignal,
): Promise<ListResponse<ListingRequest>> {
  return requestJson(`${adminPath(municipalitySlug)}/listing-requests`, { signal });
}

export function decideListing(
  municipalitySlug: string,
  shopId: string,
  decision: 'approve' | 'decline',
): Promise<void> {
  return requestWithoutResult(
    `${adminPath(municipalitySlug)}/listing-requests/${segment(shopId)}/${decision}`,
    { method: 'POST' },
  );
}

export function listAuditEvents(
  municipalitySlug: string,
  signal?: AbortSignal,
): Promise<ListResponse<AuditEvent>> {
  return requestJson(`${adminPath(municipalitySlug)}/audit-events`, { signal });
}

/** A photo goes shrunk to what the logo's or cover's renditions need (decision 0062). */
export async function uploadShopImage(
  shopId: string,
  kind: 'logo' | 'cover',
  image: File,
): Promise<{ shop: ShopDetail }> {
  const body = new FormData();
  body.append('image', await shrinkPhotoForUpload(image, kind));
  return requestJson(`/v1/shops/${segment(shopId)}/${kind}`, { method: 'POST', body });
}
