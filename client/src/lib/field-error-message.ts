import type { TFunction } from 'i18next';
import type { FieldError } from '@e-galleria/shared/errors';
import { requiredFieldCode } from './form-failure.ts';

/** Field error codes are zod issue codes (plus our own `required`); users read these texts. */
export function translateFieldError(t: TFunction, error: FieldError): string {
  const field = error.field;
  if (field.startsWith('fulfilments.')) return t('checkout.chooseFulfilment');
  if (error.code === requiredFieldCode) return t('errors.field.required');
  if (error.code === 'closes_before_opens') return t('shops.owner.closesBeforeOpens');
  if (field === 'password' && error.code === 'too_small') return t('errors.field.passwordTooShort');
  if (
    (field === 'email' || field === 'contactEmail' || field === 'contact.email') &&
    error.code !== 'too_big'
  )
    return t('errors.field.invalidEmail');
  if (field === 'slug') return t('errors.field.invalidSlug');
  if (field === 'primaryColor') return t('errors.field.invalidColor');
  if (field === 'contactPhone' || field === 'contact.phone') return t('errors.field.invalidPhone');
  if (error.code === 'too_small') return t('errors.field.tooShort');
  if (error.code === 'too_big') return t('errors.field.tooLong');
  if (error.code === 'invalid_format') return t('errors.field.invalidFormat');
  return t('errors.field.invalid');
}

/** The id of the input for an API field path: `frontPage.title.sv` → `field-frontPage-title-sv`. */
export function fieldId(field: string): string {
  return `field-${field.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}
