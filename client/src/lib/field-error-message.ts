import type { ParseKeys, TFunction } from 'i18next';
import { maxCheckoutTotalOre, maxQuantity } from '@e-galleria/shared/basket-limits';
import type { FieldError } from '@e-galleria/shared/errors';
import { type FieldRuleCode, fieldRuleCodes } from '@e-galleria/shared/field-rules';
import { requiredFieldCode } from './form-failure.ts';
import { homeDeliveryFieldErrorKey } from './home-delivery-field-errors.ts';
import { formatOre } from './money.ts';

/** What each of our own rules says when it is broken (shared/src/field-rules.ts). */
const ruleTextKeys = {
  org_number_check_digit: 'errors.field.orgNumberCheckDigit',
  vat_number_mismatch: 'errors.field.vatNumberMismatch',
  closes_before_opens: 'shops.owner.closesBeforeOpens',
  not_a_price: 'errors.field.notAPrice',
  not_a_whole_number: 'errors.field.notAWholeNumber',
  hold_days_out_of_range: 'errors.field.holdDaysOutOfRange',
  choose_one: 'errors.field.chooseOne',
} as const satisfies Record<FieldRuleCode, ParseKeys>;

/** What a field's format must be, for fields whose rule is a pattern. */
const formatTextKeys: Record<string, ParseKeys> = {
  orgNumber: 'errors.field.orgNumberFormat',
  vatNumber: 'errors.field.vatNumberFormat',
  postalCode: 'errors.field.postalCode',
  websiteUrl: 'errors.field.websiteUrl',
};

/** Fields filled in by choosing from a list: left empty, one is to be chosen, not written. */
const choiceFields: ReadonlySet<string> = new Set([
  'categoryId',
  'vatClass',
  'municipality',
  'carrierId',
  // A service's time, chosen among the free ones.
  'slotStart',
]);

function isRuleCode(code: string): code is FieldRuleCode {
  return (fieldRuleCodes as readonly string[]).includes(code);
}

/**
 * Field error codes are zod issue codes, our own rules' codes and `required`; users read
 * these texts, so each says what is wrong and how to put it right, never just "invalid".
 */
export function translateFieldError(t: TFunction, error: FieldError): string {
  const field = error.field;
  if (field.startsWith('fulfilments.')) return t('checkout.chooseFulfilment');
  // A checkout over what one order may come to (shared/src/basket-limits.ts).
  if ((field === 'basket' || field === 'items') && error.code === 'too_big')
    return t('checkout.orderTooLarge', { max: formatOre(maxCheckoutTotalOre) });
  if (error.code === requiredFieldCode || (choiceFields.has(field) && error.code === 'too_small'))
    return choiceFields.has(field) ? t('errors.field.chooseOne') : t('errors.field.required');
  // A basket line's quantity (shared/src/basket-limits.ts): how many may be asked for.
  if (field === 'quantity') return t('errors.field.quantityRange', { max: maxQuantity });
  if (isRuleCode(error.code)) return t(ruleTextKeys[error.code]);
  const homeDeliveryKey = homeDeliveryFieldErrorKey(error);
  if (homeDeliveryKey) return t(homeDeliveryKey);
  const formatKey = formatTextKeys[field];
  if (formatKey && error.code !== 'too_big') return t(formatKey);
  // A product number, alone or a variant's: which characters it may have, not "wrong format".
  if (/^(variants\.\d+\.)?sku$/.test(field) && error.code === 'invalid_format')
    return t('catalogue.importErrors.invalid_sku');
  if (error.code === 'host_shop_not_allowed') return t('errors.code.host_shop_not_allowed');
  if (error.code === 'position_incomplete' || (field === 'longitude' && error.code === 'custom'))
    return t('servicePoints.admin.positionIncomplete');
  if (field === 'latitude' || field === 'longitude')
    return t('servicePoints.admin.invalidCoordinate');
  if (field === 'hostName' && error.code === 'custom') return t('servicePoints.admin.oneHost');
  if (error.code === 'service_point_unavailable') return t('errors.code.service_point_unavailable');
  if (field === 'password' && error.code === 'too_small') return t('errors.field.passwordTooShort');
  if (
    (field === 'email' || field === 'contactEmail' || field === 'contact.email') &&
    error.code !== 'too_big'
  )
    return t('errors.field.invalidEmail');
  if (field === 'slug') return t('errors.field.invalidSlug');
  if (field === 'primaryColor') return t('errors.field.invalidColor');
  if (field === 'contactPhone' || field === 'contact.phone' || field === 'address.phone')
    return t('errors.field.invalidPhone');
  if (field === 'address.postalCode' && error.code === 'invalid_format')
    return t('households.fields.postalCodeInvalid');
  if (field === 'municipality')
    return error.code === 'household_exists'
      ? t('errors.code.household_exists')
      : t('households.fields.municipalityInvalid');
  if (field === 'feeBasisPoints') return t('payments.fee.invalid');
  if (error.code === 'too_small') return t('errors.field.tooShort');
  if (error.code === 'too_big') return t('errors.field.tooLong');
  if (error.code === 'invalid_format') return t('errors.field.invalidFormat');
  return t('errors.field.invalid');
}

/** The id of the input for an API field path: `frontPage.title.sv` → `field-frontPage-title-sv`. */
export function fieldId(field: string): string {
  return `field-${field.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}
