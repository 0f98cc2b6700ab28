import type { FieldError } from '@e-galleria/shared/errors';
import type { FieldRuleCode } from '@e-galleria/shared/field-rules';
import type {
  AgreementBody,
  AgreementKind,
  CarrierBody,
  DeliveryZoneBody,
  HomeDeliveryEligibility,
  HomeDeliverySettingsBody,
  ShopHomeDeliveryBody,
} from '@e-galleria/shared/home-delivery';
import { emptyToNull, readText } from '../../lib/form-data.ts';
import type { FormFailure } from '../../lib/form-failure.ts';
import { parseKronorToOre } from '../../lib/money.ts';

// The forms of home delivery's set-up. Field names are the API's field paths, so the server's
// errors land on the inputs; only what the browser cannot send as a number is checked here.

export const weekdays = [1, 2, 3, 4, 5, 6, 7] as const;

type Parsed<Body> = { body: Body; failure: null } | { body: null; failure: FormFailure };

function collector() {
  const errors: FieldError[] = [];
  return {
    errors,
    ore(formData: FormData, name: string): number {
      const ore = parseKronorToOre(readText(formData, name));
      if (ore === null)
        errors.push({ field: name, code: 'not_a_price' satisfies FieldRuleCode, message: '' });
      return ore ?? 0;
    },
    whole(formData: FormData, name: string): number {
      const text = readText(formData, name).trim() || '0';
      if (!/^\d{1,4}$/.test(text))
        errors.push({
          field: name,
          code: 'not_a_whole_number' satisfies FieldRuleCode,
          message: '',
        });
      return Number(text);
    },
    done<Body>(body: Body): Parsed<Body> {
      return errors.length > 0
        ? {
            body: null,
            failure: { code: 'validation_failed', fieldErrors: errors, retryAfterSeconds: null },
          }
        : { body, failure: null };
    },
  };
}

export function readSettingsForm(formData: FormData): Parsed<HomeDeliverySettingsBody> {
  const read = collector();
  return read.done({
    isEnabled: formData.get('isEnabled') === 'on',
    feeOre: read.ore(formData, 'feeOre'),
    subsidisedFeeOre: read.ore(formData, 'subsidisedFeeOre'),
    eligibility: readText(formData, 'eligibility') as HomeDeliveryEligibility,
    trialStartsOn: emptyToNull(readText(formData, 'trialStartsOn').trim()),
    trialEndsOn: emptyToNull(readText(formData, 'trialEndsOn').trim()),
    phone: emptyToNull(readText(formData, 'phone').trim()),
    publicNote: emptyToNull(readText(formData, 'publicNote').trim()),
  });
}

/**
 * The agreement form as the API takes it. An agreement changed in the list has its fields
 * under a prefix (`<id>.validFrom`), so no two fields on the page share an id.
 */
export function readAgreementForm(formData: FormData, prefix = ''): AgreementBody {
  const read = (name: string) => readText(formData, `${prefix}${name}`);
  return {
    shopId: read('shopId'),
    kind: read('kind') as AgreementKind,
    validFrom: read('validFrom').trim(),
    validTo: emptyToNull(read('validTo').trim()),
    note: emptyToNull(read('note').trim()),
  };
}

/** Hidden inputs that list the place rows on the zone form, so removed rows leave no gaps. */
export const placeIndexName = 'placeIndex';

/**
 * The zone form has one row per weekday (`day.3.*`); the API's route days are a list of
 * the checked ones. `routeDayFields` maps the API's `routeDays.<n>` back to the weekday row.
 */
export function readZoneForm(formData: FormData): {
  body: DeliveryZoneBody;
  routeDayFields: Record<string, string>;
} {
  const checked = weekdays.filter((day) => formData.get(`day.${day}.on`) === 'on');
  const routeDayFields: Record<string, string> = {};
  checked.forEach((day, index) => {
    routeDayFields[`routeDays.${index}`] = `day.${day}`;
  });
  return {
    body: {
      name: readText(formData, 'name').trim(),
      isActive: formData.get('isActive') === 'on',
      routeDays: checked.map((day) => {
        const daysBefore = Number(readText(formData, `day.${day}.daysBefore`) || '1');
        return {
          weekday: day,
          cutoffWeekday: ((day - 1 - daysBefore + 14) % 7) + 1,
          cutoffTime: readText(formData, `day.${day}.cutoffTime`).trim(),
        };
      }),
      places: formData.getAll(placeIndexName).map((_, row) => ({
        postalCode: readText(formData, `places.${row}.postalCode`).trim(),
        village: readText(formData, `places.${row}.village`).trim(),
        isLargeLocality: formData.get(`places.${row}.isLargeLocality`) === 'on',
      })),
    },
    routeDayFields,
  };
}

/** Renames the API's `routeDays.<n>.x` errors to the weekday rows the form shows. */
export function renameFields(failure: FormFailure, renames: Record<string, string>): FormFailure {
  return {
    ...failure,
    fieldErrors: failure.fieldErrors.map((error) => {
      const match = Object.keys(renames).find(
        (prefix) => error.field === prefix || error.field.startsWith(`${prefix}.`),
      );
      return match
        ? { ...error, field: `${renames[match] ?? match}${error.field.slice(match.length)}` }
        : error;
    }),
  };
}

/** The carrier form: the company, and for each zone the weekdays it drives there. */
export function readCarrierForm(
  formData: FormData,
  zoneIds: readonly string[],
): { body: CarrierBody; zoneFields: Record<string, string> } {
  const driven = zoneIds
    .map((zoneId) => ({
      zoneId,
      weekdays: formData.getAll(`zone.${zoneId}.weekdays`).map(Number),
    }))
    .filter((zone) => zone.weekdays.length > 0);
  const zoneFields: Record<string, string> = {};
  driven.forEach((zone, index) => {
    zoneFields[`zones.${index}`] = `zone.${zone.zoneId}`;
  });
  return {
    body: {
      name: readText(formData, 'name').trim(),
      orgNumber: readText(formData, 'orgNumber').trim(),
      contactName: emptyToNull(readText(formData, 'contactName').trim()),
      contactEmail: emptyToNull(readText(formData, 'contactEmail').trim()),
      contactPhone: emptyToNull(readText(formData, 'contactPhone').trim()),
      isActive: formData.get('isActive') === 'on',
      zones: driven,
    },
    zoneFields,
  };
}

/** The shop's opt-in: zones and carriers as checkboxes, in the order they are listed. */
export function readShopOptInForm(formData: FormData): Parsed<ShopHomeDeliveryBody> {
  const read = collector();
  return read.done({
    isEnabled: formData.get('isEnabled') === 'on',
    zoneIds: formData.getAll('zoneIds').map(String),
    carrierIds: formData.getAll('carrierIds').map(String),
    extraFeeOre: read.ore(formData, 'extraFeeOre'),
    extraCutoffHours: read.whole(formData, 'extraCutoffHours'),
  });
}
