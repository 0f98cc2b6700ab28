import type { ParseKeys } from 'i18next';
import type { FieldError } from '@e-galleria/shared/errors';

/** The home-delivery set-up's own refusals (server/src/modules/home-delivery), by code. */
const byCode: Record<string, ParseKeys> = {
  place_taken: 'homeDelivery.fieldErrors.place_taken',
  name_taken: 'homeDelivery.fieldErrors.name_taken',
  not_a_route_day: 'homeDelivery.fieldErrors.not_a_route_day',
  unknown_zone: 'homeDelivery.fieldErrors.unknown_zone',
  unknown_shop: 'homeDelivery.fieldErrors.unknown_shop',
  no_valid_agreement: 'homeDelivery.fieldErrors.no_valid_agreement',
  zone_unavailable: 'homeDelivery.fieldErrors.zone_unavailable',
  // A household's address outside the municipality's home-delivery area (a resident's form).
  outside_zones: 'homeDelivery.fieldErrors.outside_zones',
  village_not_in_zone: 'homeDelivery.fieldErrors.village_not_in_zone',
  carrier_unavailable: 'homeDelivery.fieldErrors.carrier_unavailable',
  carrier_not_in_zone: 'homeDelivery.fieldErrors.carrier_not_in_zone',
  does_not_drive: 'homeDelivery.fieldErrors.does_not_drive',
  not_shop_carrier: 'homeDelivery.fieldErrors.not_shop_carrier',
  period_overlaps: 'homeDelivery.fieldErrors.period_overlaps',
};

/** Rules over several fields (shared/src/home-delivery.ts refinements), by field. */
const customByField: Record<string, ParseKeys> = {
  trialEndsOn: 'homeDelivery.fieldErrors.trialEndsOn',
  validTo: 'homeDelivery.fieldErrors.validTo',
  zoneIds: 'homeDelivery.fieldErrors.chooseZone',
  carrierIds: 'homeDelivery.fieldErrors.chooseCarrier',
  routeDays: 'homeDelivery.fieldErrors.routeDays',
  orgNumber: 'homeDelivery.fieldErrors.orgNumber',
};

/** The text key for a home-delivery field error, or null when it is not one of ours. */
export function homeDeliveryFieldErrorKey(error: FieldError): ParseKeys | null {
  return (
    byCode[error.code] ?? (error.code === 'custom' ? customByField[error.field] : undefined) ?? null
  );
}
