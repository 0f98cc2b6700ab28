import type { TFunction } from 'i18next';
import type { FieldError } from '@e-galleria/shared/errors';
import { requiredFieldCode } from './form-failure.ts';

/** Field error codes are zod issue codes (plus our own `required`); users read these texts. */
export function translateFieldError(t: TFunction, error: FieldError): string {
  const field = error.field;
  if (field.startsWith('fulfilments.')) return t('checkout.chooseFulfilment');
  if (error.code === requiredFieldCode) return t('errors.field.required');
  if (error.code === 'closes_before_opens') return t('shops.owner.closesBeforeOpens');
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
  if (field === 'contactPhone' || field === 'contact.phone') return t('errors.field.invalidPhone');
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
