import type { FieldError } from '@e-galleria/shared/errors';
import {
  maxHoldDays,
  servicePointAmenities,
  servicePointKinds,
  servicePointStatuses,
  type ServicePointAmenity,
  type ServicePointKind,
  type ServicePointStatus,
} from '@e-galleria/shared/service-point-codes';
import type { OpeningHours } from '@e-galleria/shared/shops';
import { emptyToNull, readText } from '../../lib/form-data.ts';
import { type FormFailure, requiredFieldCode } from '../../lib/form-failure.ts';
import { readOpeningHours } from '../shops/profile-from-form.ts';
import type { FieldRuleCode } from '@e-galleria/shared/field-rules';

export type ServicePointFormBody = {
  name: string;
  kind: ServicePointKind;
  hostShopId: string | null;
  hostName: string | null;
  streetAddress: string;
  postalCode: string;
  village: string;
  latitude: number | null;
  longitude: number | null;
  openingHours: OpeningHours;
  amenities: ServicePointAmenity[];
  holdDays: number;
  /** Only the edit form has it: a new point is always active. */
  status?: ServicePointStatus;
};

const isKind = (value: string): value is ServicePointKind =>
  (servicePointKinds as readonly string[]).includes(value);
const isAmenity = (value: unknown): value is ServicePointAmenity =>
  (servicePointAmenities as readonly unknown[]).includes(value);
const isStatus = (value: string): value is ServicePointStatus =>
  (servicePointStatuses as readonly string[]).includes(value);

/** "66,0857" (Swedish decimal comma) or "66.0857" → 66.0857; '' → null; garbage → NaN. */
export function parseCoordinate(text: string): number | null {
  const trimmed = text.trim().replace(',', '.').replace('−', '-');
  if (trimmed === '') return null;
  return /^-?\d{1,3}(\.\d+)?$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

function readPosition(formData: FormData, errors: FieldError[]) {
  const latitude = parseCoordinate(readText(formData, 'latitude'));
  const longitude = parseCoordinate(readText(formData, 'longitude'));
  const check = (field: string, value: number | null, limit: number) => {
    if (value !== null && !(Math.abs(value) <= limit))
      errors.push({ field, code: 'invalid_coordinate', message: 'Out of range.' });
  };
  check('latitude', latitude, 90);
  check('longitude', longitude, 180);
  if ((latitude === null) !== (longitude === null))
    errors.push({
      field: latitude === null ? 'latitude' : 'longitude',
      code: 'position_incomplete',
      message: 'Both or neither.',
    });
  return { latitude, longitude };
}

/**
 * The create or PATCH body from the service point form, or the fields the browser can
 * already tell are wrong. Every field is sent, so the form is the whole truth after saving.
 */
export function servicePointFromForm(
  formData: FormData,
): { body: ServicePointFormBody; failure: null } | { body: null; failure: FormFailure } {
  const errors: FieldError[] = [];
  const required = (field: string) => {
    const value = readText(formData, field).trim();
    if (!value) errors.push({ field, code: requiredFieldCode, message: 'Required.' });
    return value;
  };
  const name = required('name');
  const streetAddress = required('streetAddress');
  const postalCode = required('postalCode');
  const village = required('village');
  const kind = readText(formData, 'kind');
  const hostShopId = emptyToNull(readText(formData, 'hostShopId'));
  const hostName = hostShopId ? null : emptyToNull(readText(formData, 'hostName'));
  const { latitude, longitude } = readPosition(formData, errors);
  const holdDays = Number(readText(formData, 'holdDays'));
  if (!Number.isInteger(holdDays) || holdDays < 1 || holdDays > maxHoldDays)
    errors.push({
      field: 'holdDays',
      code: 'hold_days_out_of_range' satisfies FieldRuleCode,
      message: 'Between 1 and 60.',
    });
  const openingHours = readOpeningHours(formData, errors);
  const status = readText(formData, 'status');
  if (errors.length > 0 || !isKind(kind))
    return {
      body: null,
      failure: {
        code: 'validation_failed',
        fieldErrors: isKind(kind)
          ? errors
          : [
              ...errors,
              {
                field: 'kind',
                code: 'choose_one' satisfies FieldRuleCode,
                message: 'Choose a kind.',
              },
            ],
        retryAfterSeconds: null,
      },
    };
  return {
    failure: null,
    body: {
      name,
      kind,
      hostShopId,
      hostName,
      streetAddress,
      postalCode,
      village,
      latitude,
      longitude,
      openingHours,
      amenities: formData.getAll('amenities').filter(isAmenity),
      holdDays,
      ...(isStatus(status) ? { status } : {}),
    },
  };
}
