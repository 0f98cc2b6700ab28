import type {
  Agreement,
  Carrier,
  DeliveryZone,
  HomeDeliverySettings,
  PublicDeliveryZone,
} from '@e-galleria/shared/home-delivery';
import { sortSwedish } from '@e-galleria/shared/swedish-order';
import { periodCovers } from '@e-galleria/shared/validity-periods';
import type { CarrierRow, CarrierZoneRow } from './carriers.repository.ts';
import { weekdaysOf } from './carriers.repository.ts';
import {
  routeDaysOf,
  type DeliveryZonePlaceRow,
  type DeliveryZoneRow,
  type HomeDeliverySettingsRow,
} from './delivery-zones.repository.ts';
import type { AgreementRow, AgreementWithShopRow } from './shop-home-delivery.repository.ts';

/** A municipality that has not set anything up: off, no fee, everyone in a zone. */
export function defaultSettings(municipalityId: string): HomeDeliverySettingsRow {
  return {
    municipality_id: municipalityId,
    is_enabled: false,
    fee_ore: 0,
    subsidised_fee_ore: 0,
    fee_vat_class: 'standard',
    eligibility: 'everyone',
    trial_starts_on: null,
    trial_ends_on: null,
    phone: null,
    public_note: null,
    updated_at: 0,
  };
}

export function presentSettings(row: HomeDeliverySettingsRow): HomeDeliverySettings {
  return {
    isEnabled: row.is_enabled,
    feeOre: row.fee_ore,
    subsidisedFeeOre: row.subsidised_fee_ore,
    feeVatClass: row.fee_vat_class,
    eligibility: row.eligibility,
    trialStartsOn: row.trial_starts_on,
    trialEndsOn: row.trial_ends_on,
    phone: row.phone,
    publicNote: row.public_note,
  };
}

export function presentZone(zone: DeliveryZoneRow, places: DeliveryZonePlaceRow[]): DeliveryZone {
  return {
    id: zone.id,
    name: zone.name,
    isActive: zone.is_active,
    routeDays: routeDaysOf(zone).sort((a, b) => a.weekday - b.weekday),
    places: places
      .filter((place) => place.zone_id === zone.id)
      .map((place) => ({
        postalCode: place.postal_code,
        village: place.village,
        isLargeLocality: place.is_large_locality,
      })),
  };
}

/** A zone as residents read it: its villages in Swedish order and its route weekdays. */
export function presentPublicZone(
  zone: Pick<DeliveryZoneRow, 'name' | 'route_days'>,
  villages: readonly string[],
): PublicDeliveryZone {
  return {
    name: zone.name,
    villages: sortSwedish([...new Set(villages)], (village) => village),
    routeWeekdays: routeDaysOf(zone)
      .map((day) => day.weekday)
      .sort((a, b) => a - b),
  };
}

export function presentCarrier(
  carrier: CarrierRow,
  zones: CarrierZoneRow[],
  zoneNames: Map<string, string>,
): Carrier {
  return {
    id: carrier.id,
    slug: carrier.slug,
    name: carrier.name,
    orgNumber: carrier.org_number,
    contactName: carrier.contact_name,
    contactEmail: carrier.contact_email,
    contactPhone: carrier.contact_phone,
    isActive: carrier.is_active,
    zones: sortSwedish(
      zones
        .filter((zone) => zone.carrier_id === carrier.id)
        .map((zone) => ({
          zoneId: zone.zone_id,
          zoneName: zoneNames.get(zone.zone_id) ?? '',
          weekdays: weekdaysOf(zone).sort((a, b) => a - b),
        })),
      (zone) => zone.zoneName,
    ),
  };
}

/** Whether an agreement covers a date (YYYY-MM-DD). */
export function coversDate(
  agreement: Pick<AgreementRow, 'valid_from' | 'valid_to'>,
  date: string,
): boolean {
  return periodCovers({ validFrom: agreement.valid_from, validTo: agreement.valid_to }, date);
}

export function presentAgreement(row: AgreementWithShopRow, today: string): Agreement {
  return {
    id: row.id,
    shop: { id: row.shop_id, slug: row.shop_slug, name: row.shop_name },
    kind: row.kind,
    validFrom: row.valid_from,
    validTo: row.valid_to,
    note: row.note,
    isValidToday: coversDate(row, today),
  };
}
