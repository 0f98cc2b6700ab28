import type { OpeningHours } from '@e-galleria/shared/shops';
import type {
  ServicePointAmenity,
  ServicePointDetail,
  ServicePointHost,
  ServicePointPage,
  ServicePointSummary,
  UpdateServicePointInput,
  CreateServicePointInput,
} from '@e-galleria/shared/service-points';
import type { ServicePointChanges, ServicePointWithRefsRow } from './service-points.repository.ts';

/** Residents are linked to a host shop only while the storefront shows it. */
function toHost(row: ServicePointWithRefsRow): ServicePointHost | null {
  if (row.host_shop_id && row.host_shop_name)
    return {
      name: row.host_shop_name,
      shop:
        row.host_shop_status === 'published' && row.host_shop_slug
          ? {
              slug: row.host_shop_slug,
              name: row.host_shop_name,
              municipalitySlug: row.host_shop_municipality_slug ?? row.municipality_slug,
            }
          : null,
    };
  return row.host_name ? { name: row.host_name, shop: null } : null;
}

export function toServicePointSummary(row: ServicePointWithRefsRow): ServicePointSummary {
  return {
    slug: row.slug,
    name: row.name,
    kind: row.kind,
    village: row.village,
    streetAddress: row.street_address,
    postalCode: row.postal_code,
    position:
      row.latitude === null || row.longitude === null
        ? null
        : { latitude: row.latitude, longitude: row.longitude },
    openingHours: JSON.parse(row.opening_hours) as OpeningHours,
    amenities: JSON.parse(row.amenities) as ServicePointAmenity[],
    host: toHost(row),
    municipality: { slug: row.municipality_slug, name: row.municipality_name },
  };
}

export function toServicePointPage(row: ServicePointWithRefsRow): ServicePointPage {
  return { ...toServicePointSummary(row), holdDays: row.hold_days };
}

export function toServicePointDetail(row: ServicePointWithRefsRow): ServicePointDetail {
  return {
    ...toServicePointPage(row),
    id: row.id,
    status: row.status,
    hostShopId: row.host_shop_id,
    hostName: row.host_name,
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}

/** The columns a create or a partial update writes; absent fields stay as they are. */
export function servicePointColumns(
  body: UpdateServicePointInput | CreateServicePointInput,
): ServicePointChanges {
  const changes: ServicePointChanges = {};
  if (body.name !== undefined) changes.name = body.name;
  if (body.kind !== undefined) changes.kind = body.kind;
  if (body.hostShopId !== undefined) changes.host_shop_id = body.hostShopId;
  if (body.hostName !== undefined) changes.host_name = body.hostName;
  if (body.streetAddress !== undefined) changes.street_address = body.streetAddress;
  if (body.postalCode !== undefined) changes.postal_code = body.postalCode;
  if (body.village !== undefined) changes.village = body.village;
  if (body.latitude !== undefined) changes.latitude = body.latitude;
  if (body.longitude !== undefined) changes.longitude = body.longitude;
  if (body.openingHours !== undefined) changes.opening_hours = JSON.stringify(body.openingHours);
  if (body.amenities !== undefined) changes.amenities = JSON.stringify(body.amenities);
  if (body.holdDays !== undefined) changes.hold_days = body.holdDays;
  if ('status' in body && body.status !== undefined) changes.status = body.status;
  return changes;
}
