import type {
  Agreement,
  AgreementBody,
  Carrier,
  CarrierBody,
  CarrierStaff,
  DeliveryZone,
  DeliveryZoneBody,
  HomeDeliverySettings,
  HomeDeliverySettingsBody,
  InviteCarrierStaffBody,
  MunicipalityHomeDelivery,
  PublicHomeDelivery,
  ShopHomeDelivery,
  ShopHomeDeliveryBody,
  ShopHomeDeliveryOffer,
} from '@e-galleria/shared/home-delivery';
import type { Invitation } from '@e-galleria/shared/invitations';
import type { ListResponse } from '@e-galleria/shared/lists';
import { requestJson, requestWithoutResult } from './http-client.ts';

const segment = encodeURIComponent;
const adminPath = (slug: string) => `/v1/admin/municipalities/${segment(slug)}/home-delivery`;

export function fetchMunicipalityHomeDelivery(
  slug: string,
  signal?: AbortSignal,
): Promise<{ homeDelivery: MunicipalityHomeDelivery }> {
  return requestJson(adminPath(slug), { signal });
}

export function saveHomeDeliverySettings(
  slug: string,
  body: HomeDeliverySettingsBody,
): Promise<{ settings: HomeDeliverySettings }> {
  return requestJson(`${adminPath(slug)}/settings`, { method: 'PUT', body });
}

export function saveDeliveryZone(
  slug: string,
  zoneId: string | null,
  body: DeliveryZoneBody,
): Promise<{ zone: DeliveryZone }> {
  return zoneId
    ? requestJson(`${adminPath(slug)}/zones/${segment(zoneId)}`, { method: 'PUT', body })
    : requestJson(`${adminPath(slug)}/zones`, { method: 'POST', body });
}

export function removeDeliveryZone(slug: string, zoneId: string): Promise<void> {
  return requestWithoutResult(`${adminPath(slug)}/zones/${segment(zoneId)}`, {
    method: 'DELETE',
  });
}

export function saveCarrier(
  slug: string,
  carrierId: string | null,
  body: CarrierBody,
): Promise<{ carrier: Carrier }> {
  return carrierId
    ? requestJson(`${adminPath(slug)}/carriers/${segment(carrierId)}`, { method: 'PUT', body })
    : requestJson(`${adminPath(slug)}/carriers`, { method: 'POST', body });
}

export function listCarrierStaff(
  slug: string,
  carrierId: string,
  signal?: AbortSignal,
): Promise<ListResponse<CarrierStaff>> {
  return requestJson(`${adminPath(slug)}/carriers/${segment(carrierId)}/staff`, { signal });
}

export function listCarrierInvitations(
  slug: string,
  carrierId: string,
  signal?: AbortSignal,
): Promise<ListResponse<Invitation>> {
  return requestJson(`${adminPath(slug)}/carriers/${segment(carrierId)}/invitations`, {
    signal,
  });
}

export function inviteCarrierStaff(
  slug: string,
  carrierId: string,
  body: InviteCarrierStaffBody,
): Promise<{ invitation: Invitation }> {
  return requestJson(`${adminPath(slug)}/carriers/${segment(carrierId)}/invitations`, {
    method: 'POST',
    body,
  });
}

export function createAgreement(
  slug: string,
  body: AgreementBody,
): Promise<{ agreement: Agreement }> {
  return requestJson(`${adminPath(slug)}/agreements`, { method: 'POST', body });
}

export function updateAgreement(
  slug: string,
  agreementId: string,
  body: AgreementBody,
): Promise<{ agreement: Agreement }> {
  return requestJson(`${adminPath(slug)}/agreements/${segment(agreementId)}`, {
    method: 'PUT',
    body,
  });
}

export function removeAgreement(slug: string, agreementId: string): Promise<void> {
  return requestWithoutResult(`${adminPath(slug)}/agreements/${segment(agreementId)}`, {
    method: 'DELETE',
  });
}

export function fetchShopHomeDelivery(
  shopId: string,
  signal?: AbortSignal,
): Promise<{ homeDelivery: ShopHomeDelivery }> {
  return requestJson(`/v1/shops/${segment(shopId)}/home-delivery-settings`, { signal });
}

export function saveShopHomeDelivery(
  shopId: string,
  body: ShopHomeDeliveryBody,
): Promise<{ homeDelivery: ShopHomeDelivery }> {
  return requestJson(`/v1/shops/${segment(shopId)}/home-delivery-settings`, {
    method: 'PUT',
    body,
  });
}

export function fetchPublicHomeDelivery(
  slug: string,
  signal?: AbortSignal,
): Promise<{ homeDelivery: PublicHomeDelivery }> {
  return requestJson(`/v1/municipalities/${segment(slug)}/home-delivery`, { signal });
}

export function listHomeDeliveryMunicipalities(
  signal?: AbortSignal,
): Promise<{ items: { slug: string; name: string }[] }> {
  return requestJson('/v1/home-delivery/municipalities', { signal });
}

/**
 * Whether a shop drives goods home, and to an address: the fee, the delivery day and its
 * cut-off, or why not (outside its zones, no route day ahead). Without a postal code only
 * whether it delivers at all and where.
 */
export function readShopHomeDelivery(
  shopId: string,
  place: { postalCode: string; village: string } | null,
  signal?: AbortSignal,
): Promise<ShopHomeDeliveryOffer> {
  const search = new URLSearchParams(place ?? {});
  const query = place ? `?${search.toString()}` : '';
  return requestJson(`/v1/shops/${encodeURIComponent(shopId)}/home-delivery${query}`, { signal });
}
